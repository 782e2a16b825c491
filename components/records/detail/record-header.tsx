import Link from "next/link";
import type { ReactNode } from "react";
import type { EntityKind, Role, Stage } from "@/generated/prisma/enums";
import { StageBadge } from "@/components/bowtie/stage-badge";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { can, EDIT_ACTION } from "@/lib/auth/permissions";
import { getI18n } from "@/lib/i18n/server";
import { editPath, LIST_PATH } from "@/lib/records/paths";

/** The top of a record page: what it is, where it stands on the bow-tie, who owns it and which version this is. */
export async function RecordHeader({
  kind,
  id,
  role,
  title,
  subtitle,
  stage,
  status,
  owner,
  version,
}: {
  kind: EntityKind;
  id: number;
  /** The viewer's role: the edit link shows only to roles that may edit this kind. */
  role: Role;
  title: string;
  subtitle?: ReactNode;
  stage: Stage;
  status?: { label: string; tone: BadgeTone } | null;
  owner: string | null;
  version: number;
}) {
  const { t } = await getI18n();
  return (
    <header className="mb-6">
      <Link href={LIST_PATH[kind]} className="text-sm text-muted-foreground hover:text-foreground">
        ← {t(`recordDetail.back.${kind}`)}
      </Link>
      <p className="mt-2 text-xs font-semibold uppercase tracking-wide text-primary">{t(`recordDetail.kind.${kind}`)}</p>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
        {can(role, EDIT_ACTION[kind]) && (
          <Link href={editPath(kind, id)} className={buttonClasses("secondary", "sm")}>
            {t("recordDetail.edit")}
          </Link>
        )}
      </div>
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
