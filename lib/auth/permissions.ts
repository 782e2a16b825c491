import type { EntityKind, Role } from "@/generated/prisma/enums";
import { AppError } from "@/lib/errors";

export const ROLES = ["ADMIN", "LEADERSHIP", "SALES", "MARKETING"] as const satisfies readonly Role[];

/**
 * Everything a user can be allowed to do. Reads are coarse (one `records.read`), writes are
 * per entity, because who may change a record is what differs between the teams.
 */
export const ACTIONS = [
  "dashboard.view",
  "dashboard.revenue",
  "dashboard.economics",
  "records.read",
  "lead.edit",
  "contact.edit",
  "account.edit",
  "deal.edit",
  "touchpoint.edit",
  "campaign.edit",
  "plan.edit",
  "records.import",
  "records.export",
  "settings.manage",
  "mql.define",
  "mql.approveSales",
  "mql.approveMarketing",
  "mql.review",
  "user.manage",
  "audit.view",
  "profile.edit",
  "profile.view",
  "profile.changePassword",
] as const;

export type Action = (typeof ACTIONS)[number];

const EVERYONE: readonly Role[] = ROLES;

/**
 * Who may do what. Sales owns the pipeline (accounts, deals, account plans); marketing owns
 * demand creation (touchpoints, campaigns); both work leads and contacts. Leadership reads.
 * Admins run the system, but the MQL agreement is approved only by the two sides that make
 * it, so an admin can draft criteria and approve neither side.
 */
const MATRIX: Record<Action, readonly Role[]> = {
  "dashboard.view": EVERYONE,
  // Recurring revenue per customer is what account management works from, so sales sees it;
  // marketing's dashboards stop at the won deal.
  "dashboard.revenue": ["ADMIN", "LEADERSHIP", "SALES"],
  // Spend, acquisition cost and lifetime value are the company's cost structure: leadership's.
  "dashboard.economics": ["ADMIN", "LEADERSHIP"],
  "records.read": EVERYONE,
  "lead.edit": ["ADMIN", "SALES", "MARKETING"],
  "contact.edit": ["ADMIN", "SALES", "MARKETING"],
  "account.edit": ["ADMIN", "SALES"],
  "deal.edit": ["ADMIN", "SALES"],
  "touchpoint.edit": ["ADMIN", "MARKETING"],
  "campaign.edit": ["ADMIN", "MARKETING"],
  "plan.edit": ["ADMIN", "SALES"],
  // An import writes records, so it also needs the edit right of every kind it writes
  // (see EDIT_ACTION); this right only opens the bulk path.
  "records.import": ["ADMIN", "SALES", "MARKETING"],
  // Bulk personal data leaves the system only for the roles accountable for reporting.
  "records.export": ["ADMIN", "LEADERSHIP"],
  "settings.manage": ["ADMIN"],
  "mql.define": ["ADMIN"],
  "mql.approveSales": ["SALES"],
  "mql.approveMarketing": ["MARKETING"],
  // The drafts awaiting approval, read by the roles that approve one side of them.
  "mql.review": ["SALES", "MARKETING"],
  "user.manage": ["ADMIN"],
  "audit.view": ["ADMIN"],
  // Each of these acts only on the caller's own user: the language, the account page, the password.
  "profile.edit": EVERYONE,
  "profile.view": EVERYONE,
  "profile.changePassword": EVERYONE,
};

/** The edit right for each kind of record on the bow-tie, for code that handles any kind. */
export const EDIT_ACTION: Record<EntityKind, Action> = {
  LEAD: "lead.edit",
  CONTACT: "contact.edit",
  ACCOUNT: "account.edit",
  DEAL: "deal.edit",
};

export function can(role: Role, action: Action): boolean {
  return MATRIX[action].includes(role);
}

/** Throws the AppError a route handler or action turns into 401 / 403. */
export function assertCan<U extends { role: Role }>(user: U | null | undefined, action: Action): asserts user is U {
  if (!user) throw new AppError("UNAUTHENTICATED", `not signed in (${action})`);
  if (!can(user.role, action)) throw new AppError("FORBIDDEN", `${user.role} may not ${action}`);
}
