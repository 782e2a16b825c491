"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatPercent } from "@/lib/i18n/format";
import { useI18n } from "@/lib/i18n/provider";
import { AXIS_TICK, legendText, TOOLTIP_STYLE, useOpen, type ChartTone } from "./chart-tones";

type Marker = "circle" | "square" | "triangle";

export interface RateSeries {
  key: string;
  label: string;
  tone: ChartTone;
  /** Each line has its own marker and dash, so the lines differ without their colours. */
  marker: Marker;
  dashed?: boolean;
}

export interface RateRow {
  key: string;
  label: string;
  /** Ratios per series key; null is "no data" and leaves a gap. */
  values: Record<string, number | null>;
  /** The records behind the row's figures. */
  href?: string;
}

/** Draws a series' marker at a point; recharts calls it for every dot. */
function marker(shape: Marker, colour: string) {
  return function drawMarker({ cx, cy, index }: { cx?: number; cy?: number; index?: number }) {
    const key = `${shape}-${index}`;
    if (cx === undefined || cy === undefined) return <g key={key} />;
    if (shape === "square") return <rect key={key} x={cx - 4} y={cy - 4} width={8} height={8} fill={colour} />;
    if (shape === "triangle") return <path key={key} d={`M${cx},${cy - 5} L${cx + 5},${cy + 4} L${cx - 5},${cy + 4} Z`} fill={colour} />;
    return <circle key={key} cx={cx} cy={cy} r={4} fill={colour} />;
  };
}

/** Ratios over time as lines with distinct markers; clicking a month opens the records behind it. */
export function RateLineChart({ label, series, rows }: { label: string; series: RateSeries[]; rows: RateRow[] }) {
  const { locale } = useI18n();
  const open = useOpen();
  const data = rows.map((row) => ({ label: row.label, ...row.values }));

  return (
    <figure aria-label={label} className="h-64 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart
          data={data}
          margin={{ top: 8, right: 16, bottom: 0, left: 8 }}
          onClick={(state) => open(rows[Number(state.activeTooltipIndex)]?.href)}
          style={{ cursor: rows.some((row) => row.href) ? "pointer" : undefined }}
        >
          <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
          <XAxis dataKey="label" tick={AXIS_TICK} stroke="var(--chart-grid)" />
          <YAxis
            domain={["auto", "auto"]}
            tick={AXIS_TICK}
            stroke="var(--chart-grid)"
            width={56}
            tickFormatter={(value: number) => formatPercent(value, locale)}
          />
          <Tooltip contentStyle={TOOLTIP_STYLE} formatter={(value) => (typeof value === "number" ? formatPercent(value, locale) : "—")} />
          <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} formatter={legendText} />
          {series.map((item) => {
            const colour = `var(--chart-${item.tone})`;
            const dot = marker(item.marker, colour);
            return (
              <Line
                key={item.key}
                dataKey={item.key}
                name={item.label}
                stroke={colour}
                strokeWidth={2}
                strokeDasharray={item.dashed ? "6 4" : undefined}
                legendType={item.marker}
                dot={dot}
                activeDot={dot}
                connectNulls={false}
                isAnimationActive={false}
              />
            );
          })}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
