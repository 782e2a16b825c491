import type { EntityKind } from "@/generated/prisma/enums";
import type { Tx } from "@/lib/bowtie/tx";
import type { ConflictDetails, FieldConflict } from "@/lib/errors";
import { comparable, sameValue } from "./comparable";

type AuditRow = { before: unknown; after: unknown; occurredAt: Date; actor: { name: string } | null };

// How far back the log is read for who changed a field; a form open that long is rare.
const AUDIT_LOOKBACK = 200;

/**
 * What a stale edit would overwrite: each field whose stored value is no longer the one the
 * form was opened with, with the user's value beside it and, from the audit log since the
 * form's version, who stored the current value and when.
 */
export async function staleEditConflict<F extends string>(
  tx: Tx,
  target: { kind: EntityKind; id: number; formVersion: number; currentVersion: number },
  fields: readonly F[],
  /** `base` null: the opened values are unknown, so every field that differs from the user's counts. */
  values: { base: Partial<Record<F, unknown>> | null; theirs: Record<F, unknown>; yours: Record<F, unknown> },
): Promise<ConflictDetails> {
  const { base } = values;
  const changed = base
    ? fields.filter((field) => field in base && !sameValue(base[field], values.theirs[field]))
    : fields.filter((field) => !sameValue(values.yours[field], values.theirs[field]));
  if (changed.length === 0) return { currentVersion: target.currentVersion, fields: [] };

  const entries: AuditRow[] = await tx.auditLog.findMany({
    where: { entityKind: target.kind, entityId: String(target.id) },
    select: { before: true, after: true, occurredAt: true, actor: { select: { name: true } } },
    orderBy: { id: "desc" },
    take: AUDIT_LOOKBACK,
  });
  const since = entries.filter((entry) => versionOf(entry.before) === null || versionOf(entry.before)! >= target.formVersion);

  return {
    currentVersion: target.currentVersion,
    fields: changed.map((field): FieldConflict => {
      const entry = since.find((candidate) => hasField(candidate.after, field));
      return {
        field,
        base: base ? comparable(base[field]) : null,
        theirs: comparable(values.theirs[field]),
        yours: comparable(values.yours[field]),
        changedBy: entry?.actor?.name ?? null,
        changedAt: entry ? entry.occurredAt.toISOString() : null,
      };
    }),
  };
}

function versionOf(json: unknown): number | null {
  const version = isObject(json) ? json.version : undefined;
  return typeof version === "number" ? version : null;
}

function hasField(json: unknown, field: string): boolean {
  return isObject(json) && Object.hasOwn(json, field);
}

function isObject(json: unknown): json is Record<string, unknown> {
  return typeof json === "object" && json !== null && !Array.isArray(json);
}
