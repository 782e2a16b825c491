import type { CatalogOf } from "./catalog";

// The sources dashboard's messages, English and Finnish side by side.
export const sourcesEn = {} as const;

export const sourcesFi: CatalogOf<typeof sourcesEn> = {};
