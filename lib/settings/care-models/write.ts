import type { CustomerTier } from "@/generated/prisma/enums";
import type { Tx } from "@/lib/bowtie/tx";
import { updateSettingsRow, type SettingsEdit } from "../update-settings-row";
import { CARE_MODEL_FIELDS, type CareModelFields } from "./schema";

type Field = keyof CareModelFields;

const SELECT = { ...Object.fromEntries(CARE_MODEL_FIELDS.map((field) => [field, true])), updatedAt: true } as Record<Field | "updatedAt", true>;

/** Saves a tier's care model; a save from a page older than the last save must not overwrite it. */
export async function updateCareModelIn(tx: Tx, tier: CustomerTier, edit: Omit<SettingsEdit<CareModelFields>, "id">, actorId: number | null) {
  return updateSettingsRow(
    tx,
    {
      entityKind: "CareModel",
      action: "settings.careModel.update",
      fields: CARE_MODEL_FIELDS,
      lockAndRead: async (tx) => {
        await tx.$queryRaw`SELECT 1 FROM "CareModel" WHERE tier = ${tier}::"CustomerTier" FOR UPDATE`;
        return tx.careModel.findUnique({ where: { tier }, select: SELECT });
      },
      write: (tx, data) => tx.careModel.update({ where: { tier }, data, select: { updatedAt: true } }),
    },
    { ...edit, id: tier },
    actorId,
  );
}
