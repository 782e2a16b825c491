"use client";

import { useEffect, useState } from "react";

export type JobProgress = { status: string; processed: number; total: number };

const POLL_MS = 500;

/** Follows an import being applied by polling its progress route until it ends; a reload picks up where it stands. */
export function useJobProgress(jobId: number, initial: JobProgress, onEnd: () => void): JobProgress {
  const [progress, setProgress] = useState(initial);
  const active = progress.status === "APPLYING";
  useEffect(() => {
    if (!active) return;
    let stopped = false;
    const timer = setInterval(async () => {
      const response = await fetch(`/api/import/${jobId}`, { cache: "no-store" });
      if (stopped || !response.ok) return;
      const next = (await response.json()) as JobProgress;
      setProgress(next);
      if (next.status !== "APPLYING") {
        stopped = true;
        clearInterval(timer);
        onEnd();
      }
    }, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [active, jobId, onEnd]);
  return progress;
}
