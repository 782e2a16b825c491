import type { EntityKind } from "@/generated/prisma/enums";
import { audit } from "@/lib/audit";
import type { Tx } from "@/lib/bowtie/tx";
import { AppError } from "@/lib/errors";
import { refuseDuplicates, type IdentityValues } from "../duplicates";
import { comparable, pickComparable, sameValue } from "./comparable";
import { staleEditConflict } from "./conflict";
import { auditPrefix, TABLE } from "./kinds";
import { refuseInactiveOwner } from "./owner";

/** An edit from a form: the values it submits, the version it was opened at and, when it has them, the values it was opened with. */
export type RecordEdit<V> = { id: number; version: number; values: V; base?: Record<string, unknown> };

export type UpdateOutcome = { id: number; version: number; changed: string[] };

/** How one kind of record is read and written; the rest of an update is the same for every kind. */
export type UpdateAdapter<V extends Record<string, unknown>> = {
  kind: EntityKind;
  fields: readonly (keyof V & string)[];
  /** The stored row: the editable fields, the version, and whatever `frozen` looks at. */
  read: (tx: Tx, id: number) => Promise<(Record<string, unknown> & { version: number }) | null>;
  write: (tx: Tx, id: number, data: Partial<V> & { version: number }) => Promise<unknown>;
  /** Fields this record does not take from the form as it stands (a closed deal's pipeline stage). */
  frozen?: (current: Record<string, unknown>) => (keyof V & string)[];
  /** The identifying values to check for duplicates, from the changed values. */
  identity?: (changed: Partial<V>) => IdentityValues;
  /** What else follows from the change, in the same transaction (a lead's scores follow its fields). */
  afterWrite?: (tx: Tx, id: number, changed: readonly (keyof V & string)[], actorId: number | null) => Promise<unknown>;
};

/**
 * Updates a record's editable fields in the caller's transaction. The row is locked, so two
 * edits decide one after the other; a form opened at an older version may only go on when no
 * field it shows has changed since (a stage move alone bumps the version too), otherwise it
 * is a CONFLICT naming each changed field. Only changed fields are written, the version is
 * bumped, and the audit entry holds exactly those fields before → after.
 */
export async function updateRecordIn<V extends Record<string, unknown>>(
  tx: Tx,
  adapter: UpdateAdapter<V>,
  edit: RecordEdit<V>,
  actorId: number | null,
): Promise<UpdateOutcome> {
  const [locked] = await tx.$queryRaw<{ version: number }[]>`SELECT version FROM ${TABLE[adapter.kind]} WHERE id = ${edit.id} FOR UPDATE`;
  if (!locked) throw new AppError("NOT_FOUND", `${adapter.kind} ${edit.id} does not exist`);
  const current = (await adapter.read(tx, edit.id))!;

  if (current.version !== edit.version) {
    const conflict = await staleEditConflict(tx, { kind: adapter.kind, id: edit.id, formVersion: edit.version, currentVersion: current.version }, adapter.fields, {
      base: (edit.base as Partial<Record<keyof V & string, unknown>> | undefined) ?? null,
      theirs: pickComparable(current, adapter.fields),
      yours: pickComparable(edit.values, adapter.fields),
    });
    // Without the opened values nothing says what the user saw, so a stale version always stops.
    if (conflict.fields.length > 0 || !edit.base) {
      throw new AppError("CONFLICT", `${adapter.kind} ${edit.id} changed since version ${edit.version} (now ${current.version})`, {
        messageKey: "recordForms.conflict.summary",
        conflict,
      });
    }
  }

  const frozen = new Set(adapter.frozen?.(current) ?? []);
  const changed = adapter.fields.filter((field) => !frozen.has(field) && !sameValue(current[field], edit.values[field]));
  if (changed.length === 0) return { id: edit.id, version: current.version, changed };

  const data = Object.fromEntries(changed.map((field) => [field, edit.values[field]])) as Partial<V>;
  if (adapter.identity) await refuseDuplicates(tx, adapter.kind, adapter.identity(data), edit.id);
  if ("ownerId" in data) await refuseInactiveOwner(tx, data.ownerId);
  const version = current.version + 1;
  await adapter.write(tx, edit.id, { ...data, version });
  await audit(tx, {
    actorId,
    action: `${auditPrefix(adapter.kind)}.update`,
    entityKind: adapter.kind,
    entityId: edit.id,
    before: { ...Object.fromEntries(changed.map((field) => [field, comparable(current[field])])), version: current.version },
    after: { ...Object.fromEntries(changed.map((field) => [field, comparable(edit.values[field])])), version },
  });
  await adapter.afterWrite?.(tx, edit.id, changed, actorId);
  return { id: edit.id, version, changed };
}

/** A Prisma select of the editable fields and the version. */
export function selectFields<F extends string>(fields: readonly F[]): Record<F | "version", true> {
  return Object.fromEntries([...fields, "version"].map((field) => [field, true])) as Record<F | "version", true>;
}
