"use client";

import { useRouter } from "next/navigation";
import { useCallback } from "react";

/** The colours a retention chart series can take; each is a CSS variable in app/globals.css. */
export type ChartTone = "new" | "expansion" | "reactivation" | "contraction" | "churn" | "total";

/**
 * Diagonal hatching for the given tones, so a decrease differs from an increase by pattern as
 * well as by hue. `prefix` keeps the pattern ids of two charts on one page apart.
 */
export function HatchPatterns({ prefix, tones }: { prefix: string; tones: readonly ChartTone[] }) {
  return (
    <defs>
      {tones.map((tone) => (
        <pattern key={tone} id={`${prefix}-${tone}`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill={`var(--chart-${tone})`} />
          <line x1="0" y1="0" x2="0" y2="6" stroke="var(--surface)" strokeWidth="2" />
        </pattern>
      ))}
    </defs>
  );
}

/** The fill of a tone: its colour, or its hatching when the series is hatched. */
export function toneFill(tone: ChartTone, hatched: boolean | undefined, prefix: string): string {
  return hatched ? `url(#${prefix}-${tone})` : `var(--chart-${tone})`;
}

/** Opens the records behind a chart element; the tables beside each chart hold the same links for the keyboard. */
export function useOpen(): (href: string | undefined) => void {
  const router = useRouter();
  return useCallback((href) => {
    if (href) router.push(href);
  }, [router]);
}

/** Recharts' tooltip box in the page's colours. */
export const TOOLTIP_STYLE = { background: "var(--surface)", borderColor: "var(--border)", color: "var(--foreground)", fontSize: 12 };

/** Recharts' axis ticks in the page's colours. */
export const AXIS_TICK = { fill: "var(--chart-axis)", fontSize: 12 };

/** Legend entries in the text colour: a hatched series has no single colour to write its name in. */
export function legendText(value: string) {
  return <span style={{ color: "var(--foreground)" }}>{value}</span>;
}
