import "server-only";
import { unstable_rethrow } from "next/navigation";
import { toAppError } from "@/lib/errors";
import { resolveLocale } from "@/lib/i18n/server";
import { createTranslator } from "@/lib/i18n/translator";
import { getCurrentUser, type CurrentUser } from "./current-user";
import { requirePermission } from "./guards";
import type { Action } from "./permissions";

/**
 * Wraps a route handler so the permission is checked before it runs and expected failures
 * become their status (401, 403, 404, 409, 422) with a JSON body `{ error, message }`.
 *
 *   export const GET = authedRoute("records.export", async (request, user) => …);
 */
export function authedRoute<Context>(
  action: Action,
  handler: (request: Request, user: CurrentUser, context: Context) => Promise<Response>,
): (request: Request, context: Context) => Promise<Response> {
  return async (request, context) => {
    try {
      const user = await requirePermission(action);
      return await handler(request, user, context);
    } catch (error) {
      unstable_rethrow(error);
      const appError = toAppError(error);
      if (!appError) throw error;
      const t = createTranslator(await resolveLocale(await getCurrentUser()));
      return Response.json(
        { error: appError.code, message: t(appError.messageKey ?? `errors.${appError.code}`) },
        { status: appError.status },
      );
    }
  };
}
