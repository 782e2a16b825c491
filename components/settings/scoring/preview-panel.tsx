"use client";

import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { formatDateTime, formatNumber, formatPercent } from "@/lib/i18n/format";
import { useI18n } from "@/lib/i18n/provider";
import type { ScoreComparison, ScoringPreview } from "@/lib/scoring/preview";

/** The draft's fit and engagement distributions by score band next to the stored ones, with means and how many leads change. */
export function PreviewPanel({ preview, stale }: { preview: ScoringPreview; stale: boolean }) {
  const { t, locale } = useI18n();
  return (
    <div className="border-t border-border" data-testid="scoring-preview">
      <div className="px-5 pt-4">
        <h3 className="text-sm font-semibold">{t("scoring.preview.title")}</h3>
        <p className="text-sm text-muted-foreground">{t("scoring.preview.asOf", { leads: formatNumber(preview.leads, locale), time: formatDateTime(new Date(preview.asOf), locale) })}</p>
        {stale && <p className="text-sm text-danger">{t("scoring.preview.stale")}</p>}
      </div>
      <div className="grid gap-4 py-2 lg:grid-cols-2">
        <Comparison caption={t("scoring.preview.fit")} comparison={preview.fit} />
        <Comparison caption={t("scoring.preview.engagement")} comparison={preview.engagement} />
      </div>
    </div>
  );
}

function Comparison({ caption, comparison }: { caption: string; comparison: ScoreComparison }) {
  const { t, locale } = useI18n();
  const cell = (leads: number, share: number | null) => `${formatNumber(leads, locale)}${share === null ? "" : ` (${formatPercent(share, locale, 0)})`}`;
  const mean = (value: number | null) => (value === null ? "–" : formatNumber(value, locale, 1));
  return (
    <div>
      <h4 className="px-5 pt-2 text-sm font-medium">{caption}</h4>
      <Table caption={caption}>
        <THead>
          <tr>
            <Th>{t("scoring.preview.band")}</Th>
            <Th numeric>{t("scoring.preview.now")}</Th>
            <Th numeric>{t("scoring.preview.draft")}</Th>
          </tr>
        </THead>
        <TBody>
          {comparison.now.map((band, index) => {
            const draft = comparison.draft[index]!;
            return (
              <Tr key={band.from}>
                <Th scope="row" className="font-normal normal-case tabular-nums">{`${band.from}–${band.to}`}</Th>
                <Td numeric>{cell(band.leads, band.share)}</Td>
                <Td numeric>{cell(draft.leads, draft.share)}</Td>
              </Tr>
            );
          })}
          <Tr>
            <Th scope="row" className="font-normal normal-case">
              {t("scoring.preview.mean")}
            </Th>
            <Td numeric>{mean(comparison.meanNow)}</Td>
            <Td numeric>{mean(comparison.meanDraft)}</Td>
          </Tr>
          <Tr>
            <Th scope="row" className="font-normal normal-case">
              {t("scoring.preview.changed")}
            </Th>
            <Td numeric colSpan={2}>
              {formatNumber(comparison.changed, locale)}
            </Td>
          </Tr>
        </TBody>
      </Table>
    </div>
  );
}
