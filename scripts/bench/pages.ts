import { spawn } from "node:child_process";
import { freePort } from "@/lib/db/embedded";
import type { Role } from "@/generated/prisma/enums";
import { DEMO_PASSWORD, DEMO_USERS } from "@/prisma/demo";
import { percentile, timeRuns } from "./timing";

export type PageTime = { page: string; median: number; p95: number };

/** The dashboard pages as leadership opens them, with the period the bench measures. */
export function dashboardPages(query: string): Record<string, string> {
  return {
    "bow-tie overview": `/dashboard?${query}`,
    funnel: `/dashboard/funnel?${query}`,
    retention: `/dashboard/retention?${query}`,
    sources: `/dashboard/sources?${query}`,
    capacity: `/dashboard/capacity?${query}`,
    segments: `/dashboard/segments?${query}`,
    "drill-down list": `/dashboard/records?${query}&drill=stage-entries&kind=LEAD&stage=CONSIDERATION`,
  };
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

const cookiesOf = (response: Response) => response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]!);

/** A demo user of the role, signed in through next-auth's credentials endpoint as the login form does. */
export type Session = { base: string; cookie: string; userEmail: string };

export async function signIn(base: string, role: Role): Promise<Session> {
  const user = DEMO_USERS.find((candidate) => candidate.role === role)!;
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookiesOf(csrf).join("; ") },
    body: new URLSearchParams({ csrfToken, email: user.email, password: DEMO_PASSWORD, json: "true" }),
  });
  const session = cookiesOf(response).find((cookie) => cookie.includes("session-token"));
  if (!session) throw new Error(`signing in as ${user.email} failed (${response.status})`);
  return { base, cookie: session, userEmail: user.email };
}

/** A page's whole streamed HTML as the session gets it; throws unless it answers 200. */
export async function fetchPage(session: Session, path: string): Promise<string> {
  const response = await fetch(`${session.base}${path}`, { headers: { Cookie: session.cookie } });
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
  return response.text();
}

/** Each page's server time: the whole streamed HTML read to its end, after one warm-up request. */
export async function timePages(session: Session, pages: Record<string, string>, runs: number): Promise<PageTime[]> {
  const results: PageTime[] = [];
  for (const [page, path] of Object.entries(pages)) {
    const times = await timeRuns(() => fetchPage(session, path), runs);
    results.push({ page, median: percentile(times, 0.5), p95: percentile(times, 0.95) });
  }
  return results;
}

/**
 * Runs `task` against the app started the way `npm run demo` starts it, on the dataset's
 * database, and stops the app afterwards (the launcher leaves the database, not its own, running).
 */
export async function withApp<T>(databaseUrl: string, task: (base: string) => Promise<T>): Promise<T> {
  const port = await freePort(3400);
  const base = `http://127.0.0.1:${port}`;
  const app = spawn("npx", ["tsx", "scripts/start.ts", "--host", "127.0.0.1", "--port", String(port)], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  try {
    await waitFor(`${base}/login`, 300_000);
    return await task(base);
  } finally {
    process.kill(-app.pid!, "SIGTERM");
    await new Promise((resolve) => app.once("exit", resolve));
  }
}
