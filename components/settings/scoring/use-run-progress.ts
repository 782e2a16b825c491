"use client";

import { useEffect, useState } from "react";
import { isUnderWay, type ScoringRunView } from "@/lib/scoring/run-state";

const POLL_MS = 1_000;

/**
 * Follows the latest scoring run by polling its route while it is under way; `onEnd` hears
 * when it ends. Each poll waits for the last answer: a server busy with a million leads may
 * answer slower than the interval, and polls must not pile up on it.
 */
export function useRunProgress(initial: ScoringRunView | null, onEnd: () => void): ScoringRunView | null {
  const [run, setRun] = useState(initial);
  const active = run !== null && isUnderWay(run);
  useEffect(() => {
    if (!active) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const poll = async () => {
      const response = await fetch("/api/settings/scoring/run", { cache: "no-store" }).catch(() => null);
      if (stopped) return;
      const next = response?.ok ? ((await response.json()) as ScoringRunView | null) : undefined;
      if (stopped) return;
      if (next !== undefined) setRun(next);
      if (next === null || (next !== undefined && !isUnderWay(next))) onEnd();
      else timer = setTimeout(poll, POLL_MS);
    };
    timer = setTimeout(poll, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [active, onEnd]);
  return run;
}
