import Link from "next/link";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import { versionPath } from "@/lib/mql/paths";
import type { MqlVersion } from "@/lib/mql/versions";
import { approvalText } from "./version-history";
import { VersionStatus } from "./version-status";

/** Every version a segment has kept, newest first, each opening in full. */
export function VersionsTable({ versions, caption, t, locale }: { versions: MqlVersion[]; caption: string; t: Translate; locale: Locale }) {
  const when = (date: Date | null) => (date ? formatDateTime(date, locale) : t("common.none"));
  return (
    <Table caption={caption}>
      <THead>
        <tr>
          <Th>{t("settingsMql.column.version")}</Th>
          <Th>{t("settingsMql.column.status")}</Th>
          <Th>{t("settingsMql.history.created")}</Th>
          <Th>{t("settingsMql.history.approval.SALES")}</Th>
          <Th>{t("settingsMql.history.approval.MARKETING")}</Th>
          <Th>{t("settingsMql.history.activated")}</Th>
          <Th>{t("settingsMql.history.superseded")}</Th>
        </tr>
      </THead>
      <TBody>
        {versions.map((version) => (
          <Tr key={version.id}>
            <Th scope="row">
              <Link href={versionPath(version.id)} className="font-medium text-primary hover:underline">
                {t("settingsMql.versionLabel", { version: version.version })}
              </Link>
            </Th>
            <Td>
              <VersionStatus status={version.status} t={t} />
            </Td>
            <Td>{t("settingsMql.createdBy", { name: version.createdBy ?? t("common.none"), date: formatDateTime(version.createdAt, locale) })}</Td>
            <Td>{approvalText(version, "SALES", t, locale)}</Td>
            <Td>{approvalText(version, "MARKETING", t, locale)}</Td>
            <Td>{when(version.activatedAt)}</Td>
            <Td>{when(version.supersededAt)}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
