import type { PlainMessageKey } from "@/lib/i18n/translator";

/** The HTTP status each expected failure maps to in route handlers. */
export const APP_ERROR_STATUS = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID: 422,
} as const;

export type AppErrorCode = keyof typeof APP_ERROR_STATUS;

/** A page a field's message points to, e.g. the existing record a new one would duplicate. */
export type FieldLink = { href: string; label: string };

/** One field of a stale edit: what the form started from, what is stored now and who stored it, and what the user wants. */
export type FieldConflict = {
  field: string;
  base: unknown;
  theirs: unknown;
  yours: unknown;
  changedBy: string | null;
  changedAt: string | null;
};

/** What a stale edit ran into: the version stored now, to resubmit against, and each field changed since. */
export type ConflictDetails = { currentVersion: number; fields: FieldConflict[] };

type AppErrorOptions = {
  /** A more specific user-facing message than the code's default one. */
  messageKey?: PlainMessageKey;
  /** Per field: messages, or catalog keys (`validation.*`, …) that the action translates. */
  fieldErrors?: Record<string, string[]>;
  fieldLinks?: Record<string, FieldLink>;
  conflict?: ConflictDetails;
  cause?: unknown;
};

/**
 * An expected failure: the caller did something the app refuses, as opposed to a bug.
 * Actions turn it into an ActionResult and route handlers into a status; anything that is
 * not an AppError goes to the error boundary.
 */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly status: number;
  readonly messageKey?: PlainMessageKey;
  readonly fieldErrors?: Record<string, string[]>;
  readonly fieldLinks?: Record<string, FieldLink>;
  readonly conflict?: ConflictDetails;

  constructor(code: AppErrorCode, message: string = code, options: AppErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.status = APP_ERROR_STATUS[code];
    this.messageKey = options.messageKey;
    this.fieldErrors = options.fieldErrors;
    this.fieldLinks = options.fieldLinks;
    this.conflict = options.conflict;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/**
 * The AppError an error stands for, or null when it is unexpected. Prisma's unique
 * violation (P2002) is a conflict, its "record to update not found" (P2025) a missing row, and
 * a reference to a record that does not exist (P2003) invalid input.
 */
export function toAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  switch (prismaErrorCode(error)) {
    case "P2002":
      return new AppError("CONFLICT", "unique constraint violated", { cause: error });
    case "P2025":
      return new AppError("NOT_FOUND", "record not found", { cause: error });
    case "P2003":
      return new AppError("INVALID", "a referenced record does not exist", { cause: error });
    default:
      return null;
  }
}

// Duck-typed so this module stays importable without loading the Prisma runtime.
function prismaErrorCode(error: unknown): string | null {
  if (typeof error !== "object" || error === null) return null;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === "PrismaClientKnownRequestError" && typeof code === "string" ? code : null;
}

/**
 * Runs a write that a unique index may refuse (two saves of one new name at once collide only
 * there), and turns that refusal into the caller's own conflict; an AppError passes unchanged.
 */
export async function withUniqueConflict<T>(write: () => Promise<T>, conflict: (cause: unknown) => AppError): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof AppError) && toAppError(error)?.code === "CONFLICT") throw conflict(error);
    throw error;
  }
}
