/**
 * Runs every test suite (unit, integration, the production build, end-to-end in Chromium)
 * and ends with one line counting them all: `N passed, N failed`.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ensureBuild } from "./lib/next-build";
import { tally, type Tally } from "./lib/tally";

const reports = mkdtempSync(path.join(tmpdir(), "rusetti-reports-"));
const total: Tally = { passed: 0, failed: 0 };
const add = (label: string, tally: Tally, skipped = 0) => {
  if (skipped > 0) console.log(`${label}: ${skipped} skipped test(s), counted as failed: remove the skip or the test`);
  console.log(`${label}: ${tally.passed} passed, ${tally.failed} failed`);
  total.passed += tally.passed;
  total.failed += tally.failed;
};
// A missing or truncated report reads as no report: counted as a failure, never a crash.
function readJson(file: string) {
  try {
    return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null;
  } catch {
    return null;
  }
}


try {
  const vitestReport = path.join(reports, "vitest.json");
  const vitest = spawnSync("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestReport}`], {
    stdio: "inherit",
  });
  const v = readJson(vitestReport);
  add(
    "unit + integration",
    tally(vitest.status, v && { passed: v.numPassedTests, failed: v.numFailedTests, skipped: v.numPendingTests + v.numTodoTests }),
    v ? v.numPendingTests + v.numTodoTests : 0,
  );

  const built = ensureBuild();
  add("production build", built ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });

  if (built) {
    const playwrightReport = path.join(reports, "playwright.json");
    const playwright = spawnSync("npx", ["playwright", "test"], {
      stdio: "inherit",
      env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport },
    });
    const p = readJson(playwrightReport);
    add(
      "end-to-end",
      tally(playwright.status, p && { passed: p.stats.expected + p.stats.flaky, failed: p.stats.unexpected, skipped: p.stats.skipped }),
      p ? p.stats.skipped : 0,
    );
  }
} finally {
  rmSync(reports, { recursive: true, force: true });
}

console.log(`\n${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed > 0 || total.passed === 0 ? 1 : 0);
