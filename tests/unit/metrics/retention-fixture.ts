import type { MonthlyMrr } from "@/lib/metrics/mrr-series";

const month = (iso: string) => new Date(`${iso}-01T00:00:00.000Z`);

/**
 * Six accounts around Q1 2026 (MRR in minor units; missing months are 0):
 *
 * | account | Sep 25 | Dec 25 | Jan | Feb | Mar | story |
 * |---|---|---|---|---|---|---|
 * | A | | 100 | 100 | 150 | 150 | expands in Feb (+50) |
 * | B | | 200 | 120 | 120 | 120 | contracts in Jan (−80) |
 * | C | | 50 | 0 | 0 | 80 | churns in Jan (−50), reactivates in Mar (+80) |
 * | D | | | 300 | 300 | 300 | new in Jan |
 * | E | 100 | | | 70 | 70 | paid in Sep 2025, reactivates in Feb (+70) |
 * | F | | 100 | 100 | 100 | 0 | churns in Mar (−100) |
 */
export const SERIES: MonthlyMrr[] = [
  { accountId: 1, month: month("2025-12"), mrrMinor: 100 },
  { accountId: 1, month: month("2026-01"), mrrMinor: 100 },
  { accountId: 1, month: month("2026-02"), mrrMinor: 150 },
  { accountId: 1, month: month("2026-03"), mrrMinor: 150 },
  { accountId: 2, month: month("2025-12"), mrrMinor: 200 },
  { accountId: 2, month: month("2026-01"), mrrMinor: 120 },
  { accountId: 2, month: month("2026-02"), mrrMinor: 120 },
  { accountId: 2, month: month("2026-03"), mrrMinor: 120 },
  { accountId: 3, month: month("2025-12"), mrrMinor: 50 },
  { accountId: 3, month: month("2026-03"), mrrMinor: 80 },
  { accountId: 4, month: month("2026-01"), mrrMinor: 300 },
  { accountId: 4, month: month("2026-02"), mrrMinor: 300 },
  { accountId: 4, month: month("2026-03"), mrrMinor: 300 },
  { accountId: 5, month: month("2025-09"), mrrMinor: 100 },
  { accountId: 5, month: month("2026-02"), mrrMinor: 70 },
  { accountId: 5, month: month("2026-03"), mrrMinor: 70 },
  { accountId: 6, month: month("2025-12"), mrrMinor: 100 },
  { accountId: 6, month: month("2026-01"), mrrMinor: 100 },
  { accountId: 6, month: month("2026-02"), mrrMinor: 100 },
];

export { month };
