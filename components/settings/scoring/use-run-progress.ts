"use client";

import { useEffect, useState } from "react";
import { isUnderWay, type ScoringRunView } from "@/lib/scoring/run-state";

const POLL_MS = 1_000;

/** Follows the latest scoring run by polling its route while it is under way; `onEnd` hears when it ends. */
export function useRunProgress(initial: ScoringRunView | null, onEnd: () => void): ScoringRunView | null {
  const [run, setRun] = useState(initial);
  const active = run !== null && isUnderWay(run);
  useEffect(() => {
    if (!active) return;
    let stopped = false;
    const timer = setInterval(async () => {
      const response = await fetch("/api/settings/scoring/run", { cache: "no-store" });
      if (stopped || !response.ok) return;
      const next = (await response.json()) as ScoringRunView | null;
      if (stopped) return;
      setRun(next);
      if (next === null || !isUnderWay(next)) {
        stopped = true;
        clearInterval(timer);
        onEnd();
      }
    }, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [active, onEnd]);
  return run;
}
