import { normalizeDomain } from "@/lib/validation/records/parse";
import { normalizeName } from "./mapping/normalize";

/** The records a file's rows may name by text: owners, accounts, campaigns and segments. */
export type ReferenceData = {
  users: { id: number; email: string; name: string }[];
  accounts: { id: number; name: string; domain: string | null; externalId: string | null }[];
  campaigns: { id: number; name: string }[];
  segments: { id: number; key: string; nameEn: string; nameFi: string }[];
};

/** A name two records share: naming it picks neither. */
export const AMBIGUOUS = -1;

export type References = {
  owner: (text: string) => number | null;
  account: (text: string) => number | null;
  campaign: (text: string) => number | null;
  segment: (text: string) => number | null;
};

function index<T>(items: readonly T[], keysOf: (item: T) => (string | null)[], idOf: (item: T) => number): Map<string, number> {
  const map = new Map<string, number>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      if (!key) continue;
      const known = map.get(key);
      map.set(key, known === undefined || known === idOf(item) ? idOf(item) : AMBIGUOUS);
    }
  }
  return map;
}

/**
 * Lookups from the text a CRM export writes to a record id: an owner by email or name (HubSpot
 * writes "Contact owner" as a name, Salesforce an alias or email), an account by its external
 * id, web domain or name, a campaign by name, a segment by key or name in either language.
 * Each returns null when nothing matches and AMBIGUOUS when several do.
 */
export function buildReferences(data: ReferenceData): References {
  const users = index(data.users, (u) => [u.email.toLowerCase(), normalizeName(u.name)], (u) => u.id);
  const byExternal = index(data.accounts, (a) => [a.externalId], (a) => a.id);
  const byDomain = index(data.accounts, (a) => [a.domain], (a) => a.id);
  const byName = index(data.accounts, (a) => [normalizeName(a.name)], (a) => a.id);
  const campaigns = index(data.campaigns, (c) => [normalizeName(c.name)], (c) => c.id);
  const segments = index(data.segments, (s) => [normalizeName(s.key), normalizeName(s.nameEn), normalizeName(s.nameFi)], (s) => s.id);
  return {
    owner: (text) => users.get(text.trim().toLowerCase()) ?? users.get(normalizeName(text)) ?? null,
    account: (text) => {
      const value = text.trim();
      return byExternal.get(value) ?? byDomain.get(normalizeDomain(value)) ?? byName.get(normalizeName(value)) ?? null;
    },
    campaign: (text) => campaigns.get(normalizeName(text)) ?? null,
    segment: (text) => segments.get(normalizeName(text)) ?? null,
  };
}
