import { buttonClasses } from "@/components/ui/button";

/**
 * The CSV of one chart's data, for the same filters (`path` is the dashboard's CSV route); off
 * paper. `name`, when the visible label is a bare "CSV", tells a screen reader which chart's.
 */
export function ChartCsvLink({ path, query, chart, label, name }: { path: string; query: string; chart: string; label: string; name?: string }) {
  const params = new URLSearchParams(query);
  params.set("chart", chart);
  return (
    <a href={`${path}?${params}`} download aria-label={name} className={buttonClasses("ghost", "sm", "print:hidden")}>
      {label}
    </a>
  );
}
