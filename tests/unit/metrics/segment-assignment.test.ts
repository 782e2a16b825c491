import { describe, expect, it } from "vitest";
import { segmentAssignment } from "@/lib/metrics/segment-assignment";

describe("segmentAssignment", () => {
  it("counts each segment now and under the rules, with the moves in and out", () => {
    // 1 → 1: 5 stay; 1 → 2: 2 move; 2 → 2: 3 stay; null → 1: 1 moves in; 2 → null: 4 fall out.
    const result = segmentAssignment(
      [1, 2],
      [
        { from: 1, to: 1, records: 5 },
        { from: 1, to: 2, records: 2 },
        { from: 2, to: 2, records: 3 },
        { from: null, to: 1, records: 1 },
        { from: 2, to: null, records: 4 },
      ],
    );
    expect(result.rows).toEqual([
      { segment: 1, now: 7, after: 6, moveIn: 1, moveOut: 2 },
      { segment: 2, now: 7, after: 5, moveIn: 2, moveOut: 4 },
      { segment: null, now: 1, after: 4, moveIn: 4, moveOut: 1 },
    ]);
    expect(result.moved).toBe(7);
    expect(result.total).toBe(15);
  });

  it("keeps every listed segment and no segment even with nothing in them", () => {
    expect(segmentAssignment([3, -1], [])).toEqual({
      rows: [
        { segment: 3, now: 0, after: 0, moveIn: 0, moveOut: 0 },
        { segment: -1, now: 0, after: 0, moveIn: 0, moveOut: 0 },
        { segment: null, now: 0, after: 0, moveIn: 0, moveOut: 0 },
      ],
      moved: 0,
      total: 0,
    });
  });

  it("adds a segment seen only in the flows after the listed ones", () => {
    const result = segmentAssignment([1], [{ from: 9, to: 1, records: 2 }]);
    expect(result.rows.map((row) => row.segment)).toEqual([1, 9, null]);
    expect(result.rows[1]).toEqual({ segment: 9, now: 2, after: 0, moveIn: 0, moveOut: 2 });
  });
});
