import Link from "next/link";
import type { ReactNode } from "react";
import type { EntityKind, Stage } from "@/generated/prisma/enums";
import { StageBadge } from "@/components/bowtie/stage-badge";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { getI18n } from "@/lib/i18n/server";

const LIST_PATH: Partial<Record<EntityKind, string>> = { LEAD: "/leads", ACCOUNT: "/accounts", DEAL: "/deals" };

/** The top of a record page: what it is, where it stands on the bow-tie, who owns it and which version this is. */
export async function RecordHeader({
  kind,
  title,
  subtitle,
  stage,
  status,
  owner,
  version,
}: {
  kind: EntityKind;
  title: string;
  subtitle?: ReactNode;
  stage: Stage;
  status?: { label: string; tone: BadgeTone } | null;
  owner: string | null;
  version: number;
}) {
  const { t } = await getI18n();
  const back = LIST_PATH[kind];
  return (
    <header className="mb-6">
      {back && (
        <Link href={back} className="text-sm text-muted-foreground hover:text-foreground">
          ← {t(kind === "LEAD" ? "recordDetail.back.LEAD" : kind === "ACCOUNT" ? "recordDetail.back.ACCOUNT" : "recordDetail.back.DEAL")}
        </Link>
      )}
      <p className="mt-2 text-xs font-semibold uppercase tracking-wide text-primary">{t(`recordDetail.kind.${kind}`)}</p>
      <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
      {subtitle && <p className="mt-1 text-sm text-muted-foreground">{subtitle}</p>}
      <div className="mt-3 flex flex-wrap items-center gap-2 text-sm" data-testid="record-summary">
        <StageBadge stage={stage} label={t(`stage.${stage}`)} />
        {status && <Badge tone={status.tone}>{status.label}</Badge>}
        <span className="text-muted-foreground">{t("recordDetail.ownedBy", { owner: owner ?? t("common.unassigned") })}</span>
        <span className="text-muted-foreground" data-testid="record-version">
          {t("recordDetail.version", { version })}
        </span>
      </div>
    </header>
  );
}
