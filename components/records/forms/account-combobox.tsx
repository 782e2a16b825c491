"use client";

import { useEffect, useId, useState } from "react";
import { cx } from "@/components/ui/cx";
import { searchAccountsAction } from "@/lib/actions/records/account-search";
import { useI18n } from "@/lib/i18n/provider";
import type { AccountOption } from "@/lib/records/forms/account-search";

const DEBOUNCE_MS = 250;

/**
 * Chooses an account by typing part of its name or domain: matches come from the server as
 * the user types, so the form never loads thousands of accounts. The choice is a hidden
 * `accountId`, as the shared schema reads it.
 */
export function AccountCombobox({
  id,
  initial,
  invalid = false,
  describedBy,
  suggestions = [],
}: {
  id: string;
  initial: AccountOption | null;
  invalid?: boolean;
  describedBy?: string;
  /** Accounts offered before anything is typed, e.g. those matching a lead's company. */
  suggestions?: AccountOption[];
}) {
  const { t } = useI18n();
  const listId = useId();
  const [chosen, setChosen] = useState<AccountOption | null>(initial);
  const [query, setQuery] = useState("");
  const [matches, setMatches] = useState<AccountOption[] | null>(null);
  const [searching, setSearching] = useState(false);

  useEffect(() => {
    if (!query.trim()) return;
    let current = true;
    const timer = setTimeout(async () => {
      setSearching(true);
      const result = await searchAccountsAction(null, { query });
      if (!current) return;
      setSearching(false);
      setMatches(result.ok ? result.data : []);
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query]);

  const others = suggestions.filter((account) => account.id !== chosen?.id);
  return (
        <div className="relative flex flex-col gap-2">
          <input type="hidden" name="accountId" value={chosen?.id ?? ""} />
          {chosen && (
            <p className="flex items-center gap-2 text-sm" data-testid="chosen-account">
              <span className="font-medium">{chosen.name}</span>
              {chosen.domain && <span className="text-muted-foreground">{chosen.domain}</span>}
              <button type="button" className="text-primary underline" onClick={() => setChosen(null)}>
                {t("recordForms.account.clear")}
              </button>
            </p>
          )}
          <input
            id={id}
            type="search"
            role="combobox"
            aria-expanded={matches !== null && query.trim() !== ""}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy}
            placeholder={t("recordForms.account.search")}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            className={cx("h-10 w-full rounded-md border bg-surface px-3 text-sm", invalid ? "border-danger" : "border-border")}
          />
          {query.trim() !== "" && (
            <ul id={listId} role="listbox" aria-label={t("recordForms.account.matches")} className="absolute top-full z-10 mt-1 max-h-60 w-full overflow-auto rounded-md border border-border bg-surface shadow-md">
              {searching && <li className="px-3 py-2 text-sm text-muted-foreground">{t("recordForms.account.searching")}</li>}
              {!searching && matches?.length === 0 && <li className="px-3 py-2 text-sm text-muted-foreground">{t("recordForms.account.noMatch")}</li>}
              {matches?.map((account) => (
                <li
                  key={account.id}
                  role="option"
                  aria-selected={chosen?.id === account.id}
                  tabIndex={0}
                  className="cursor-pointer px-3 py-2 text-sm hover:bg-surface-muted focus:bg-surface-muted"
                  onClick={() => pick(account)}
                  onKeyDown={(event) => (event.key === "Enter" || event.key === " ") && (event.preventDefault(), pick(account))}
                >
                  {account.name}
                  {account.domain && <span className="ml-2 text-muted-foreground">{account.domain}</span>}
                </li>
              ))}
            </ul>
          )}
          {others.length > 0 && query.trim() === "" && (
            <p className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
              {t("recordForms.account.suggested")}
              {others.map((account) => (
                <button key={account.id} type="button" className="text-primary underline" onClick={() => pick(account)}>
                  {account.domain ? `${account.name} (${account.domain})` : account.name}
                </button>
              ))}
            </p>
          )}
        </div>
  );

  function pick(account: AccountOption) {
    setChosen(account);
    setQuery("");
    setMatches(null);
  }
}
