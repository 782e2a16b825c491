import type { PrismaClient } from "@/generated/prisma/client";
import type { ApprovalSide } from "@/generated/prisma/enums";
import { audit } from "@/lib/audit";
import { reevaluateLeads, type Reevaluation } from "@/lib/bowtie/reevaluate";
import { AppError } from "@/lib/errors";
import { lockOpenVersion } from "./lock";
import { startReevaluationIn, trackRun } from "./reevaluation";
import { ruleOf, type MqlVersion } from "./versions";

export type ApprovalOutcome =
  | { activated: false; version: number }
  | { activated: true; version: number; superseded: number | null; reevaluation: Reevaluation };

type Activation = { version: MqlVersion; previous: { id: number; version: number } | null; runner: string } | null;

/**
 * One side's approval of a draft. The side is the caller's to name from the approver's
 * permission; an approver gives one side, once, and the same person cannot give both. When
 * the second side approves, in the same transaction the version in force becomes
 * SUPERSEDED and this one ACTIVE, and the record of its re-evaluation is opened; then the
 * segment's open leads are re-evaluated against it (reevaluateLeads, in slices of their own,
 * each advancing that record), and the last slice writes `mql.activate` with what moved. A
 * run cut off midway shows on the version's page, where it can be finished (resumeReevaluation).
 */
export async function approveDraft(
  client: PrismaClient,
  input: { id: number; base: string; side: ApprovalSide },
  actor: { actorId: number; at?: Date },
): Promise<ApprovalOutcome> {
  const at = actor.at ?? new Date();
  let version = 0;
  const activation: Activation = await client.$transaction(
    async (tx) => {
      const draft = await lockOpenVersion(tx, input.id, input.base);
      version = draft.version;
      if (draft.approvals.some((approval) => approval.side === input.side)) {
        throw new AppError("INVALID", `${input.side} already approved v${draft.version}`, { messageKey: "settingsMql.error.sideDone" });
      }
      if (draft.approvals.some((approval) => approval.userId === actor.actorId)) {
        throw new AppError("INVALID", `user ${actor.actorId} already approved v${draft.version}`, { messageKey: "settingsMql.error.samePerson" });
      }
      await tx.mqlApproval.create({ data: { criteriaId: draft.id, side: input.side, userId: actor.actorId, approvedAt: at } });
      const complete = draft.approvals.length === 1;
      const previous = complete
        ? await tx.mqlCriteria.findFirst({ where: { segmentId: draft.segmentId, status: "ACTIVE" }, select: { id: true, version: true } })
        : null;
      if (complete) {
        await tx.mqlCriteria.updateMany({ where: { segmentId: draft.segmentId, status: "ACTIVE" }, data: { status: "SUPERSEDED" } });
        await tx.mqlCriteria.update({ where: { id: draft.id }, data: { status: "ACTIVE", activatedAt: at } });
      } else {
        await tx.mqlCriteria.update({ where: { id: draft.id }, data: { status: "APPROVED" } });
      }
      await audit(tx, {
        actorId: actor.actorId,
        action: "mql.approve",
        entityKind: "MqlCriteria",
        entityId: draft.id,
        before: { status: draft.status, approvals: draft.approvals.map(({ side, userId }) => ({ side, userId })) },
        after: { status: complete ? "ACTIVE" : "APPROVED", side: input.side, ...(complete && { activatedAt: at, superseded: previous?.id ?? null }) },
      });
      return complete ? { version: draft, previous, runner: await startReevaluationIn(tx, draft.id, at) } : null;
    },
    { timeout: 15_000 },
  );
  if (!activation) return { activated: false, version };

  const { version: draft, previous, runner } = activation;
  const track = trackRun(draft.id, runner, (tx, totals) =>
    audit(tx, {
      actorId: actor.actorId,
      action: "mql.activate",
      entityKind: "MqlCriteria",
      entityId: draft.id,
      before: { active: previous },
      after: { active: { id: draft.id, version: draft.version }, activatedAt: at, ...totals },
    }),
  );
  const reevaluation = await reevaluateLeads(client, { id: draft.id, segmentId: draft.segmentId, version: draft.version, rule: ruleOf(draft.fields) }, { actorId: actor.actorId, at }, { track });
  return { activated: true, version: draft.version, superseded: previous?.version ?? null, reevaluation };
}
