import { describe, expect, it } from "vitest";
import { salesCycle, type CycleBucket } from "@/lib/metrics/sales-cycle";

describe("salesCycle", () => {
  it.each<[string, CycleBucket[], number | null, number | null, number]>([
    // 10, 20, 20, 40 → median (20 + 20) / 2 = 20; mean 90 / 4 = 22.5
    ["even count", [{ days: 10, deals: 1 }, { days: 20, deals: 2 }, { days: 40, deals: 1 }], 20, 22.5, 4],
    // 5, 7, 30 → median 7; mean 42 / 3 = 14
    ["odd count", [{ days: 30, deals: 1 }, { days: 5, deals: 1 }, { days: 7, deals: 1 }], 7, 14, 3],
    // 10, 30 → median between the two middle values: 20
    ["two deals", [{ days: 10, deals: 1 }, { days: 30, deals: 1 }], 20, 20, 2],
    // 1, 1, 1, 100 → median 1 while one slow deal pulls the mean to 103 / 4 = 25.75
    ["a long tail", [{ days: 1, deals: 3 }, { days: 100, deals: 1 }], 1, 25.75, 4],
    ["no deals won", [], null, null, 0],
    ["empty buckets only", [{ days: 12, deals: 0 }], null, null, 0],
  ])("%s", (_, buckets, median, mean, deals) => {
    expect(salesCycle(buckets)).toEqual({ medianDays: median, meanDays: mean, deals });
  });
});
