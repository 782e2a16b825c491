import { DrillLink } from "@/components/dashboard/drill-link";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";

/** "12 accounts" (or just "12" where the column says what is counted), linking to the list of exactly those accounts. */
export function AccountsLink({ count, href, locale, t, bare }: { count: number; href: string; locale: Locale; t: Translate; bare?: boolean }) {
  const text = count === 1 ? t("retention.accountsOne") : t("retention.accounts", { count: formatNumber(count, locale) });
  return (
    <span className="whitespace-nowrap tabular-nums">
      <DrillLink href={href} label={bare ? text : undefined}>
        {bare ? formatNumber(count, locale) : text}
      </DrillLink>
    </span>
  );
}
