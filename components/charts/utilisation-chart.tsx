"use client";

import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber, formatPercent } from "@/lib/i18n/format";
import { useI18n } from "@/lib/i18n/provider";

export interface UtilisationPoint {
  key: string;
  label: string;
  /** Monthly inflow ÷ monthly capacity; null where the stage has no known limit. */
  utilisation: number | null;
  inflow: number;
  capacity: number | null;
  bottleneck: boolean;
}

const HATCH = "utilisation-bottleneck-hatch";

/**
 * Each stage's monthly inflow as a share of its capacity, with a line at full capacity.
 * Inflow and capacity differ by orders of magnitude between stages, so their ratio is what
 * compares. Each bar carries its share; the bottleneck is hatched and named above its bar, so
 * it never relies on colour.
 */
export function UtilisationChart({
  data,
  label,
  capacityLine,
  bottleneckLabel,
  inflowLabel,
  capacityLabel,
  noLimitLabel,
}: {
  data: UtilisationPoint[];
  label: string;
  capacityLine: string;
  bottleneckLabel: string;
  inflowLabel: string;
  capacityLabel: string;
  noLimitLabel: string;
}) {
  const { locale } = useI18n();
  const byLabel = new Map(data.map((point) => [point.label, point]));
  const highest = Math.max(1.2, ...data.map((point) => (point.utilisation ?? 0) * 1.15));

  return (
    <figure aria-label={label} className="h-64 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 24, right: 8, bottom: 0, left: 0 }}>
          <defs>
            <pattern id={HATCH} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" fill="var(--health-worse)" />
              <line x1="0" y1="0" x2="0" y2="6" stroke="var(--surface)" strokeWidth="2" />
            </pattern>
          </defs>
          <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
          <XAxis dataKey="label" tick={{ fill: "var(--chart-axis)", fontSize: 12 }} stroke="var(--chart-grid)" />
          <YAxis
            domain={[0, highest]}
            tick={{ fill: "var(--chart-axis)", fontSize: 12 }}
            stroke="var(--chart-grid)"
            tickFormatter={(value: number) => formatPercent(value, locale, 0)}
          />
          <ReferenceLine
            y={1}
            stroke="var(--foreground)"
            strokeDasharray="6 3"
            label={{ value: capacityLine, position: "insideTopRight", fill: "var(--foreground)", fontSize: 12 }}
          />
          <Tooltip
            cursor={{ fill: "var(--surface-muted)" }}
            contentStyle={{ background: "var(--surface)", borderColor: "var(--border)", color: "var(--foreground)", fontSize: 12 }}
            formatter={(_value, _name, item) => {
              const point = byLabel.get(String(item.payload?.label));
              if (!point) return ["", ""];
              const capacity = point.capacity === null ? noLimitLabel : formatNumber(point.capacity, locale);
              const share = point.utilisation === null ? "" : ` (${formatPercent(point.utilisation, locale)})`;
              return [`${inflowLabel} ${formatNumber(point.inflow, locale)} · ${capacityLabel} ${capacity}${share}`, ""];
            }}
          />
          <Bar dataKey="utilisation" isAnimationActive={false} radius={[4, 4, 0, 0]}>
            {data.map((point) => (
              <Cell key={point.key} fill={point.bottleneck ? `url(#${HATCH})` : "var(--chart-series-1)"} />
            ))}
            <LabelList
              dataKey="key"
              position="top"
              fill="var(--foreground)"
              fontSize={12}
              formatter={(key) => {
                const point = data.find((candidate) => candidate.key === key);
                if (!point || point.utilisation === null) return "";
                const share = formatPercent(point.utilisation, locale);
                return point.bottleneck ? `${share} · ${bottleneckLabel}` : share;
              }}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
