// The look every chart shares, from the theme's CSS variables, so charts follow light and
// dark mode like the rest of the page.

export const AXIS_TICK = { fill: "var(--chart-axis)", fontSize: 12 } as const;
export const GRID_STROKE = "var(--chart-grid)";
export const TOOLTIP_STYLE = { background: "var(--surface)", borderColor: "var(--border)", color: "var(--foreground)", fontSize: 12 } as const;
