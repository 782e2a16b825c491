import { NextResponse, type NextRequest } from "next/server";
import { LOGIN_PATH } from "@/lib/auth/navigation";

// next-auth's session cookie, plain over http and prefixed over https; long tokens are split into `.0`, `.1`, ….
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

/**
 * Sends a visitor with no session cookie straight to the login page, remembering where they
 * were going. Only a convenience: it never reads the token, and every page and action
 * checks the user and the permission itself.
 */
export function proxy(request: NextRequest) {
  if (request.method !== "GET" && request.method !== "HEAD") return NextResponse.next();
  const hasSession = request.cookies
    .getAll()
    .some(({ name }) => SESSION_COOKIES.some((cookie) => name === cookie || name.startsWith(`${cookie}.`)));
  if (hasSession) return NextResponse.next();

  const { pathname, search } = request.nextUrl;
  const login = new URL(LOGIN_PATH, request.url);
  if (pathname !== "/") login.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(login);
}

export const config = {
  // Pages only: not the login page, route handlers (their callers get a 401 instead), Next's assets or files.
  matcher: ["/((?!login|api/|_next/|.*\\..*).*)"],
};
