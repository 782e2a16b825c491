import type { CatalogOf } from "./catalog";

// The segments dashboard's messages, English and Finnish side by side.
export const segmentsEn = {} as const;

export const segmentsFi: CatalogOf<typeof segmentsEn> = {};
