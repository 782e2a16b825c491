/** A working day: after it the user signs in again. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/** The session's user as the database has them now. */
export type SessionHolder = { active: boolean; sessionsValidFrom: Date | null };

/**
 * Whether a session token issued at `issuedAt` (epoch milliseconds) still signs its user in at
 * `now`: the user is active, the token is within the maximum age (its cookie's expiry slides
 * whenever next-auth refreshes it; the issue time does not), and it was issued no earlier than
 * the user's sessionsValidFrom, which a password change, a reset and a deactivation move.
 */
export function sessionIsCurrent(issuedAt: number, holder: SessionHolder | null, now: number): boolean {
  if (!holder?.active) return false;
  if (now - issuedAt > SESSION_MAX_AGE_SECONDS * 1000) return false;
  return holder.sessionsValidFrom === null || issuedAt >= holder.sessionsValidFrom.getTime();
}
