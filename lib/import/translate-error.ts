import { isMessageKey, type MessageKey, type Translate } from "@/lib/i18n/translator";

/** A row error's reason in the reader's language: a catalog key with its values, or zod's own text as it came. */
export function translateReason(t: Translate, message: string, params?: Record<string, string | number>): string {
  if (!isMessageKey(message)) return message;
  return (t as (key: MessageKey, params?: Record<string, string | number>) => string)(message, params);
}
