"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { useI18n } from "@/lib/i18n/provider";
import { translateIssue } from "@/lib/i18n/translator";
import { previewSegmentRulesAction, saveSegmentRulesAction } from "@/lib/settings/segments/actions";
import { previewSegmentRulesSchema, saveSegmentRulesSchema, type SegmentRuleInput } from "@/lib/settings/segments/schema";
import { SaveMessage } from "../stages/settings-fields";
import { StaleNotice } from "../stages/stale-notice";
import { useSettingsSave } from "../stages/use-settings-save";
import { DeleteSegmentButton } from "./delete-segment-button";
import { segmentConflictView } from "./segment-conflict";
import { SegmentPreviewTable, type Preview } from "./segment-preview-table";

/** A rule as the editor holds it: every bound as typed (deal sizes in euros), blank for open. */
export type RuleDraft = {
  uid: string;
  id: number | null;
  key: string;
  nameEn: string;
  nameFi: string;
  minEmployees: string;
  maxEmployees: string;
  minDealAmountMinor: string;
  maxDealAmountMinor: string;
};

type Field = Exclude<keyof RuleDraft, "uid" | "id">;
const BOUNDS = [
  ["employees", "minEmployees", "maxEmployees"],
  ["dealSize", "minDealAmountMinor", "maxDealAmountMinor"],
] as const;
const INPUT = "h-9 w-full rounded-md border bg-surface px-2 text-sm text-foreground";

/** What the server receives: the rules with priorities from their order (1 first). */
export function toRuleInput(drafts: readonly RuleDraft[]) {
  return drafts.map(({ uid: _uid, ...rule }, index) => ({ ...rule, priority: index + 1 }));
}

/**
 * The segment rules as one editable set: reorder, add, change bounds and names, preview what
 * the edited set would do to today's accounts and leads, then save it. Deleting a saved
 * segment is its own action, refused while anything still names the segment.
 */
