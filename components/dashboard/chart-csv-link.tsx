import { buttonClasses } from "@/components/ui/button";

/** The CSV of one chart's data, for the same filters (`path` is the dashboard's CSV route); off paper. */
export function ChartCsvLink({ path, query, chart, label }: { path: string; query: string; chart: string; label: string }) {
  const params = new URLSearchParams(query);
  params.set("chart", chart);
  return (
    <a href={`${path}?${params}`} download className={buttonClasses("ghost", "sm", "print:hidden")}>
      {label}
    </a>
  );
}
