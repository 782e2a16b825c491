import "server-only";
import type { Stage } from "@/generated/prisma/enums";
import { stageOrder } from "@/lib/bowtie/stages";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";

/** The teams by name, with how many users are in each and how many stages each owns. */
export async function getTeams() {
  return db.team.findMany({
    select: { id: true, name: true, function: true, monthlyCapacity: true, _count: { select: { members: true, stageOwners: true } } },
    orderBy: { name: "asc" },
  });
}

export type TeamRow = Awaited<ReturnType<typeof getTeams>>[number];

export type TeamDetail = {
  id: number;
  name: string;
  function: TeamRow["function"];
  monthlyCapacity: number;
  members: { id: number; name: string; active: boolean }[];
  /** The cells of the sales-model matrix the team owns: what keeps it from being deleted besides its members. */
  ownedStages: { stage: Stage; segment: string }[];
};

/** One team with its members and the stages it owns (by segment, then along the bow-tie), or null. */
export async function getTeam(id: number, locale: Locale): Promise<TeamDetail | null> {
  const team = await db.team.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      function: true,
      monthlyCapacity: true,
      members: { select: { id: true, name: true, active: true }, orderBy: [{ name: "asc" }, { id: "asc" }] },
      stageOwners: { select: { stage: true, segment: { select: { nameEn: true, nameFi: true, priority: true } } } },
    },
  });
  if (!team) return null;
  const { stageOwners, ...rest } = team;
  const ownedStages = stageOwners
    .toSorted((a, b) => a.segment.priority - b.segment.priority || (stageOrder(a.stage) ?? 99) - (stageOrder(b.stage) ?? 99))
    .map((owner) => ({ stage: owner.stage, segment: locale === "fi" ? owner.segment.nameFi : owner.segment.nameEn }));
  return { ...rest, ownedStages };
}

/** Every team as a choice for a form or a filter, by name. */
export async function getTeamOptions(): Promise<{ id: number; name: string }[]> {
  return db.team.findMany({ select: { id: true, name: true }, orderBy: [{ name: "asc" }, { id: "asc" }] });
}
