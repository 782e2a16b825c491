import type { MqlRule } from "./mql";
import { lastEngagedSql, mqlQualifiesSql, OPEN_TO_MQL } from "./mql-sql";
import { moveDirection } from "./stages";
import type { Tx } from "./tx";

export type MqlCriteriaVersion = { id: number; segmentId: number; version: number; rule: MqlRule };

/** One slice of a segment's open leads: those after `afterId`, at most `limit` of them. */
export type LeadSlice = { afterId: number; limit: number };

/** What one slice came to: leads looked at, the last id looked at, moves each way, moves skipped. */
export type MqlSliceResult = { checked: number; lastId: number | null; qualified: number; unqualified: number; skipped: number };

type Row = { checked: number; lastId: number | null; wanted: number; qualified: number; unqualified: number };

/**
 * Moves one slice of a segment's open leads (OPEN_TO_MQL) to where an MQL criteria version
 * puts them, in one statement: a lead in awareness that meets it becomes an MQL in
 * consideration; an MQL that no longer meets it goes back to awareness to be nurtured. It
 * writes what moveStageIn writes for one lead (the lead with its version bumped, one
 * StageTransition carrying the criteria version and the reason, one `lead.stage` audit
 * entry), set-based: one UPDATE … RETURNING feeding INSERT … SELECT of the transitions and
 * the audit entries. A lead whose version changed after the slice was read (sales accepted,
 * rejected or edited it meanwhile) keeps that decision, as does a lead whose latest
 * transition is dated after `at` (the log stays in time order); both count as skipped.
 */
export async function applyMqlCriteriaIn(
  tx: Tx,
  criteria: MqlCriteriaVersion,
  actor: { actorId: number | null; at: Date },
  slice: LeadSlice,
): Promise<MqlSliceResult> {
  const { at, actorId } = actor;
  const up = { reason: `Meets MQL criteria v${criteria.version}`, direction: moveDirection("AWARENESS", "CONSIDERATION") };
  const down = { reason: `No longer meets MQL criteria v${criteria.version}`, direction: moveDirection("CONSIDERATION", "AWARENESS") };
  const [row] = await tx.$queryRaw<Row[]>`
    WITH candidates AS MATERIALIZED (
      SELECT l.id, l.stage, l.version, ${mqlQualifiesSql(criteria.rule, at)} AS qualifies
        FROM "Lead" l LEFT JOIN LATERAL ${lastEngagedSql(at)} e ON true
       WHERE l."segmentId" = ${criteria.segmentId} AND l.id > ${slice.afterId} AND ${OPEN_TO_MQL}
       ORDER BY l.id
       LIMIT ${slice.limit}
    ), wanted AS (
      SELECT c.id, c.version, c.stage AS "fromStage",
             (CASE WHEN c.qualifies THEN 'CONSIDERATION' ELSE 'AWARENESS' END)::"Stage" AS "toStage"
        FROM candidates c
       WHERE c.qualifies = (c.stage = 'AWARENESS')
    ), moved AS (
      UPDATE "Lead" l
         SET stage = w."toStage",
             status = (CASE WHEN w."toStage" = 'CONSIDERATION' THEN 'MQL' ELSE 'NURTURE' END)::"LeadStatus",
             -- An MQL that stops qualifying keeps mqlAt and its version: it was an MQL then.
             "mqlAt" = CASE WHEN w."toStage" = 'CONSIDERATION' THEN ${at}::timestamptz ELSE l."mqlAt" END,
             "mqlCriteriaId" = CASE WHEN w."toStage" = 'CONSIDERATION' THEN ${criteria.id}::int ELSE l."mqlCriteriaId" END,
             version = l.version + 1,
             "updatedAt" = now()
        FROM wanted w
       WHERE l.id = w.id AND l.version = w.version
         AND NOT EXISTS (SELECT 1 FROM "StageTransition" t
                          WHERE t."entityKind" = 'LEAD' AND t."entityId" = l.id AND t."occurredAt" > ${at}::timestamptz)
      RETURNING l.id, w."fromStage", w."toStage", l.version, l."accountId", l."segmentId", l.source
    ), transitions AS (
      INSERT INTO "StageTransition" ("entityKind", "entityId", "accountId", "segmentId", source, "fromStage", "toStage", "occurredAt", "actorId", reason, "criteriaVersionId")
      SELECT 'LEAD', m.id, m."accountId", m."segmentId", m.source, m."fromStage", m."toStage", ${at}::timestamptz, ${actorId}::int,
             CASE WHEN m."toStage" = 'CONSIDERATION' THEN ${up.reason} ELSE ${down.reason} END, ${criteria.id}::int
        FROM moved m
    ), audits AS (
      INSERT INTO "AuditLog" ("actorId", action, "entityKind", "entityId", before, after)
      SELECT ${actorId}::int, 'lead.stage', 'LEAD', m.id::text,
             jsonb_build_object('stage', m."fromStage", 'version', m.version - 1),
             CASE WHEN m."toStage" = 'CONSIDERATION'
                  THEN jsonb_build_object('status', 'MQL', 'mqlAt', ${at.toISOString()}::text, 'mqlCriteriaId', ${criteria.id}::int,
                                          'stage', m."toStage", 'version', m.version, 'direction', ${up.direction}::text, 'reason', ${up.reason}::text)
                  ELSE jsonb_build_object('status', 'NURTURE', 'stage', m."toStage", 'version', m.version,
                                          'direction', ${down.direction}::text, 'reason', ${down.reason}::text)
             END
        FROM moved m
    )
    SELECT (SELECT count(*) FROM candidates)::int AS checked,
           (SELECT max(id) FROM candidates) AS "lastId",
           (SELECT count(*) FROM wanted)::int AS wanted,
           (SELECT count(*) FROM moved WHERE "toStage" = 'CONSIDERATION')::int AS qualified,
           (SELECT count(*) FROM moved WHERE "toStage" = 'AWARENESS')::int AS unqualified`;
  const result = row ?? { checked: 0, lastId: null, wanted: 0, qualified: 0, unqualified: 0 };
  return {
    checked: result.checked,
    lastId: result.lastId,
    qualified: result.qualified,
    unqualified: result.unqualified,
    skipped: result.wanted - result.qualified - result.unqualified,
  };
}
