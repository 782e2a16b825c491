import type { Tx } from "@/lib/bowtie/tx";
import { AppError, type FieldConflict } from "@/lib/errors";
import type { PlainMessageKey } from "@/lib/i18n/translator";
import { comparable, sameValue } from "@/lib/records/writes/comparable";

type Target = {
  /** The audit entries' entityKind and entityId of the settings row (or rows, for a set saved as a whole). */
  entityKind: string;
  entityId: string | readonly string[];
  /** Whether the row was saved after the form was opened. */
  stale: boolean;
  /** What the form should resubmit against: the row's `updatedAt` in ms (0 where the values are the check). */
  currentVersion: number;
  messageKey: PlainMessageKey;
};

/**
 * How the conflict shows a value, given every value it will show, where the stored value
 * holds ids the reader knows by name (see withTeamNames). It runs only for a refused save.
 */
export type PresentConflict = (tx: Tx, values: unknown[]) => Promise<(value: unknown) => unknown>;

/**
 * Refuses a save made from a stale page when it would overwrite something: each field whose
 * stored value is no longer the one the form was opened with, with the user's value and who
 * saved it last. With the opened values unknown, any stale save stops. An edit in which none
 * of the changed fields was touched goes on, as record edits do.
 */
export async function refuseStaleSettings<F extends string>(
  tx: Tx,
  target: Target,
  fields: readonly F[],
  values: { base: Partial<Record<F, unknown>> | undefined; theirs: Record<F, unknown>; yours: Record<F, unknown> },
  present?: PresentConflict,
): Promise<void> {
  if (!target.stale) return;
  const { base } = values;
  const changed = base
    ? fields.filter((field) => field in base && !sameJson(base[field], values.theirs[field]))
    : fields.filter((field) => !sameJson(values.yours[field], values.theirs[field]));
  if (base && changed.length === 0) return;

  const last = await tx.auditLog.findFirst({
    where: { entityKind: target.entityKind, entityId: typeof target.entityId === "string" ? target.entityId : { in: [...target.entityId] } },
    select: { occurredAt: true, actor: { select: { name: true } } },
    orderBy: { id: "desc" },
  });
  const shown = changed.flatMap((field) => [base?.[field], values.theirs[field], values.yours[field]]);
  const show = present ? await present(tx, shown) : (value: unknown) => value;
  throw new AppError("CONFLICT", `${target.entityKind} ${String(target.entityId)} was saved after the form was opened`, {
    messageKey: target.messageKey,
    conflict: {
      currentVersion: target.currentVersion,
      fields: changed.map(
        (field): FieldConflict => ({
          field,
          base: base ? show(comparable(base[field])) : null,
          theirs: show(comparable(values.theirs[field])),
          yours: show(comparable(values.yours[field])),
          changedBy: last?.actor?.name ?? null,
          changedAt: last ? last.occurredAt.toISOString() : null,
        }),
      ),
    },
  });
}

const teamIdOf = (value: unknown) =>
  typeof value === "object" && value !== null && typeof (value as { teamId?: unknown }).teamId === "number" ? (value as { teamId: number }).teamId : null;

/**
 * Values that name a team by `teamId` (a sales-model cell) shown with the team's name beside
 * it, so the conflict reads "Inside sales", not "#3"; a team deleted since keeps its id only.
 */
export const withTeamNames: PresentConflict = async (tx, values) => {
  const ids = [...new Set(values.flatMap((value) => teamIdOf(value) ?? []))];
  const teams = ids.length ? await tx.team.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }) : [];
  const names = new Map(teams.map((team) => [team.id, team.name]));
  return (value) => {
    const id = teamIdOf(value);
    return id !== null && names.has(id) ? { ...(value as object), team: names.get(id) } : value;
  };
};

/** Equal as stored JSON: arrays and objects by content, scalars as record fields compare. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (typeof a === "object" || typeof b === "object") return JSON.stringify(comparable(a)) === JSON.stringify(comparable(b));
  return sameValue(a, b);
}
