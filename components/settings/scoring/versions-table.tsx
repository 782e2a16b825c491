import { Badge } from "@/components/ui/badge";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import type { RuleSetVersion } from "@/lib/scoring/settings-data";

/** Every saved version of the rules, newest first; the first is in force. */
export async function VersionsTable({ versions }: { versions: RuleSetVersion[] }) {
  const { t, locale } = await getI18n();
  return (
    <Table caption={t("scoring.versions.title")}>
      <THead>
        <tr>
          <Th>{t("scoring.versions.version")}</Th>
          <Th>{t("scoring.versions.saved")}</Th>
          <Th>{t("scoring.versions.by")}</Th>
          <Th numeric>{t("scoring.versions.fitRules")}</Th>
        </tr>
      </THead>
      <TBody>
        {versions.map((version, index) => (
          <Tr key={version.id}>
            <Td className="tabular-nums">
              {version.version} {index === 0 && <Badge tone="primary">{t("scoring.versions.inForce")}</Badge>}
            </Td>
            <Td>{formatDateTime(version.createdAt, locale)}</Td>
            <Td>{version.savedBy ?? t("scoring.versions.system")}</Td>
            <Td numeric>{formatNumber(version.fitRules, locale)}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
