import type { Locale } from "./locales";
import { en, type MessageKey, type Messages } from "./messages/en";
import { fi } from "./messages/fi";

export type { MessageKey, Messages };

export const CATALOGS: Record<Locale, Messages> = { en, fi };

type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/** The parameters a message needs, read from the `{placeholders}` of its English text. */
export type MessageParams<K extends MessageKey> = Record<Placeholders<(typeof en)[K]>, string | number>;

/** Messages that take no parameters, e.g. for an error that names its own message. */
export type PlainMessageKey = {
  [K in MessageKey]: [Placeholders<(typeof en)[K]>] extends [never] ? K : never;
}[MessageKey];

type ParamArgs<K extends MessageKey> = [Placeholders<(typeof en)[K]>] extends [never] ? [] : [params: MessageParams<K>];

export type Translate = <K extends MessageKey>(key: K, ...params: ParamArgs<K>) => string;

export function createTranslator(locale: Locale): Translate {
  const messages = CATALOGS[locale];
  return (key, ...[params]) => interpolate(messages[key], params);
}

function interpolate(template: string, params: Record<string, string | number> | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

/** Whether a text is a catalog key: shared schemas name their messages by key. */
export function isMessageKey(text: string): text is PlainMessageKey {
  return Object.hasOwn(en, text);
}

/** A validation message in the reader's language: a catalog key is translated, zod's own text is kept. */
export function translateIssue(t: Translate, message: string): string {
  return isMessageKey(message) ? t(message) : message;
}
