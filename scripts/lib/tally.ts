export type Tally = { passed: number; failed: number };

/**
 * A suite's count, never kinder than its exit code: a runner that failed outside any test (a
 * crashed setup, a web server that never came up) or never reported counts as one failure,
 * and a skipped test counts as a failure, since none may be left behind.
 */
export function tally(status: number | null, report: (Tally & { skipped: number }) | null): Tally {
  if (!report) return { passed: 0, failed: 1 };
  const failed = report.failed + report.skipped;
  return { passed: report.passed, failed: failed === 0 && status !== 0 ? 1 : failed };
}
