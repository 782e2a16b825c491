import { spawn } from "node:child_process";
import { freePort } from "@/lib/db/embedded";
import { DEMO_PASSWORD, DEMO_USERS } from "@/prisma/demo";
import { percentile, timeRuns } from "./timing";

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

/** Signs in through next-auth's credentials endpoint, as the login form does; the session cookie header. */
async function signIn(base: string, email: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookiesOf(csrf).join("; ") },
    body: new URLSearchParams({ csrfToken, email, password: DEMO_PASSWORD, json: "true" }),
  });
  const session = cookiesOf(response).find((cookie) => cookie.includes("session-token"));
  if (!session) throw new Error(`signing in as ${email} failed (${response.status})`);
  return session;
}

/**
 * Each page's server time on a running app over the dataset: the whole streamed HTML read to
 * its end, signed in as leadership, after one warm-up request. The app is started the way
 * `npm run demo` starts it, on the dataset's database.
 */
export async function timePages(databaseUrl: string, query: string, runs: number): Promise<{ page: string; median: number; p95: number }[]> {
  const port = await freePort(3400);
  const base = `http://127.0.0.1:${port}`;
  const app = spawn("npx", ["tsx", "scripts/start.ts", "--host", "127.0.0.1", "--port", String(port)], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  try {
    await waitFor(`${base}/login`, 300_000);
    const leadership = DEMO_USERS.find((user) => user.role === "LEADERSHIP")!;
    const cookie = await signIn(base, leadership.email);
    const results = [];
    for (const [page, path] of Object.entries(dashboardPages(query))) {
      const times = await timeRuns(async () => {
        const response = await fetch(`${base}${path}`, { headers: { Cookie: cookie } });
        if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
        await response.text();
      }, runs);
      results.push({ page, median: percentile(times, 0.5), p95: percentile(times, 0.95) });
    }
    return results;
  } finally {
    // The launcher stops Next and leaves the database (not its own) running.
    process.kill(-app.pid!, "SIGTERM");
    await new Promise((resolve) => app.once("exit", resolve));
  }
}
