import "server-only";
import { db } from "@/lib/db/client";

/** What the settings overview lists: the stages in bow-tie order, segments by rule priority, teams. */
export async function getSettingsOverview() {
  const [stages, segments, teams] = await Promise.all([
    db.stageDefinition.findMany({
      select: {
        stage: true,
        order: true,
        side: true,
        labelEn: true,
        labelFi: true,
        descriptionEn: true,
        descriptionFi: true,
        entryCriteriaEn: true,
        entryCriteriaFi: true,
        slaHours: true,
      },
      orderBy: { order: "asc" },
    }),
    db.segment.findMany({
      select: {
        id: true,
        key: true,
        nameEn: true,
        nameFi: true,
        priority: true,
        minEmployees: true,
        maxEmployees: true,
        minDealAmountMinor: true,
        maxDealAmountMinor: true,
      },
      orderBy: { priority: "asc" },
    }),
    db.team.findMany({
      select: { id: true, name: true, function: true, monthlyCapacity: true, _count: { select: { members: true } } },
      orderBy: { name: "asc" },
    }),
  ]);
  return { stages, segments, teams };
}

export type SettingsOverview = Awaited<ReturnType<typeof getSettingsOverview>>;
