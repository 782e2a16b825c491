import { normalizeName } from "./normalize";

// Every region code Intl knows, named in the languages a Nordic export is written in.
const NAME_LANGUAGES = ["en", "fi", "sv", "no", "da", "de"];

// Names people and CRMs use that Intl does not give.
const EXTRA: Record<string, string> = {
  usa: "US",
  us: "US",
  unitedstatesofamerica: "US",
  uk: "GB",
  greatbritain: "GB",
  england: "GB",
  britannia: "GB",
  holland: "NL",
  fin: "FI",
  swe: "SE",
  nor: "NO",
  dnk: "DK",
  est: "EE",
  deu: "DE",
  gbr: "GB",
};

let table: Map<string, string> | null = null;

/** A region code as Unicode has it now: "UK" is "GB", East Germany's "DD" is "DE". */
function canonical(code: string): string {
  return Intl.getCanonicalLocales(`und-${code}`)[0]!.slice(4);
}

/**
 * Country names → ISO 3166 alpha-2. A name two codes share is dropped rather than guessed,
 * so only unambiguous names are read.
 */
function countryTable(): Map<string, string> {
  if (table) return table;
  const found = new Map<string, Set<string>>();
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  for (const language of NAME_LANGUAGES) {
    const names = new Intl.DisplayNames([language], { type: "region", fallback: "none" });
    for (const a of letters) {
      for (const b of letters) {
        const code = a + b;
        // Retired codes ("DD", "UK") name the same country as their successor: keep the successor.
        if (canonical(code) !== code) continue;
        const name = names.of(code);
        if (!name || name === code) continue;
        const key = normalizeName(name);
        if (!found.has(key)) found.set(key, new Set());
        found.get(key)!.add(code);
      }
    }
  }
  table = new Map();
  for (const [name, codes] of found) if (codes.size === 1) table.set(name, [...codes][0]!);
  for (const [name, code] of Object.entries(EXTRA)) table.set(name, code);
  return table;
}

/** The ISO code of a country named or coded in a file ("Suomi", "Finland", "fi", "FIN"); the text itself when unknown, for the schema to reject. */
export function countryCode(text: string): string {
  const value = text.trim();
  if (/^[A-Za-z]{2}$/.test(value)) return canonical(value.toUpperCase());
  return countryTable().get(normalizeName(value)) ?? value;
}
