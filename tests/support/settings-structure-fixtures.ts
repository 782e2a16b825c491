import type { EngagementMode } from "@/generated/prisma/enums";
import type { PrismaClient } from "@/lib/db/prisma";
import { BOWTIE_STAGES, type BowtieStage } from "@/lib/bowtie/stages";
import { CARE_MODELS } from "@/prisma/demo/company";
import { ensureReferenceData } from "@/prisma/reference-data";

/**
 * What the structure settings edit, in an empty migrated database: the seven stage
 * definitions, the demo company's care models, two teams, and segments by employee count
 * (large 1000+, mid 100–999, small up to 99) with a full sales-model row each.
 */
export async function seedStructure(prisma: PrismaClient) {
  await ensureReferenceData(prisma);
  await prisma.careModel.createMany({ data: CARE_MODELS.map((model) => ({ ...model, channels: [...model.channels] })) });
  const marketing = await prisma.team.create({ data: { name: "Marketing", function: "MARKETING", monthlyCapacity: 1000 }, select: { id: true } });
  const sales = await prisma.team.create({ data: { name: "Account executives", function: "ACCOUNT_EXECUTIVE", monthlyCapacity: 200 }, select: { id: true } });
  const segment = (key: string, priority: number, minEmployees: number | null, maxEmployees: number | null) =>
    prisma.segment.create({ data: { key, nameEn: key, nameFi: key, priority, minEmployees, maxEmployees }, select: { id: true } });
  const large = await segment("large", 1, 1000, null);
  const mid = await segment("mid", 2, 100, 999);
  const small = await segment("small", 3, null, 99);
  for (const { id } of [large, mid, small]) {
    await prisma.stageOwner.createMany({ data: BOWTIE_STAGES.map((stage) => ({ stage, segmentId: id, teamId: stage === "AWARENESS" ? marketing.id : sales.id, mode: "H2H" as const })) });
  }
  return { teams: { marketing: marketing.id, sales: sales.id }, segments: { large: large.id, mid: mid.id, small: small.id } };
}

let serial = 0;

/** An account with its employee count, in the segment given (which may disagree with the rules). */
export async function createAccount(prisma: PrismaClient, employees: number | null, segmentId: number | null) {
  serial += 1;
  const { id } = await prisma.account.create({ data: { name: `Company ${serial}`, industry: "Software", country: "FI", employees, segmentId }, select: { id: true } });
  return id;
}

export async function createLead(prisma: PrismaClient, values: { accountId?: number | null; employees?: number | null; segmentId: number | null }) {
  serial += 1;
  const { id } = await prisma.lead.create({
    data: { firstName: "Lea", lastName: `Lead ${serial}`, source: "WEB", accountId: values.accountId ?? null, employees: values.employees ?? null, segmentId: values.segmentId },
    select: { id: true },
  });
  return id;
}

type Cell = { teamId: number | null; mode: EngagementMode | null };
export type OwnerRow = Record<BowtieStage, { teamId: number; mode: EngagementMode } | null>;

/** A segment's row of the sales-model matrix as stored: each stage's team and way of working, or null. */
export async function ownerRow(prisma: PrismaClient, segmentId: number): Promise<OwnerRow> {
  const owners = await prisma.stageOwner.findMany({ where: { segmentId } });
  return Object.fromEntries(
    BOWTIE_STAGES.map((stage) => {
      const owner = owners.find((candidate) => candidate.stage === stage);
      return [stage, owner ? { teamId: owner.teamId, mode: owner.mode } : null];
    }),
  ) as OwnerRow;
}

/** The editor's cells for a row, with some stages changed; an unowned stage is a cell of nulls. */
export function matrixCells(row: OwnerRow, changes: Partial<Record<BowtieStage, Cell>> = {}): Record<BowtieStage, Cell> {
  return Object.fromEntries(BOWTIE_STAGES.map((stage) => [stage, changes[stage] ?? row[stage] ?? { teamId: null, mode: null }])) as Record<BowtieStage, Cell>;
}
