import type { PrismaClient } from "@/generated/prisma/client";
import { audit } from "@/lib/audit";
import { reevaluateLeads, type Reevaluation } from "@/lib/bowtie/reevaluate";
import { AppError } from "@/lib/errors";
import { lockReevaluationIn, takeOverIn, trackRun } from "./reevaluation";
import { getVersion, ruleOf } from "./versions";

/**
 * Finishes the re-evaluation of a version in force whose run was cut off: it goes on after
 * the last lead the run recorded, so what the run did is not done twice, and a lead already
 * where the version puts it is not moved in any case. It judges as of its own start, so the
 * leads it reaches are placed where the version puts them now and their moves are dated
 * after whatever happened to them meanwhile. Only a run that has gone quiet is taken over;
 * one still advancing is left to finish. `mql.reevaluate` records the take-over and
 * `mql.reevaluate.finish`, with the last slice, the run's totals.
 */
export async function resumeReevaluation(client: PrismaClient, criteriaId: number, actor: { actorId: number; at?: Date }): Promise<Reevaluation> {
  const at = actor.at ?? new Date();
  const { version, runner } = await client.$transaction(async (tx) => {
    const version = await getVersion(criteriaId, tx);
    if (!version) throw new AppError("NOT_FOUND", `MQL criteria ${criteriaId} do not exist`, { messageKey: "settingsMql.error.notFound" });
    if (version.status !== "ACTIVE") {
      throw new AppError("INVALID", `MQL criteria ${criteriaId} are ${version.status}, not in force`, { messageKey: "settingsMql.reevaluation.error.notActive" });
    }
    const run = await lockReevaluationIn(tx, criteriaId);
    if (!run || run.state === "finished") {
      throw new AppError("INVALID", `the re-evaluation of MQL criteria ${criteriaId} is not unfinished`, { messageKey: "settingsMql.reevaluation.error.finished" });
    }
    if (run.state === "running") {
      throw new AppError("CONFLICT", `the re-evaluation of MQL criteria ${criteriaId} is still running`, { messageKey: "settingsMql.reevaluation.error.running" });
    }
    const runner = await takeOverIn(tx, criteriaId, at);
    const { checked, qualified, unqualified, skipped, heartbeatAt, attempts } = run;
    await audit(tx, {
      actorId: actor.actorId,
      action: "mql.reevaluate",
      entityKind: "MqlCriteria",
      entityId: criteriaId,
      before: { checked, qualified, unqualified, skipped, heartbeatAt, attempts },
      after: { attempts: attempts + 1, resumedAt: at },
    });
    return { version, runner };
  });

  const track = trackRun(criteriaId, runner, (tx, totals) =>
    audit(tx, { actorId: actor.actorId, action: "mql.reevaluate.finish", entityKind: "MqlCriteria", entityId: criteriaId, after: { resumedAt: at, ...totals } }),
  );
  return reevaluateLeads(client, { id: version.id, segmentId: version.segmentId, version: version.version, rule: ruleOf(version.fields) }, { actorId: actor.actorId, at }, { track });
}
