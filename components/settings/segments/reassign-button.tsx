"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { formatNumber } from "@/lib/i18n/format";
import { useI18n } from "@/lib/i18n/provider";
import { reassignSegmentsAction } from "@/lib/settings/segments/actions";
import { SaveMessage } from "../stages/settings-fields";

/** Runs the re-assignment after a confirmation that says how much will move. */
export function ReassignButton({ accounts, leads }: { accounts: number; leads: number }) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ error?: string; success?: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const counts = { accounts: formatNumber(accounts, locale), leads: formatNumber(leads, locale) };

  function run() {
    startTransition(async () => {
      const result = await reassignSegmentsAction(null, {});
      setConfirming(false);
      if (!result.ok) return setMessage({ error: result.message });
      setMessage({ success: t("settingsStructure.reassign.done", { accounts: formatNumber(result.data.accounts, locale), leads: formatNumber(result.data.leads, locale) }) });
      router.refresh();
    });
  }

  return (
    <div className="flex flex-col gap-2">
      {confirming ? (
        <div role="group" aria-label={t("settingsStructure.reassign.confirm", counts)} className="flex flex-wrap items-center gap-3">
          <span className="text-sm">{t("settingsStructure.reassign.confirm", counts)}</span>
          <Button onClick={run} disabled={pending}>
            {pending ? t("settingsStructure.reassign.running") : t("settingsStructure.reassign.confirmRun")}
          </Button>
          <Button variant="secondary" onClick={() => setConfirming(false)} disabled={pending}>
            {t("settingsStructure.cancel")}
          </Button>
        </div>
      ) : (
        <div>
          <Button onClick={() => (setMessage(null), setConfirming(true))} disabled={accounts + leads === 0}>
            {t("settingsStructure.reassign.run")}
          </Button>
        </div>
      )}
      <SaveMessage error={message?.error} success={message?.success} />
    </div>
  );
}
