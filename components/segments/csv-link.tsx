import { buttonClasses } from "@/components/ui/button";
import type { SegmentsCsvChart } from "@/lib/validation/segments-csv";

/** The CSV of one chart on the segments page, for the page's filters. */
export function CsvLink({ chart, query, label }: { chart: SegmentsCsvChart; query: string; label: string }) {
  const params = new URLSearchParams(query);
  params.set("chart", chart);
  return (
    <div className="flex justify-end print:hidden">
      <a href={`/api/dashboard/segments.csv?${params}`} download className={buttonClasses("secondary", "sm")}>
        {label}
      </a>
    </div>
  );
}
