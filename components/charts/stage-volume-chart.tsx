"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { AXIS_TICK, GRID_STROKE, TOOLTIP_STYLE } from "./chart-theme";
import { formatNumber, formatPercent } from "@/lib/i18n/format";
import { useI18n } from "@/lib/i18n/provider";

export interface StageVolumePoint {
  key: string;
  label: string;
  volume: number;
  /** Conversion to the next stage; null where there is none or no data. */
  conversion: number | null;
}

/**
 * Volume per stage as bars, with the conversion to the next stage in the tooltip. Colours
 * are CSS variables, so the chart follows the theme and dark mode like the rest of the page.
 */
export function StageVolumeChart({
  data,
  label,
  volumeLabel,
  conversionLabel,
}: {
  data: StageVolumePoint[];
  label: string;
  volumeLabel: string;
  conversionLabel: string;
}) {
  const { locale, t } = useI18n();
  const byLabel = new Map(data.map((point) => [point.label, point]));

  return (
    <figure aria-label={label} className="h-64 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid vertical={false} stroke={GRID_STROKE} />
          <XAxis dataKey="label" tick={AXIS_TICK} stroke={GRID_STROKE} />
          <YAxis
            allowDecimals={false}
            tick={AXIS_TICK}
            stroke={GRID_STROKE}
            tickFormatter={(value: number) => formatNumber(value, locale)}
          />
          <Tooltip
            cursor={{ fill: "var(--surface-muted)" }}
            contentStyle={TOOLTIP_STYLE}
            formatter={(value, _name, item) => {
              const point = byLabel.get(String(item.payload?.label));
              const volume = typeof value === "number" ? formatNumber(value, locale) : String(value);
              const conversion = point?.conversion == null ? t("common.none") : formatPercent(point.conversion, locale);
              return [`${volume} · ${conversionLabel} ${conversion}`, volumeLabel];
            }}
          />
          <Bar dataKey="volume" name={volumeLabel} fill="var(--chart-series-1)" radius={[4, 4, 0, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
