"use client";

import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatMoney, formatNumber } from "@/lib/i18n/format";
import { AXIS_TICK, GRID_STROKE, TOOLTIP_STYLE } from "./chart-theme";
import { useI18n } from "@/lib/i18n/provider";

export interface SegmentEconomicsPoint {
  label: string;
  /** Minor units; null where the figure cannot be computed (no bar is drawn). */
  ltvMinor: number | null;
  cacMinor: number | null;
  /** LTV:CAC as text, for the tooltip. */
  ratioText: string;
  /** The records behind each bar. */
  ltvHref: string;
  cacHref: string;
}

const HATCH_ID = "segment-economics-cac-hatch";
const LTV_COLOR = "var(--chart-series-1)";
const CAC_COLOR = "var(--chart-series-2)";

/**
 * Powers of ten (in minor units) spanning the values for a log axis with round ticks, starting
 * a decade below the smallest so that its bar stays visible.
 */
function decades(values: number[]): number[] {
  const positive = values.filter((value) => value > 0);
  if (positive.length === 0) return [1, 10];
  const low = Math.floor(Math.log10(Math.min(...positive))) - 1;
  const high = Math.ceil(Math.log10(Math.max(...positive)));
  return Array.from({ length: Math.max(high - low, 1) + 1 }, (_, index) => 10 ** (low + index));
}

// The legend draws its own stripes: it must not depend on the chart having rendered its pattern.
function Swatch({ color, hatched }: { color: string; hatched: boolean }) {
  return (
    <svg viewBox="0 0 14 14" aria-hidden="true" className="h-3.5 w-3.5">
      <rect x="0.5" y="0.5" width="13" height="13" fill={hatched ? "var(--surface)" : color} stroke={color} />
      {hatched && <path d="M0 7L7 0M0 14L14 0M7 14L14 7" stroke={color} strokeWidth="2" />}
    </svg>
  );
}

/**
 * Lifetime value and acquisition cost side by side per segment. The two series differ in
 * pattern and position as well as colour (LTV solid, CAC hatched), so they read without
 * colour and on paper; a bar opens the records behind it.
 */
export function SegmentEconomicsChart({
  data,
  label,
  ltvLabel,
  cacLabel,
  ratioLabel,
  scaleNote,
  currency,
}: {
  data: SegmentEconomicsPoint[];
  label: string;
  ltvLabel: string;
  cacLabel: string;
  ratioLabel: string;
  scaleNote: string;
  currency: string;
}) {
  const { locale, t } = useI18n();
  const router = useRouter();
  const byLabel = new Map(data.map((point) => [point.label, point]));
  const ticks = decades(data.flatMap((point) => [point.ltvMinor ?? 0, point.cacMinor ?? 0]));
  const major = (value: unknown) => (typeof value === "number" ? formatNumber(value / 100, locale) : "");
  const money = (value: unknown) => (typeof value === "number" ? formatMoney(value, currency, locale) : t("common.none"));
  const series = [
    { value: "ltvMinor", name: ltvLabel, color: LTV_COLOR, hatched: false, href: "ltvHref" },
    { value: "cacMinor", name: cacLabel, color: CAC_COLOR, hatched: true, href: "cacHref" },
  ] as const;
  const open = (href: "ltvHref" | "cacHref") => (item: { payload?: unknown }) => {
    const point = item.payload as SegmentEconomicsPoint | undefined;
    if (point) router.push(point[href]);
  };

  return (
    <figure aria-label={label} className="flex w-full flex-col gap-2">
      <div className="h-64 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
            <defs>
              <pattern id={HATCH_ID} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect width="6" height="6" fill="var(--surface)" />
                <line x1="0" y1="0" x2="0" y2="6" stroke={CAC_COLOR} strokeWidth="3" />
              </pattern>
            </defs>
            <CartesianGrid vertical={false} stroke={GRID_STROKE} />
            <XAxis dataKey="label" tick={AXIS_TICK} stroke={GRID_STROKE} />
            {/* Segments differ a hundredfold in size; on a log scale each segment's LTV:CAC still shows as the gap between its bars. */}
            <YAxis
              scale="log"
              domain={[ticks[0]!, ticks[ticks.length - 1]!]}
              ticks={ticks}
              allowDataOverflow
              tick={AXIS_TICK}
              stroke={GRID_STROKE}
              width={80}
              tickFormatter={major}
            />
            <Tooltip
              cursor={{ fill: "var(--surface-muted)" }}
              contentStyle={TOOLTIP_STYLE}
              formatter={(value, name) => [money(value), name]}
              labelFormatter={(segment) => `${segment} · ${ratioLabel} ${byLabel.get(String(segment))?.ratioText ?? t("common.none")}`}
            />
            {series.map(({ value, name, color, hatched, href }) => (
              <Bar
                key={value}
                dataKey={value}
                name={name}
                fill={hatched ? `url(#${HATCH_ID})` : color}
                stroke={color}
                radius={[4, 4, 0, 0]}
                isAnimationActive={false}
                cursor="pointer"
                onClick={open(href)}
              >
                <LabelList dataKey={value} position="top" formatter={major} fill="var(--chart-axis)" fontSize={11} />
              </Bar>
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="flex flex-wrap gap-4 text-xs text-muted-foreground">
        {series.map(({ value, name, color, hatched }) => (
          <span key={value} className="inline-flex items-center gap-1.5">
            <Swatch color={color} hatched={hatched} />
            {name} ({currency})
          </span>
        ))}
        <span>{scaleNote}</span>
      </figcaption>
    </figure>
  );
}
