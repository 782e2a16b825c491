import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import type { MqlRule } from "@/lib/bowtie/mql";
import { lastEngagedSql, mqlQualifiesSql, OPEN_TO_MQL } from "@/lib/bowtie/mql-sql";

/** How many leads of each list a preview shows. */
export const SAMPLE_SIZE = 8;

export type LeadSample = { id: number; name: string; company: string | null; title: string | null; engagementScore: number };

/**
 * A criteria draft against the segment's open leads (those a re-evaluation looks at), as of
 * `asOf`. `newly` and `stop` are exactly the moves activating the draft would make now:
 * leads in awareness that it qualifies, and MQLs it does not. `activeQualify` is how many
 * the version in force qualifies today, for comparison (null when the segment has none).
 */
export type MqlPreview = {
  asOf: Date;
  open: number;
  qualify: number;
  activeQualify: number | null;
  newly: number;
  stop: number;
  samples: { qualify: LeadSample[]; newly: LeadSample[]; stop: LeadSample[] };
};

type Counts = Omit<MqlPreview, "asOf" | "samples"> & { qualifyIds: number[] | null; newlyIds: number[] | null; stopIds: number[] | null };

/**
 * One pass over the segment's open leads: each lead's latest touch is read once and both
 * rules judged on it; the samples are the most recent leads of each list.
 */
export async function previewCriteria(
  segmentId: number,
  draft: MqlRule,
  active: MqlRule | null,
  asOf: Date,
  client: Pick<PrismaClient, "$queryRaw">,
): Promise<MqlPreview> {
  const activeSql = active ? mqlQualifiesSql(active, asOf) : Prisma.sql`NULL::boolean`;
  const sample = (filter: Prisma.Sql) => Prisma.sql`(array_agg(j.id ORDER BY j.id DESC) FILTER (WHERE ${filter}))[1:${SAMPLE_SIZE}]`;
  const [counts] = await client.$queryRaw<Counts[]>`
    SELECT count(*)::int AS open,
           count(*) FILTER (WHERE j.draft)::int AS qualify,
           count(*) FILTER (WHERE j.active)::int AS "activeQualify",
           count(*) FILTER (WHERE j.stage = 'AWARENESS' AND j.draft)::int AS newly,
           count(*) FILTER (WHERE j.stage = 'CONSIDERATION' AND NOT j.draft)::int AS stop,
           ${sample(Prisma.sql`j.draft`)} AS "qualifyIds",
           ${sample(Prisma.sql`j.stage = 'AWARENESS' AND j.draft`)} AS "newlyIds",
           ${sample(Prisma.sql`j.stage = 'CONSIDERATION' AND NOT j.draft`)} AS "stopIds"
      FROM (
        SELECT l.id, l.stage, ${mqlQualifiesSql(draft, asOf)} AS draft, ${activeSql} AS active
          FROM "Lead" l LEFT JOIN LATERAL ${lastEngagedSql(asOf)} e ON true
         WHERE l."segmentId" = ${segmentId} AND ${OPEN_TO_MQL}
        -- OFFSET 0 keeps the subquery whole, so each rule is judged once per lead, not once per aggregate that reads it.
        OFFSET 0) j`;
  const { qualifyIds, newlyIds, stopIds, ...numbers } = counts!;
  const ids = [...(qualifyIds ?? []), ...(newlyIds ?? []), ...(stopIds ?? [])];
  const leads = ids.length
    ? await client.$queryRaw<LeadSample[]>`
        SELECT id, concat_ws(' ', "firstName", "lastName") AS name, company, title, "engagementScore"
          FROM "Lead" WHERE id = ANY(${ids}::int[])`
    : [];
  const byId = new Map(leads.map((lead) => [lead.id, lead]));
  const pick = (list: number[] | null) => (list ?? []).flatMap((id) => byId.get(id) ?? []);
  return { asOf, ...numbers, activeQualify: active ? numbers.activeQualify : null, samples: { qualify: pick(qualifyIds), newly: pick(newlyIds), stop: pick(stopIds) } };
}
