import { audit } from "@/lib/audit";
import type { Tx } from "@/lib/bowtie/tx";
import { AppError } from "@/lib/errors";
import { comparable } from "@/lib/records/writes/comparable";
import { refuseStaleSettings, sameJson } from "../stale-edit";
import type { SegmentRuleInput } from "./schema";

const RULE_FIELDS = ["key", "nameEn", "nameFi", "priority", "minEmployees", "maxEmployees", "minDealAmountMinor", "maxDealAmountMinor"] as const;
type RuleField = (typeof RULE_FIELDS)[number];
type StoredRule = Record<RuleField, unknown> & { id: number };

export type SavedRules = { created: number[]; updated: number[] };

const pick = (rule: Record<RuleField, unknown>, fields: readonly RuleField[] = RULE_FIELDS) => Object.fromEntries(fields.map((field) => [field, comparable(rule[field])]));

/**
 * Saves the whole rule set as the editor holds it, in the caller's transaction: existing
 * segments updated, new ones created, each audited with the fields it changed. Deleting is an
 * action of its own, so every stored segment must be in the set. The set is compared with the
 * one the page showed (`base`), so a save over another admin's newer rules is refused.
 * Accounts stay where they are until the re-assignment.
 */
export async function saveSegmentRulesIn(tx: Tx, rules: readonly SegmentRuleInput[], base: readonly unknown[], actorId: number | null): Promise<SavedRules> {
  const stored = await tx.$queryRaw<StoredRule[]>`
    SELECT id, key, "nameEn", "nameFi", priority, "minEmployees", "maxEmployees", "minDealAmountMinor", "maxDealAmountMinor"
      FROM "Segment" ORDER BY id FOR UPDATE`;
  const storedById = new Map(stored.map((rule) => [rule.id, rule]));
  const openedById = new Map(
    base.flatMap((rule) => (typeof rule === "object" && rule !== null && typeof (rule as { id?: unknown }).id === "number" ? [[(rule as { id: number }).id, rule as Record<RuleField, unknown>]] : [])),
  );
  const submitted = new Set(rules.flatMap((rule) => rule.id ?? []));
  // A segment created or deleted since the page was opened makes the page's set another one.
  const setChanged = stored.some((rule) => !submitted.has(rule.id)) || [...submitted].some((id) => !storedById.has(id));
  const ids = [...new Set([...storedById.keys(), ...submitted])].map(String);
  const view = (source: Map<number, Record<RuleField, unknown>>) => Object.fromEntries(ids.map((id) => [id, source.has(Number(id)) ? pick(source.get(Number(id))!) : null]));
  await refuseStaleSettings(
    tx,
    { entityKind: "Segment", entityId: ids, stale: setChanged || ids.some((id) => !sameJson(view(openedById)[id], view(storedById)[id])), currentVersion: 0, messageKey: "settingsStructure.segments.conflict" },
    ids,
    { base: view(openedById), theirs: view(storedById), yours: view(new Map(rules.flatMap((rule) => (rule.id === null ? [] : [[rule.id, rule]])))) },
  );
  if (setChanged) throw new AppError("CONFLICT", "the segments were added or deleted since the page was opened", { messageKey: "settingsStructure.segments.conflict" });

  const changes = rules.flatMap((rule) => {
    if (rule.id === null) return [];
    const current = storedById.get(rule.id)!;
    const fields = RULE_FIELDS.filter((field) => !sameJson(current[field], rule[field]));
    return fields.length ? [{ rule, current, fields }] : [];
  });
  // Keys and priorities are unique: clear the old ones of every changed segment first, so two may swap.
  for (const { rule } of changes) {
    await tx.$executeRaw`UPDATE "Segment" SET priority = ${-rule.id!}, key = ${`~${rule.id}`} WHERE id = ${rule.id}`;
  }
  for (const { rule, current, fields } of changes) {
    await tx.segment.update({ where: { id: rule.id! }, data: valuesOf(rule) });
    await audit(tx, { actorId, action: "segment.update", entityKind: "Segment", entityId: rule.id!, before: pick(current, fields), after: pick(rule, fields) });
  }
  const created: number[] = [];
  for (const rule of rules.filter((candidate) => candidate.id === null)) {
    const { id } = await tx.segment.create({ data: valuesOf(rule), select: { id: true } });
    await audit(tx, { actorId, action: "segment.create", entityKind: "Segment", entityId: id, after: pick(rule) });
    created.push(id);
  }
  return { created, updated: changes.map(({ rule }) => rule.id!) };
}

function valuesOf(rule: SegmentRuleInput) {
  return Object.fromEntries(RULE_FIELDS.map((field) => [field, rule[field]])) as Pick<SegmentRuleInput, RuleField>;
}
