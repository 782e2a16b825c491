import { audit } from "@/lib/audit";
import type { Tx } from "@/lib/bowtie/tx";
import { AppError } from "@/lib/errors";
import { comparable } from "@/lib/records/writes/comparable";
import { refuseStaleSettings, sameJson } from "./stale-edit";

/** How one kind of settings row (a stage definition, a care model) is locked, read and written. */
export type SettingsRowSpec<V extends Record<string, unknown>> = {
  /** The audit entries' entity kind, and the audit action of an update. */
  entityKind: string;
  action: string;
  fields: readonly (keyof V & string)[];
  /** Locks the row for the rest of the transaction and reads it; null when it does not exist. */
  lockAndRead: (tx: Tx) => Promise<(V & { updatedAt: Date }) | null>;
  write: (tx: Tx, data: Partial<V>) => Promise<{ updatedAt: Date }>;
};

export type SettingsEdit<V> = { id: string; openedAt: Date; base?: Record<string, unknown>; values: V };

/**
 * Saves a settings row's changed fields in the caller's transaction, after the stale-page
 * check, and audits exactly those fields before → after. Nothing changed writes nothing.
 */
export async function updateSettingsRow<V extends Record<string, unknown>>(
  tx: Tx,
  spec: SettingsRowSpec<V>,
  edit: SettingsEdit<V>,
  actorId: number | null,
): Promise<{ changed: (keyof V & string)[]; updatedAt: Date }> {
  const current = await spec.lockAndRead(tx);
  if (!current) throw new AppError("NOT_FOUND", `${spec.entityKind} ${edit.id} does not exist`);
  await refuseStaleSettings(
    tx,
    {
      entityKind: spec.entityKind,
      entityId: edit.id,
      stale: current.updatedAt.getTime() !== edit.openedAt.getTime(),
      currentVersion: current.updatedAt.getTime(),
      messageKey: "settingsStructure.conflict",
    },
    spec.fields,
    { base: edit.base as Partial<V> | undefined, theirs: current, yours: edit.values },
  );

  const changed = spec.fields.filter((field) => !sameJson(current[field], edit.values[field]));
  if (changed.length === 0) return { changed, updatedAt: current.updatedAt };
  const pick = (values: Partial<V>) => Object.fromEntries(changed.map((field) => [field, comparable(values[field])]));
  const { updatedAt } = await spec.write(tx, Object.fromEntries(changed.map((field) => [field, edit.values[field]])) as Partial<V>);
  await audit(tx, { actorId, action: spec.action, entityKind: spec.entityKind, entityId: edit.id, before: pick(current), after: pick(edit.values) });
  return { changed, updatedAt };
}
