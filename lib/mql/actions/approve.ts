"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ApprovalSide } from "@/generated/prisma/enums";
import { authedAction } from "@/lib/actions/authed-action";
import type { Action } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { approveDraft } from "../approve";
import { approvedPath, MQL_APPROVALS_PATH, MQL_SETTINGS_PATH } from "../paths";
import { approveDraftSchema } from "../schema";

// One action per side, each behind that side's own permission: the side is never read from
// the request, so no one can approve on the other side's behalf.
const approveAs = (side: ApprovalSide, permission: Action) =>
  authedAction({ schema: approveDraftSchema, permission }, async (input, user) => {
    const outcome = await approveDraft(db, { ...input, side }, { actorId: user.id });
    revalidatePath(MQL_APPROVALS_PATH);
    revalidatePath(MQL_SETTINGS_PATH, "layout");
    if (outcome.activated) revalidatePath("/", "layout");
    redirect(approvedPath(input.id));
  });

/** Sales' approval of a draft. */
export const approveMqlSalesAction = approveAs("SALES", "mql.approveSales");

/** Marketing's approval of a draft. */
export const approveMqlMarketingAction = approveAs("MARKETING", "mql.approveMarketing");
