import { authedRoute } from "@/lib/auth/authed-route";
import { db } from "@/lib/db/client";
import { latestRun } from "@/lib/scoring/run-view";

/** Where the latest scoring run stands, polled by the scoring settings page while it runs. */
export const GET = authedRoute("settings.manage", async () => Response.json(await latestRun(db), { headers: { "Cache-Control": "no-store" } }));
