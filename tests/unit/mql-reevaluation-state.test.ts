import { describe, expect, it } from "vitest";
import { REEVALUATION_SLICE_TIMEOUT_MS } from "@/lib/bowtie/reevaluate";
import { REEVALUATION_QUIET_MS, reevaluationState } from "@/lib/mql/reevaluation";

const now = new Date("2026-11-23T10:00:00.000Z");
const ago = (ms: number) => new Date(now.getTime() - ms);

describe("where a recorded MQL re-evaluation stands", () => {
  it("waits twice the longest a slice may take before calling a silent run interrupted", () => {
    expect(REEVALUATION_QUIET_MS).toBe(2 * REEVALUATION_SLICE_TIMEOUT_MS);
  });

  it.each([
    ["finished, however long ago it last moved", { finishedAt: ago(86_400_000), heartbeatAt: ago(86_400_000) }, "finished"],
    ["moved just now", { finishedAt: null, heartbeatAt: now }, "running"],
    ["silent for exactly the quiet time", { finishedAt: null, heartbeatAt: ago(REEVALUATION_QUIET_MS) }, "running"],
    ["silent a millisecond longer", { finishedAt: null, heartbeatAt: ago(REEVALUATION_QUIET_MS + 1) }, "interrupted"],
    ["silent for a day", { finishedAt: null, heartbeatAt: ago(86_400_000) }, "interrupted"],
  ] as const)("%s: %s", (_case, run, expected) => {
    expect(reevaluationState(run, now)).toBe(expected);
  });
});
