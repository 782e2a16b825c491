import { Td } from "@/components/ui/table";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import { AccountsLink } from "./accounts-link";

/** A money figure with the number of accounts making it up beneath, linking to them. */
export function MoneyCell({ amount, count, href, locale, t }: { amount: string; count: number; href: string; locale: Locale; t: Translate }) {
  return (
    <Td numeric>
      <span className="block whitespace-nowrap">{amount}</span>
      <span className="block text-xs">
        <AccountsLink count={count} href={href} locale={locale} t={t} />
      </span>
    </Td>
  );
}
