import type { EntityKind, LeadSource, Stage } from "@/generated/prisma/enums";
import type { Ms } from "./calendar";
import type { Ids } from "./ids";
import type { StageTransitionRow } from "./rows";

type Move = { actorId?: number | null; reason?: string | null; criteriaVersionId?: number | null; source?: LeadSource | null };

/**
 * The stage history of one record: every move starts where the previous one ended, at a
 * time no earlier than it and before the end of the history. A move that would break that
 * is a bug in the simulation, so it throws rather than writing an inconsistent log.
 */
export class StageTrail {
  private current: Stage | null = null;
  private lastAt = -Infinity;
  private moves = 0;

  constructor(
    private readonly out: StageTransitionRow[],
    private readonly ids: Ids,
    private readonly entityKind: EntityKind,
    private readonly entityId: number,
    private readonly context: { accountId: number | null; segmentId: number | null; source: LeadSource | null; end: Ms },
  ) {}

  get stage(): Stage {
    if (this.current === null) throw new Error(`${this.entityKind} ${this.entityId} has no stage yet`);
    return this.current;
  }

  get count(): number {
    return this.moves;
  }

  get lastMoveAt(): Ms {
    return this.lastAt;
  }

  move(toStage: Stage, at: Ms, move: Move = {}): void {
    if (at < this.lastAt || at >= this.context.end) {
      throw new Error(`${this.entityKind} ${this.entityId}: move to ${toStage} at ${new Date(at).toISOString()} is out of order or after the end`);
    }
    this.out.push({
      id: this.ids.next("stageTransition"),
      entityKind: this.entityKind,
      entityId: this.entityId,
      accountId: this.context.accountId,
      segmentId: this.context.segmentId,
      source: move.source === undefined ? this.context.source : move.source,
      fromStage: this.current,
      toStage,
      occurredAt: at,
      actorId: move.actorId ?? null,
      reason: move.reason ?? null,
      criteriaVersionId: move.criteriaVersionId ?? null,
    });
    this.current = toStage;
    this.lastAt = at;
    this.moves++;
  }
}
