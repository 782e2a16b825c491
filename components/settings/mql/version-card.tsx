import type { ReactNode } from "react";
import { Card, CardHeader } from "@/components/ui/card";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import { OPEN_STATUSES, type MqlVersion } from "@/lib/mql/versions";
import { CriteriaSummary } from "./criteria-summary";
import { VersionHistory } from "./version-history";
import { VersionStatus } from "./version-status";

type Props = { version: MqlVersion; active: MqlVersion | null; segment: string; t: Translate; locale: Locale; actions?: ReactNode };

/**
 * One version in full: its criteria (beside the version in force while it awaits approval),
 * who made and approved it, and when it came into and went out of force.
 */
export function VersionCard({ version, active, segment, t, locale, actions }: Props) {
  const compare = OPEN_STATUSES.includes(version.status) && active !== null;
  return (
    <Card>
      <CardHeader
        title={
          <span className="flex flex-wrap items-center gap-2">
            {t("settingsMql.versionOf", { segment, version: version.version })}
            <VersionStatus status={version.status} t={t} />
          </span>
        }
        actions={actions}
      />
      <div className={compare ? "grid gap-6 p-5 lg:grid-cols-2" : "p-5"}>
        <section aria-label={t("settingsMql.criteriaOf", { version: version.version })}>
          {compare && <h3 className="mb-3 text-sm font-semibold">{t("settingsMql.criteriaOf", { version: version.version })}</h3>}
          <CriteriaSummary fields={version.fields} compareWith={compare ? active.fields : undefined} t={t} locale={locale} />
        </section>
        {compare && (
          <section aria-label={t("settingsMql.inForceCriteria", { version: active.version })}>
            <h3 className="mb-3 text-sm font-semibold">{t("settingsMql.inForceCriteria", { version: active.version })}</h3>
            <CriteriaSummary fields={active.fields} t={t} locale={locale} />
          </section>
        )}
      </div>
      <div className="border-t border-border p-5">
        <VersionHistory version={version} t={t} locale={locale} />
      </div>
    </Card>
  );
}
