/**
 * Explicit ids, handed out in generation order so that the same options give the same ids;
 * the serial sequences are moved past them after the load.
 */
export class Ids {
  account = 0;
  contact = 0;
  deal = 0;
  lead = 0;
  touchpoint = 0;
  stageTransition = 0;
  accountPlan = 0;
  accountPlanTarget = 0;

  next(table: "account" | "contact" | "deal" | "lead" | "touchpoint" | "stageTransition" | "accountPlan" | "accountPlanTarget"): number {
    return ++this[table];
  }
}
