/** Runs `task` once to warm caches, then `runs` times; the times in milliseconds, sorted. */
export async function timeRuns(task: () => Promise<unknown>, runs: number): Promise<number[]> {
  await task();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

/** The nearest-rank percentile of sorted times. */
export function percentile(sorted: number[], share: number): number {
  const rank = Math.max(1, Math.ceil(share * sorted.length));
  return sorted[rank - 1]!;
}
