import { describe, expect, it } from "vitest";
import { migrationChecksum } from "@/lib/db/checksum";

describe("migrationChecksum", () => {
  it.each([
    ["hello", "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"],
    ["", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],
    // UTF-8 bytes, as the file is read
    ["ä", "33e6d73fee82904c8d7afb78de1154d1e8dc2a0edb08120e63df5b9385c2d9cc"],
  ])("%j → Prisma's SHA-256 hex", (sql, expected) => {
    expect(migrationChecksum(sql)).toBe(expected);
  });
});
