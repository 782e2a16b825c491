import { buttonClasses } from "@/components/ui/button";

/** The download of one chart's figures, under the chart; controls stay off paper. */
export function ChartCsvLink({ query, chart, label }: { query: string; chart: string; label: string }) {
  const params = new URLSearchParams(query);
  params.set("chart", chart);
  return (
    <p className="flex justify-end print:hidden">
      <a href={`/api/dashboard/sources.csv?${params}`} download className={buttonClasses("ghost", "sm")}>
        {label}
      </a>
    </p>
  );
}
