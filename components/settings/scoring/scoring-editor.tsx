"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { previewScoringAction, saveScoringRulesAction } from "@/app/(app)/settings/scoring/actions";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { useI18n } from "@/lib/i18n/provider";
import type { ScoringPreview } from "@/lib/scoring/preview";
import type { ScoringRules } from "@/lib/scoring/rules";
import { draftErrors, draftInput, toDraft, type Draft } from "./draft";
import { EngagementTable } from "./engagement-table";
import { FitRulesTable } from "./fit-rules-table";
import { PreviewPanel } from "./preview-panel";

type Props = {
  rules: ScoringRules;
  /** The version the page was opened at (0 before any): a save names it, so it cannot overwrite a newer one. */
  version: number;
  industries: string[];
  countries: string[];
};

/**
 * The scoring rules as a draft: fit rules to add, remove and change, engagement points per
 * touchpoint type, and the half-life. Preview shows what the draft would do to the score
 * distributions before anything is saved; saving makes it the next version and starts the
 * recompute, which the page then follows.
 */
export function ScoringEditor({ rules, version, industries, countries }: Props) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const [draft, setDraft] = useState<Draft>(() => toDraft(rules));
  const nextKey = useRef(rules.fitRules.length);
  const [errors, setErrors] = useState<Record<string, string[]> | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [preview, setPreview] = useState<{ of: string; data: ScoringPreview } | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const [pending, startTransition] = useTransition();
  const [running, setRunning] = useState<"preview" | "save" | null>(null);

  const edit = (change: Partial<Draft>) => {
    const next = { ...draft, ...change };
    setDraft(next);
    // Once a field has shown a message, it follows the typing.
    if (errors) setErrors(draftErrors(next, t, locale));
  };

  const submit = (kind: "preview" | "save") => {
    const found = draftErrors(draft, t, locale);
    setErrors(found);
    setSaved(null);
    if (found) {
      setMessage(t("scoring.draft.invalid"));
      return;
    }
    setMessage(null);
    setRunning(kind);
    const input = draftInput(draft);
    startTransition(async () => {
      if (kind === "preview") {
        const outcome = await previewScoringAction(null, { rules: input });
        if (outcome.ok) setPreview({ of: JSON.stringify(input), data: outcome.data });
        else setMessage(outcome.message);
      } else {
        const outcome = await saveScoringRulesAction(null, { rules: input, baseVersion: version });
        if (outcome.ok) {
          setSaved(outcome.data.version);
          setPreview(null);
          router.refresh();
        } else setMessage(outcome.message);
      }
      setRunning(null);
    });
  };

  return (
    <div className="space-y-6">
      <Card>
        <CardHeader title={t("scoring.fit.title")} description={t("scoring.fit.description")} />
        <FitRulesTable
          rules={draft.fitRules}
          errors={errors}
          industries={industries}
          countries={countries}
          onChange={(fitRules) => edit({ fitRules })}
          onAdd={() => edit({ fitRules: [...draft.fitRules, { key: nextKey.current++, attribute: "INDUSTRY", value: "", minEmployees: "", maxEmployees: "", points: "10" }] })}
        />
      </Card>
      <Card>
        <CardHeader title={t("scoring.engagement.title")} description={t("scoring.engagement.description")} />
        <EngagementTable
          points={draft.engagementPoints}
          halfLifeDays={draft.halfLifeDays}
          errors={errors}
          onPoints={(engagementPoints) => edit({ engagementPoints })}
          onHalfLife={(halfLifeDays) => edit({ halfLifeDays })}
        />
      </Card>
      <Card>
        <div className="flex flex-wrap items-center gap-3 px-5 py-4">
          <Button variant="secondary" onClick={() => submit("preview")} disabled={pending}>
            {running === "preview" ? t("scoring.previewing") : t("scoring.preview")}
          </Button>
          <Button onClick={() => submit("save")} disabled={pending}>
            {running === "save" ? t("scoring.saving") : t("scoring.save")}
          </Button>
          {message && (
            <p role="status" className="text-sm text-danger">
              {message}
            </p>
          )}
          {saved !== null && (
            <p role="status" className="text-sm font-medium" data-testid="scoring-saved">
              {t("scoring.result.saved", { version: saved })}
            </p>
          )}
        </div>
        {preview && <PreviewPanel preview={preview.data} stale={preview.of !== JSON.stringify(draftInput(draft))} />}
      </Card>
    </div>
  );
}
