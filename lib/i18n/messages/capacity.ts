import type { CatalogOf } from "./catalog";

// The capacity dashboard's messages, English and Finnish side by side.
export const capacityEn = {} as const;

export const capacityFi: CatalogOf<typeof capacityEn> = {};
