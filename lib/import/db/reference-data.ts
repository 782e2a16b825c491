import type { ImportKind } from "../kinds";
import type { ReferenceData } from "../references";
import type { Sql } from "./client";

/**
 * The records rows may refer to by text. Only what a kind can name is read: accounts for
 * contacts and deals, campaigns for leads, segments for leads and accounts.
 */
export async function loadReferenceData(sql: Sql, kind: ImportKind): Promise<ReferenceData> {
  const [users, accounts, campaigns, segments] = await Promise.all([
    sql.$queryRawUnsafe<ReferenceData["users"]>(`SELECT id, email, name FROM "User" WHERE active`),
    kind === "CONTACT" || kind === "DEAL"
      ? sql.$queryRawUnsafe<ReferenceData["accounts"]>(`SELECT id, name, domain, "externalId" FROM "Account"`)
      : [],
    kind === "LEAD" ? sql.$queryRawUnsafe<ReferenceData["campaigns"]>(`SELECT id, name FROM "Campaign"`) : [],
    kind === "LEAD" || kind === "ACCOUNT"
      ? sql.$queryRawUnsafe<ReferenceData["segments"]>(`SELECT id, key, "nameEn", "nameFi" FROM "Segment"`)
      : [],
  ]);
  return { users, accounts, campaigns, segments };
}
