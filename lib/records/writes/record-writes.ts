import type { PrismaClient } from "@/generated/prisma/client";
import type { Tx } from "@/lib/bowtie/tx";
import { asDuplicateRefusal, refuseDuplicates, type IdentityValues } from "../duplicates";
import { refuseInactiveOwner } from "./owner";
import { updateRecordIn, type RecordEdit, type UpdateAdapter, type UpdateOutcome } from "./update-record";

export type WriteActor = { actorId: number | null };

/**
 * A kind's create and update, each in a transaction of its own and refused as a duplicate
 * when another record holds one of its identifying values. `createIn` puts the new record on
 * the bow-tie through the engine, so every record starts with its entry transition.
 */
export function recordWrites<V extends Record<string, unknown>, C extends V>(
  adapter: UpdateAdapter<V> & { identity: (values: Partial<V>) => IdentityValues },
  createIn: (tx: Tx, values: C, actor: WriteActor) => Promise<number>,
) {
  const { kind, identity } = adapter;
  return {
    create: (client: PrismaClient, values: C, actor: WriteActor): Promise<number> =>
      asDuplicateRefusal(client, kind, identity(values), undefined, () =>
        client.$transaction(async (tx) => {
          await refuseDuplicates(tx, kind, identity(values));
          await refuseInactiveOwner(tx, values.ownerId);
          return createIn(tx, values, actor);
        }),
      ),
    update: (client: PrismaClient, edit: RecordEdit<V>, actor: WriteActor): Promise<UpdateOutcome> =>
      asDuplicateRefusal(client, kind, identity(edit.values), edit.id, () => client.$transaction((tx) => updateRecordIn(tx, adapter, edit, actor.actorId))),
  };
}
