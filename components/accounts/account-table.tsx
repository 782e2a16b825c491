import { StageBadge } from "@/components/bowtie/stage-badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { RecentAccount } from "@/lib/data/accounts";
import { formatDay } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";

export async function AccountTable({ accounts }: { accounts: RecentAccount[] }) {
  const { t, locale } = await getI18n();
  if (accounts.length === 0) return <EmptyState message={t("common.empty")} />;
  return (
    <Table caption={t("accounts.title")}>
      <THead>
        <tr>
          <Th>{t("accounts.name")}</Th>
          <Th>{t("accounts.industry")}</Th>
          <Th>{t("accounts.country")}</Th>
          <Th>{t("accounts.segment")}</Th>
          <Th>{t("accounts.tier")}</Th>
          <Th>{t("accounts.stage")}</Th>
          <Th>{t("accounts.owner")}</Th>
          <Th>{t("accounts.created")}</Th>
        </tr>
      </THead>
      <TBody>
        {accounts.map((account) => (
          <Tr key={account.id}>
            <Td className="font-medium">{account.name}</Td>
            <Td>{account.industry}</Td>
            <Td>{account.country}</Td>
            <Td>{account.segment ? (locale === "fi" ? account.segment.nameFi : account.segment.nameEn) : t("common.none")}</Td>
            <Td>{account.tier ? t(`tier.${account.tier}`) : t("common.none")}</Td>
            <Td>
              <StageBadge stage={account.stage} label={t(`stage.${account.stage}`)} />
            </Td>
            <Td className="text-muted-foreground">{account.owner?.name ?? t("common.unassigned")}</Td>
            <Td className="whitespace-nowrap text-muted-foreground">{formatDay(account.createdAt, locale)}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
