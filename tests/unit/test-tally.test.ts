import { describe, expect, it } from "vitest";
import { tally } from "@/scripts/lib/tally";

describe("counting a suite for the closing line", () => {
  it.each([
    ["a clean run", 0, { passed: 19, failed: 0, skipped: 0 }, { passed: 19, failed: 0 }],
    ["failed tests", 1, { passed: 17, failed: 2, skipped: 0 }, { passed: 17, failed: 2 }],
    // The e2e web server never came up: no test failed, yet the runner did.
    ["a runner that failed outside any test", 1, { passed: 0, failed: 0, skipped: 0 }, { passed: 0, failed: 1 }],
    ["a crashed setup after some passes", 1, { passed: 40, failed: 0, skipped: 0 }, { passed: 40, failed: 1 }],
    ["skipped tests", 0, { passed: 10, failed: 0, skipped: 2 }, { passed: 10, failed: 2 }],
    ["no report at all", 1, null, { passed: 0, failed: 1 }],
    ["no report although the runner exited 0", 0, null, { passed: 0, failed: 1 }],
  ])("%s", (_label, status, report, expected) => {
    expect(tally(status, report)).toEqual(expected);
  });
});
