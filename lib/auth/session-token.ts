import "server-only";
import { encode, type JWT } from "next-auth/jwt";
import { cookies } from "next/headers";
import type { Locale, Role } from "@/generated/prisma/enums";
import { SESSION_MAX_AGE_SECONDS } from "./session-validity";

export type SessionIdentity = { id: number; name: string; email: string; role: Role; locale: Locale };

/**
 * What a session token carries. `issuedAt` (epoch milliseconds) is when the password behind
 * it was checked: getCurrentUser compares it with the user's sessionsValidFrom and the
 * maximum age.
 */
export function sessionClaims(user: SessionIdentity, issuedAt: number): JWT {
  return { sub: String(user.id), uid: user.id, name: user.name, email: user.email, role: user.role, locale: user.locale, issuedAt };
}

/**
 * Replaces the session token of the browser making this request with one issued at
 * `issuedAt`. A password change sets sessionsValidFrom, which ends every older token, this
 * browser's too; the changing browser is then handed a token issued at that same moment and
 * stays signed in. next-auth's JWT strategy has no server-side way to re-issue a token: its
 * `update()` is a call any browser can make to the session endpoint, and its jwt callback
 * cannot tell the browser that changed the password from a stale one. So the action encodes
 * the token itself, with next-auth's encoder, secret, cookie name and lifetime, as the sign-in does.
 */
export async function issueSessionCookie(user: SessionIdentity, issuedAt: number): Promise<void> {
  const secret = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set: no session token can be issued");
  // next-auth's own rule: secure, prefixed cookies when the app is served over https.
  const secure = process.env.NEXTAUTH_URL?.startsWith("https://") ?? false;
  const token = await encode({ token: sessionClaims(user, issuedAt), secret, maxAge: SESSION_MAX_AGE_SECONDS });
  (await cookies()).set(`${secure ? "__Secure-" : ""}next-auth.session-token`, token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure,
    expires: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000),
  });
}
