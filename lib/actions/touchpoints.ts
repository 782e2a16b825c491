"use server";

import { authedAction } from "@/lib/actions/authed-action";
import { logTouchpoint, type TouchpointTarget } from "@/lib/touchpoints/log";
import { logTouchpointSchema } from "@/lib/validation/touchpoint";
import { revalidateRecords } from "./moves/revalidate";

/** Marketing owns touchpoints: logging one needs their right, whichever record it is on. */
const logOn = (kind: TouchpointTarget) =>
  authedAction({ schema: logTouchpointSchema, permission: "touchpoint.edit" }, async (input, user) => {
    const id = await logTouchpoint(kind, input, user.id);
    // The record's history shows the touch, and a lead's scores (on its page and its list) may have changed.
    revalidateRecords({ kind, id: input.recordId });
    return { id };
  });

export const logLeadTouchpointAction = logOn("LEAD");
export const logContactTouchpointAction = logOn("CONTACT");
