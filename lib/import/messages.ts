import type { importEn } from "@/lib/i18n/messages/import";

/** The catalog keys an import's own row errors are written with. */
export type ImportMessageKey = Extract<keyof typeof importEn, `import.error.${string}`>;
