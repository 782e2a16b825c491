import type { AppErrorCode, ConflictDetails, FieldLink } from "@/lib/errors";

/** Extra detail a failure can carry for the form: links beside field messages, a stale edit's changes. */
export type FailureDetails = { fieldLinks?: Record<string, FieldLink>; conflict?: ConflictDetails };

/** What every server action returns: data, or an expected failure the form can show. */
export type ActionResult<T = void> =
  | { ok: true; data: T }
  | ({ ok: false; code: AppErrorCode; message: string; fieldErrors?: Record<string, string[]> } & FailureDetails);

export function success<T>(data: T): ActionResult<T> {
  return { ok: true, data };
}

export function failure(
  code: AppErrorCode,
  message: string,
  fieldErrors?: Record<string, string[]>,
  details: FailureDetails = {},
): ActionResult<never> {
  // Absent keys stay absent, so results compare and serialize as they did before the details existed.
  return {
    ok: false,
    code,
    message,
    ...(fieldErrors && { fieldErrors }),
    ...(details.fieldLinks && { fieldLinks: details.fieldLinks }),
    ...(details.conflict && { conflict: details.conflict }),
  };
}
