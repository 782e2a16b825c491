/** Another language's texts for a set of English messages: the same keys, each with its own text. */
export type CatalogOf<T> = { readonly [K in keyof T]: string };
