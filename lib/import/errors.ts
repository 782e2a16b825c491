import type { ImportMessageKey } from "./messages";

/** An upload refused as a whole, with the catalog key and the values its message names. */
export class ImportRefusal extends Error {
  constructor(
    readonly key: ImportMessageKey,
    readonly params: Record<string, string | number> = {},
  ) {
    super(key);
    this.name = "ImportRefusal";
  }
}
