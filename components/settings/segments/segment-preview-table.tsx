"use client";

import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { formatNumber } from "@/lib/i18n/format";
import { useI18n } from "@/lib/i18n/provider";
import type { SegmentAssignment } from "@/lib/metrics/segment-assignment";

export type Preview = { keys: number[]; accounts: SegmentAssignment<number>; leads: SegmentAssignment<number> };

/** Accounts and leads per segment now and under the edited rules, moving in and out; the last row is no segment. */
export function SegmentPreviewTable({ preview, nameOf }: { preview: Preview; nameOf: (key: number | null) => string }) {
  const { t, locale } = useI18n();
  const number = (value: number) => formatNumber(value, locale);
  const leadsOf = new Map(preview.leads.rows.map((row) => [row.segment, row]));
  return (
    <div className="flex flex-col gap-3" data-testid="segment-preview">
      <p className="text-sm font-medium" role="status">
        {t("settingsStructure.preview.summary", { accounts: number(preview.accounts.moved), leads: number(preview.leads.moved) })}
      </p>
      <Table caption={t("settingsStructure.preview.caption")}>
        <THead>
          <tr>
            <Th>{t("settingsStructure.preview.segment")}</Th>
            <Th numeric>{t("settingsStructure.preview.accountsNow")}</Th>
            <Th numeric>{t("settingsStructure.preview.accountsAfter")}</Th>
            <Th numeric>{t("settingsStructure.preview.moveIn")}</Th>
            <Th numeric>{t("settingsStructure.preview.moveOut")}</Th>
            <Th numeric>{t("settingsStructure.preview.leadsNow")}</Th>
            <Th numeric>{t("settingsStructure.preview.leadsAfter")}</Th>
          </tr>
        </THead>
        <TBody>
          {preview.accounts.rows.map((row) => {
            const leads = leadsOf.get(row.segment);
            return (
              <Tr key={row.segment ?? "none"}>
                <Th scope="row">{nameOf(row.segment)}</Th>
                <Td numeric>{number(row.now)}</Td>
                <Td numeric className="font-semibold">
                  {number(row.after)}
                </Td>
                <Td numeric>{number(row.moveIn)}</Td>
                <Td numeric>{number(row.moveOut)}</Td>
                <Td numeric>{number(leads?.now ?? 0)}</Td>
                <Td numeric className="font-semibold">
                  {number(leads?.after ?? 0)}
                </Td>
              </Tr>
            );
          })}
        </TBody>
      </Table>
    </div>
  );
}
