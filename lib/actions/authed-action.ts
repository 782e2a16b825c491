import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { can, type Action } from "@/lib/auth/permissions";
import { toAppError } from "@/lib/errors";
import { resolveLocale } from "@/lib/i18n/server";
import { createTranslator, translateIssue } from "@/lib/i18n/translator";
import { validationErrorMap } from "@/lib/i18n/validation";
import { formDataToObject } from "./form-data";
import { failure, success, type ActionResult } from "./result";

export type ActionInput<S extends z.ZodType> = FormData | z.input<S>;

/**
 * A server action in the shape `useActionState` calls: the previous result, then the form's
 * FormData (or, from code, a plain object: `action(null, { … })`).
 */
export type ServerAction<S extends z.ZodType, T> = (
  previous: ActionResult<T> | null,
  input: ActionInput<S>,
) => Promise<ActionResult<T>>;

type ActionConfig<S extends z.ZodType> = { schema: S; permission: Action };

/**
 * Wraps a server action so that each one checks, in order: who is calling, whether their
 * role may do `permission`, and whether the input is valid, before the handler runs.
 * Expected failures (AppError, Prisma's P2002 / P2025) come back as a typed result in the
 * user's language; anything else is thrown on to the error boundary.
 *
 *   export const moveDealStageAction = authedAction(
 *     { schema: moveDealStageSchema, permission: "deal.edit" },
 *     async (input, user) => { await moveDealStage(input, user); revalidatePath("/deals"); },
 *   );
 */
export function authedAction<S extends z.ZodType, T = void>(
  config: ActionConfig<S>,
  handler: (input: z.output<S>, user: CurrentUser) => Promise<T>,
): ServerAction<S, T> {
  return async (_previous, input) => {
    const user = await getCurrentUser();
    const locale = await resolveLocale(user);
    const t = createTranslator(locale);
    if (!user) return failure("UNAUTHENTICATED", t("errors.UNAUTHENTICATED"));
    if (!can(user.role, config.permission)) return failure("FORBIDDEN", t("errors.FORBIDDEN"));

    const raw = input instanceof FormData ? formDataToObject(input) : input;
    const parsed = await config.schema.safeParseAsync(raw, { error: validationErrorMap(locale) });
    if (!parsed.success) {
      const { formErrors, fieldErrors } = z.flattenError(parsed.error, (issue) => translateIssue(t, issue.message));
      return failure("INVALID", formErrors[0] ?? t("errors.INVALID"), fieldErrors as Record<string, string[]>);
    }

    try {
      return success(await handler(parsed.data, user));
    } catch (error) {
      // redirect() and notFound() inside a handler are control flow, not failures.
      unstable_rethrow(error);
      const appError = toAppError(error);
      if (!appError) throw error;
      // Field messages from a handler may be catalog keys, like the schemas' own.
      const fieldErrors = appError.fieldErrors && mapValues(appError.fieldErrors, (messages) => messages.map((message) => translateIssue(t, message)));
      return failure(appError.code, t(appError.messageKey ?? `errors.${appError.code}`), fieldErrors, {
        fieldLinks: appError.fieldLinks,
        conflict: appError.conflict,
      });
    }
  };
}

function mapValues<V, W>(record: Record<string, V>, map: (value: V) => W): Record<string, W> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, map(value)]));
}