export function SegmentRulesEditor({ initial, stored }: { initial: RuleDraft[]; stored: SegmentRuleInput[] }) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const [rows, setRows] = useState(initial);
  // The saved rules as stored, which a save is checked against.
  const [base, setBase] = useState(stored);
  const [preview, setPreview] = useState<{ data: Preview; snapshot: string } | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [previewing, startPreview] = useTransition();
  const { save, validate, pending, errors, error, success, conflict } = useSettingsSave(saveSegmentRulesAction, saveSegmentRulesSchema);
  const stale = conflict && segmentConflictView(conflict, t, locale);
  const [deleted, setDeleted] = useState<string | null>(null);
  const snapshot = JSON.stringify(toRuleInput(rows));

  const update = (uid: string, field: Field, value: string) => setRows((current) => current.map((row) => (row.uid === uid ? { ...row, [field]: value } : row)));
  const move = (index: number, by: -1 | 1) =>
    setRows((current) => {
      const next = [...current];
      [next[index], next[index + by]] = [next[index + by]!, next[index]!];
      return next;
    });
  const add = () =>
    setRows((current) => [...current, { uid: crypto.randomUUID(), id: null, key: "", nameEn: "", nameFi: "", minEmployees: "", maxEmployees: "", minDealAmountMinor: "", maxDealAmountMinor: "" }]);

  function runPreview() {
    setPreviewError(null);
    if (!validate({ rules: toRuleInput(rows), base } as never)) return;
    const sent = snapshot;
    startPreview(async () => {
      const result = await previewSegmentRulesAction(null, { rules: toRuleInput(rows) });
      if (result.ok) setPreview({ data: result.data, snapshot: sent });
      else setPreviewError([result.message, ...Object.values(result.fieldErrors ?? {}).flat().map((message) => translateIssue(t, message))].join(" "));
    });
  }

  async function saveRules(against: readonly SegmentRuleInput[] = base) {
    const sent = toRuleInput(rows);
    await save({ rules: sent, base: against } as never, (data: { created: number[] }) => {
      // New segments get their ids in priority order, as the server created them.
      const created = [...data.created];
      const saved = rows.map((row) => (row.id === null ? { ...row, id: created.shift() ?? null } : row));
      setRows(saved);
      setBase(previewSegmentRulesSchema.parse({ rules: toRuleInput(saved) }).rules);
      router.refresh();
      return t("settingsStructure.segments.savedRules");
    });
  }

  // Knowingly over someone else's values: their rules become what this save is checked against.
  function saveMine() {
    if (!conflict) return;
    const theirs = new Map(conflict.fields.map((field) => [Number(field.field), field.theirs as Partial<SegmentRuleInput> | null]));
    const against = base.map((rule) => (rule.id !== null && theirs.get(rule.id) ? { ...rule, ...theirs.get(rule.id) } : rule));
    setBase(against);
    void saveRules(against);
  }

  const nameOf = (key: number | null) => {
    if (key === null) return t("settingsStructure.preview.noSegment");
    const index = preview?.data.keys.indexOf(key) ?? -1;
    const rule = index >= 0 ? toRuleInput(rows)[index] : undefined;
    return rule ? (locale === "fi" ? rule.nameFi : rule.nameEn) || rule.key || t("settingsStructure.segments.new") : `#${key}`;
  };
  const fieldErrors = (index: number, field: string) => errors[`rules.${index}.${field}`];
  const label = (row: number, field: string) => t("settingsStructure.segments.fieldLabel", { field, row });

  return (
    <div className="flex flex-col gap-4 p-5">
      <Table caption={t("settingsStructure.segments.caption")}>
        <THead>
          <tr>
            <Th>{t("settingsStructure.segments.priority")}</Th>
            <Th>{t("settingsStructure.segments.key")}</Th>
            <Th>{t("settingsStructure.segments.nameEn")}</Th>
            <Th>{t("settingsStructure.segments.nameFi")}</Th>
            <Th>{t("settingsStructure.segments.employees")}</Th>
            <Th>{t("settingsStructure.segments.dealSize")}</Th>
            <Th>
              <span className="sr-only">{t("settingsStructure.segments.delete")}</span>
            </Th>
          </tr>
        </THead>
        <TBody>
          {rows.map((row, index) => {
            const position = index + 1;
            const input = (field: Field, heading: string, className?: string) => {
              const messages = fieldErrors(index, field);
              return (
                <div className={cx("flex flex-col gap-1", className)}>
                  <input
                    aria-label={label(position, heading)}
                    aria-invalid={Boolean(messages?.length) || undefined}
                    value={row[field]}
                    onChange={(event) => update(row.uid, field, event.target.value)}
                    className={cx(INPUT, messages?.length ? "border-danger" : "border-border")}
                  />
                  {messages?.length ? <span className="text-xs text-danger">{messages.join(" ")}</span> : null}
                </div>
              );
            };
            return (
              <Tr key={row.uid}>
                <Td>
                  <div className="flex items-center gap-1">
                    <span className="w-5 text-right tabular-nums">{position}</span>
                    <Button variant="ghost" size="sm" aria-label={t("settingsStructure.segments.moveUp", { row: position })} disabled={index === 0} onClick={() => move(index, -1)}>
                      ↑
                    </Button>
                    <Button variant="ghost" size="sm" aria-label={t("settingsStructure.segments.moveDown", { row: position })} disabled={index === rows.length - 1} onClick={() => move(index, 1)}>
                      ↓
                    </Button>
                  </div>
                </Td>
                <Td className="min-w-32">{input("key", t("settingsStructure.segments.key"))}</Td>
                <Td className="min-w-36">{input("nameEn", t("settingsStructure.segments.nameEn"))}</Td>
                <Td className="min-w-36">{input("nameFi", t("settingsStructure.segments.nameFi"))}</Td>
                {BOUNDS.map(([heading, min, max]) => (
                  <Td key={heading} className="min-w-52">
                    <div className="grid grid-cols-2 gap-2">
                      {input(min, `${t(`settingsStructure.segments.${heading}`)} ${t("settingsStructure.segments.min")}`)}
                      {input(max, `${t(`settingsStructure.segments.${heading}`)} ${t("settingsStructure.segments.max")}`)}
                    </div>
                  </Td>
                ))}
                <Td>
                  {row.id === null ? (
                    <Button variant="ghost" size="sm" aria-label={t("settingsStructure.segments.remove", { row: position })} onClick={() => setRows((current) => current.filter((candidate) => candidate.uid !== row.uid))}>
                      ✕
                    </Button>
                  ) : (
                    <DeleteSegmentButton
                      id={row.id}
                      name={(locale === "fi" ? row.nameFi : row.nameEn) || row.key}
                      onDeleted={() => {
                        setRows((current) => current.filter((candidate) => candidate.uid !== row.uid));
                        setBase((current) => current.filter((rule) => rule.id !== row.id));
                        setDeleted(t("settingsStructure.segments.deleted"));
                        router.refresh();
                      }}
                    />
                  )}
                </Td>
              </Tr>
            );
          })}
        </TBody>
      </Table>
      {errors.rules?.length ? <p className="text-sm text-danger">{errors.rules.join(" ")}</p> : null}
      <div className="flex flex-wrap gap-3">
        <Button variant="secondary" onClick={add}>
          {t("settingsStructure.segments.add")}
        </Button>
        <Button variant="secondary" onClick={runPreview} disabled={previewing}>
          {previewing ? t("settingsStructure.segments.previewing") : t("settingsStructure.segments.preview")}
        </Button>
        <Button onClick={() => void saveRules()} disabled={pending}>
          {pending ? t("settingsStructure.saving") : t("settingsStructure.segments.saveRules")}
        </Button>
      </div>
      {stale && <StaleNotice conflict={stale.conflict} label={stale.label} describe={stale.describe} pending={pending} onSaveMine={stale.canSaveMine ? saveMine : undefined} />}
      <SaveMessage error={stale ? previewError : (error ?? previewError)} success={success ?? deleted} />
      {preview && (
        <section aria-label={t("settingsStructure.preview.title")} className="flex flex-col gap-2">
          <h3 className="text-sm font-semibold">{t("settingsStructure.preview.title")}</h3>
          {preview.snapshot !== snapshot && <p className="text-sm text-muted-foreground">{t("settingsStructure.preview.stale")}</p>}
          <SegmentPreviewTable preview={preview.data} nameOf={nameOf} />
        </section>
      )}
    </div>
  );
}
