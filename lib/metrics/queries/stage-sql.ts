import { Prisma } from "@/generated/prisma/client";
import type { EntityKind } from "@/generated/prisma/enums";
import { BOWTIE_STAGES } from "@/lib/bowtie/stages";

const STAGE_ARRAY = Prisma.raw(`ARRAY[${BOWTIE_STAGES.map((stage) => `'${stage}'`).join(", ")}]::"Stage"[]`);

/** 1–7 for a bow-tie stage expression, NULL for CHURNED (so "later than" is never true for it). */
export function stageOrderSql(stage: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`array_position(${STAGE_ARRAY}, ${stage})`;
}

/** The stage after a bow-tie stage expression; NULL after EXPANSION and for CHURNED. */
export function nextStageSql(stage: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(${STAGE_ARRAY})[${stageOrderSql(stage)} + 1]`;
}

/** Restricts StageTransition rows (alias `t` by default) to one kind of record. */
export function kindCondition(kind: EntityKind, alias = "t"): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(alias)}."entityKind" = ${kind}::"EntityKind"`;
}

/** A timestamp parameter, typed so Postgres compares it as timestamptz and can use the indexes. */
export function at(date: Date): Prisma.Sql {
  return Prisma.sql`${date.toISOString()}::timestamptz`;
}
