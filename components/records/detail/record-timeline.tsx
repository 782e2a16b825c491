import Link from "next/link";
import type { EntityKind } from "@/generated/prisma/enums";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { isMessageKey, type Translate } from "@/lib/i18n/translator";
import type { TimelineEntry, TimelinePage } from "@/lib/records/timeline";
import { encodeTimelineCursor } from "@/lib/records/timeline-cursor";
import { touchpointWording } from "@/lib/records/touchpoint-wording";
import { displayValue, fieldLabel } from "./record-values";

/** The query parameter that carries where an older page of the history starts. */
export const TIMELINE_PARAM = "before";

/**
 * A record's history, one page at a time. Older pages are links with a cursor, so a record
 * with thousands of touchpoints renders one page and the browser's back button works.
 */
export async function RecordTimeline({ kind, page, path, paged }: { kind: EntityKind; page: TimelinePage; path: string; paged: boolean }) {
  const { t, locale } = await getI18n();
  return (
    <Card>
      <CardHeader title={t("recordDetail.timeline.title")} description={t("recordDetail.timeline.description")} />
      {page.entries.length === 0 ? (
        <EmptyState message={t("recordDetail.timeline.empty")} />
      ) : (
        <ol className="divide-y divide-border" data-testid="timeline">
          {page.entries.map((entry) => (
            <li key={`${entry.source}:${entry.id}`} className="flex gap-4 px-5 py-3 text-sm" data-source={entry.source}>
              <time dateTime={entry.at.toISOString()} className="w-36 shrink-0 text-muted-foreground">
                {formatDateTime(entry.at, locale)}
              </time>
              <div className="min-w-0 flex-1">
                <p className="text-xs font-medium uppercase tracking-wide text-muted-foreground">{t(`recordDetail.timeline.kind.${entry.source}`)}</p>
                <EntryBody entry={entry} kind={kind} t={t} locale={locale} />
              </div>
            </li>
          ))}
        </ol>
      )}
      {(paged || page.next) && (
        <nav aria-label={t("recordDetail.timeline.pagination")} className="flex justify-end gap-2 border-t border-border px-5 py-3">
          {paged && (
            <Link href={path} scroll={false} className={buttonClasses("secondary", "sm")}>
              {t("recordDetail.timeline.newest")}
            </Link>
          )}
          {page.next && (
            <Link href={`${path}?${TIMELINE_PARAM}=${encodeTimelineCursor(page.next)}`} scroll={false} className={buttonClasses("secondary", "sm")}>
              {t("recordDetail.timeline.older")}
            </Link>
          )}
        </nav>
      )}
    </Card>
  );
}

const who = (t: Translate, name: string | null) => (name ? t("recordDetail.timeline.by", { name }) : t("recordDetail.timeline.automatic"));

function EntryBody({ entry, kind, t, locale }: { entry: TimelineEntry; kind: EntityKind; t: Translate; locale: "en" | "fi" }) {
  switch (entry.source) {
    case "touchpoint":
      return (
        <>
          <p className="font-medium">
            {touchpointWording(t, entry.type, entry.channel)}
          </p>
          <p className="text-muted-foreground">
            {[entry.campaign && t("recordDetail.timeline.campaign", { campaign: entry.campaign.name }), entry.user && who(t, entry.user), entry.note]
              .filter(Boolean)
              .join(" · ")}
          </p>
        </>
      );
    case "transition":
      return (
        <>
          <p className="font-medium">
            {entry.from
              ? t("recordDetail.timeline.move", { from: t(`stage.${entry.from}`), to: t(`stage.${entry.to}`) })
              : t("recordDetail.timeline.entry", { to: t(`stage.${entry.to}`) })}
          </p>
          <p className="text-muted-foreground">
            {[entry.reason, who(t, entry.actor), entry.criteriaVersion !== null && t("recordDetail.timeline.criteria", { version: entry.criteriaVersion })]
              .filter(Boolean)
              .join(" · ")}
          </p>
        </>
      );
    case "audit": {
      const verb = entry.action.split(".").at(-1) ?? "";
      const key = `recordDetail.timeline.audit.${verb}`;
      return (
        <>
          <p className="font-medium">
            {isMessageKey(key) ? t(key) : t("recordDetail.timeline.audit.other", { action: entry.action })}{" "}
            <span className="font-normal text-muted-foreground">{who(t, entry.actor)}</span>
          </p>
          {entry.changes.length > 0 && (
            <dl aria-label={t("recordDetail.timeline.changeLabel")} className="mt-1 grid grid-cols-[minmax(0,10rem)_1fr] gap-x-3 gap-y-0.5 text-muted-foreground">
              {entry.changes.map((change) => (
                <div key={change.field} className="contents">
                  <dt>{fieldLabel(t, change.field)}</dt>
                  <dd className="min-w-0 break-words">
                    {displayValue(t, locale, kind, change.field, change.before)} → <span className="text-foreground">{displayValue(t, locale, kind, change.field, change.after)}</span>
                  </dd>
                </div>
              ))}
            </dl>
          )}
        </>
      );
    }
  }
}
