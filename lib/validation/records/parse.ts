/**
 * Readers for values as people type them and as CRM exports write them: the same rules
 * serve the record forms and the CSV import, so "1 054,50" or "1.3.2017" means one thing
 * everywhere. Each returns null when the text is not a value of its kind.
 */

// Spaces of every kind a spreadsheet uses as a thousands separator: space, no-break, thin.
const GROUP_SPACES = /[\s\u00a0\u202f\u2009']/g;

/**
 * A decimal number in Finnish or English notation: "1 054,50", "1054.50", "1,054.50",
 * "1.054,50", "-3". When both "," and "." appear, the later one is the decimal mark; a lone
 * "," is a decimal mark (Finnish), a lone "." too, unless it groups thousands ("1.054.000").
 */
export function parseDecimal(text: string): number | null {
  let value = text.trim().replace(GROUP_SPACES, "");
  if (!value) return null;
  const comma = value.lastIndexOf(",");
  const dot = value.lastIndexOf(".");
  if (comma >= 0 && dot >= 0) {
    const [group, decimal] = comma > dot ? [".", ","] : [",", "."];
    value = value.split(group).join("").replace(decimal, ".");
  } else if (comma >= 0) {
    if (value.indexOf(",") !== comma) return value.split(",").slice(1).every((part) => part.length === 3) ? parse(value.split(",").join("")) : null;
    value = value.replace(",", ".");
  } else if (dot >= 0 && value.indexOf(".") !== dot) {
    if (!value.split(".").slice(1).every((part) => part.length === 3)) return null;
    value = value.split(".").join("");
  }
  return parse(value);
}

function parse(value: string): number | null {
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(value)) return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

/** A whole number ("1 200", "1200", "1200,0"); null for fractions and non-numbers. */
export function parseWhole(text: string): number | null {
  const number = parseDecimal(text);
  return number !== null && Number.isSafeInteger(number) ? number : null;
}

/** An amount of money in major units ("1 054,50" €) as integer minor units (105450). */
export function parseMoneyMinor(text: string): number | null {
  const amount = parseDecimal(text.replace(/[€$£]|\b(EUR|USD|SEK|NOK|DKK|GBP)\b/gi, ""));
  if (amount === null) return null;
  const minor = Math.round(amount * 100);
  return Number.isSafeInteger(minor) ? minor : null;
}

const pad = (n: number) => String(n).padStart(2, "0");

function calendarDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * A calendar day as YYYY-MM-DD from ISO ("2017-03-01", also with a time after it) or
 * Finnish / European day-first notation ("1.3.2017", "01/03/2017"). US month-first dates
 * are not guessed: "3/1/2017" reads as 3 January.
 */
export function parseDay(text: string): string | null {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
  if (iso) return calendarDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayFirst = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(value);
  if (dayFirst) return calendarDay(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
  return null;
}

/** "Yes" in the ways a form or an export says it (true, 1, yes, kyllä, x); null when unreadable. */
export function parseBoolean(text: string): boolean | null {
  const value = text.trim().toLowerCase();
  if (["true", "1", "yes", "y", "kyllä", "k", "x", "on"].includes(value)) return true;
  if (["false", "0", "no", "n", "ei", "off", ""].includes(value)) return false;
  return null;
}

/**
 * A company's web domain as stored: lower case, without scheme, "www.", path or port, so
 * "https://www.Kuura.fi/yhteystiedot" and "kuura.fi" are recognised as the same company.
 */
export function normalizeDomain(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, "")
    .replace(/^www\./, "")
    .replace(/[/?#:].*$/, "")
    .replace(/\.$/, "");
}

export const DOMAIN_PATTERN = /^(?=.{1,253}$)([a-z0-9\u00c0-\u024f](?:[a-z0-9\u00c0-\u024f-]{0,61}[a-z0-9\u00c0-\u024f])?\.)+[a-z\u00c0-\u024f]{2,63}$/;
