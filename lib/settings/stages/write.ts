import type { Stage } from "@/generated/prisma/enums";
import type { Tx } from "@/lib/bowtie/tx";
import { updateSettingsRow, type SettingsEdit } from "../update-settings-row";
import { STAGE_DEFINITION_FIELDS, type StageDefinitionFields } from "./schema";

type Field = keyof StageDefinitionFields;

const SELECT = { ...Object.fromEntries(STAGE_DEFINITION_FIELDS.map((field) => [field, true])), updatedAt: true } as Record<Field | "updatedAt", true>;

/** Saves a stage definition's texts and SLA; a save from a page older than the last save must not overwrite it. */
export async function updateStageDefinitionIn(tx: Tx, stage: Stage, edit: Omit<SettingsEdit<StageDefinitionFields>, "id">, actorId: number | null) {
  return updateSettingsRow(
    tx,
    {
      entityKind: "StageDefinition",
      action: "settings.stage.update",
      fields: STAGE_DEFINITION_FIELDS,
      lockAndRead: async (tx) => {
        await tx.$queryRaw`SELECT 1 FROM "StageDefinition" WHERE stage = ${stage}::"Stage" FOR UPDATE`;
        return tx.stageDefinition.findUnique({ where: { stage }, select: SELECT });
      },
      write: (tx, data) => tx.stageDefinition.update({ where: { stage }, data, select: { updatedAt: true } }),
    },
    { ...edit, id: stage },
    actorId,
  );
}
