/** Records grouped by the segment they are in and the segment the rules give them (GROUP BY both); null is no segment. */
export interface AssignmentFlow<K> {
  from: K | null;
  to: K | null;
  records: number;
}

export interface SegmentAssignmentRow<K> {
  segment: K | null;
  /** Records in the segment now. */
  now: number;
  /** Records the rules put in the segment. */
  after: number;
  /** Records that would move into it, and out of it. */
  moveIn: number;
  moveOut: number;
}

export interface SegmentAssignment<K> {
  rows: SegmentAssignmentRow<K>[];
  /** Records whose segment would change. */
  moved: number;
  total: number;
}

/**
 * Segment re-assignment: per segment, records in it now, records the rules put in it, and
 * those moving in and out; moved = records whose segment differs. Rows follow `segments`,
 * then any other segment seen in the flows, then no segment (always present).
 */
export function segmentAssignment<K>(segments: readonly K[], flows: readonly AssignmentFlow<K>[]): SegmentAssignment<K> {
  const order: (K | null)[] = [...segments];
  for (const flow of flows) for (const key of [flow.from, flow.to]) if (key !== null && !order.includes(key)) order.push(key);
  order.push(null);
  const rows = order.map((segment): SegmentAssignmentRow<K> => ({ segment, now: 0, after: 0, moveIn: 0, moveOut: 0 }));
  const rowOf = (key: K | null) => rows[order.indexOf(key)]!;
  let moved = 0;
  let total = 0;
  for (const flow of flows) {
    total += flow.records;
    rowOf(flow.from).now += flow.records;
    rowOf(flow.to).after += flow.records;
    if (flow.from === flow.to) continue;
    moved += flow.records;
    rowOf(flow.from).moveOut += flow.records;
    rowOf(flow.to).moveIn += flow.records;
  }
  return { rows, moved, total };
}
