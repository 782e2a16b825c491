import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

// E2E_PORT lets two checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;

// Where the server writes its database URL, for specs that compare a page with lib/metrics.
// Set once in the runner's process; the workers inherit it.
process.env.E2E_DATABASE_URL_FILE ??= path.join(tmpdir(), `rusetti-e2e-${randomBytes(6).toString("hex")}.url`);

// Debian's Chromium where it is installed; otherwise Playwright's own browser
// (`npx playwright install chromium`) on machines that can download it.
const executablePath = process.env.CHROMIUM_PATH ?? (await systemChromium());

async function systemChromium(): Promise<string | undefined> {
  const { existsSync } = await import("node:fs");
  return ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((candidate) => existsSync(candidate));
}

export default defineConfig({
  testDir: "tests/e2e",
  forbidOnly: true,
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    // A fresh embedded cluster with the demo company, removed when the run ends.
    command: `npx tsx scripts/start.ts --throwaway --host 127.0.0.1 --port ${PORT} --url-file ${process.env.E2E_DATABASE_URL_FILE}`,
    url: `${baseURL}/login`,
    timeout: 300_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    stdout: "pipe",
    stderr: "pipe",
  },
});
