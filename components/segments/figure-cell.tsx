import { DrillLink } from "@/components/dashboard/drill-link";
import { Td } from "@/components/ui/table";
import type { Translate } from "@/lib/i18n/translator";
import type { EconomicsGap } from "@/lib/metrics/economics-gaps";

/**
 * One segment's figure in a table: the value, linking to the records behind it when there
 * are any, or the "no data" mark with the reason the figure cannot be computed.
 */
export function FigureCell({
  value,
  gap = null,
  href,
  figure,
  segment,
  t,
}: {
  value: string | null;
  gap?: EconomicsGap | null;
  href?: string;
  /** The figure's and the segment's names, for the link's accessible name. */
  figure: string;
  segment: string;
  t: Translate;
}) {
  if (value === null) {
    return (
      <Td numeric>
        <span>{t("common.none")}</span>
        {gap && <span className="block text-xs text-muted-foreground">{t(`segments.gap.${gap}`)}</span>}
      </Td>
    );
  }
  return (
    <Td numeric>
      {href ? (
        <DrillLink href={href} label={t("segments.drillFigure", { figure, segment, value })}>
          {value}
        </DrillLink>
      ) : (
        value
      )}
    </Td>
  );
}
