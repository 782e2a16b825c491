import type { CatalogOf } from "./catalog";

// The retention dashboard's messages, English and Finnish side by side.
export const retentionEn = {} as const;

export const retentionFi: CatalogOf<typeof retentionEn> = {};
