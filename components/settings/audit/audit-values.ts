import { EntityKind } from "@/generated/prisma/enums";
import { displayValue, fieldLabel } from "@/components/records/detail/record-values";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { isMessageKey, type Translate } from "@/lib/i18n/translator";

/*
 * How an audit entry's stored JSON reads: a field's label and a value in the reader's
 * language. Records (leads, contacts, accounts, deals) read as on their own pages; users and
 * teams by their settings labels; anything else by its field name and a plain rendering.
 */

const RECORD_KINDS = new Set<string>(Object.values(EntityKind));

/** Names for ids the entries hold, looked up once per page. */
export type AuditNames = { teams: Map<number, string> };

const MAX_TEXT = 160;
const MAX_ITEMS = 8;

const clip = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text);
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

export function auditFieldLabel(t: Translate, kind: string, field: string): string {
  const namespace = kind === "USER" ? "settingsPeople.users.field" : kind === "TEAM" ? "settingsPeople.teams.field" : null;
  const key = namespace && `${namespace}.${field}`;
  if (key && isMessageKey(key)) return t(key);
  return fieldLabel(t, field);
}

export function auditValue(t: Translate, locale: Locale, names: AuditNames, kind: string, field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return t("common.none");
  if (RECORD_KINDS.has(kind)) return clip(displayValue(t, locale, kind as EntityKind, field, value));
  const enumKey = field === "role" ? `role.${String(value)}` : field === "function" ? `teamFunction.${String(value)}` : field === "locale" ? `locale.${String(value)}` : "";
  if (enumKey && isMessageKey(enumKey)) return t(enumKey);
  if (field === "teamId" && typeof value === "number") return names.teams.get(value) ?? `#${value}`;
  return plain(t, locale, value);
}

function plain(t: Translate, locale: Locale, value: unknown): string {
  if (typeof value === "boolean") return t(value ? "settingsPeople.audit.yes" : "settingsPeople.audit.no");
  if (typeof value === "number") return formatNumber(value, locale, 6);
  if (typeof value === "string") return ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value)) ? formatDateTime(new Date(value), locale) : clip(value);
  if (Array.isArray(value)) {
    const shown = value.slice(0, MAX_ITEMS).map((item) => plain(t, locale, item));
    const more = value.length - shown.length;
    return clip([...shown, ...(more > 0 ? [t("settingsPeople.audit.moreValues", { count: more })] : [])].join(", "));
  }
  return clip(JSON.stringify(value));
}

/** An entity kind's name, or the kind as stored when the catalog has none (kinds other parts of the app add). */
export function auditKindLabel(t: Translate, kind: string): string {
  const key = `settingsPeople.audit.kind.${kind}`;
  return isMessageKey(key) ? t(key) : kind;
}
