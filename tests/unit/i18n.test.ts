import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatDay, formatMoney, formatNumber, formatPercent } from "@/lib/i18n/format";
import { LOCALES } from "@/lib/i18n/locales";
import { en } from "@/lib/i18n/messages/en";
import { fi } from "@/lib/i18n/messages/fi";
import { formatRange } from "@/lib/i18n/range";
import { CATALOGS, createTranslator } from "@/lib/i18n/translator";

// What Intl (ICU) puts between digit groups and before a unit in Finnish: a no-break space.
const NBSP = "\u00a0";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe("catalogs", () => {
  it("fi has exactly the keys of en", () => {
    expect(Object.keys(fi).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(LOCALES)("%s has no empty messages", (locale) => {
    const empty = Object.entries(CATALOGS[locale]).filter(([, text]) => text.trim() === "");
    expect(empty).toEqual([]);
  });

  it("fi uses the same placeholders as en in every message", () => {
    const mismatched = Object.keys(en).filter(
      (key) => placeholders(en[key as keyof typeof en]).join() !== placeholders(fi[key as keyof typeof fi]).join(),
    );
    expect(mismatched).toEqual([]);
  });
});

describe("translator", () => {
  it("fills placeholders", () => {
    expect(createTranslator("en")("common.recentCount", { count: 50 })).toBe("The 50 most recent.");
    expect(createTranslator("fi")("common.recentCount", { count: 50 })).toBe("50 viimeisintä.");
  });

  it("translates by locale", () => {
    expect(createTranslator("en")("nav.accounts")).toBe("Accounts");
    expect(createTranslator("fi")("nav.accounts")).toBe("Yritykset");
  });
});

describe("formatMoney", () => {
  it.each([
    [105450, "EUR", "fi", `1${NBSP}054,50${NBSP}€`],
    [105450, "EUR", "en", "€1,054.50"],
    [0, "EUR", "fi", `0,00${NBSP}€`],
    [-2500, "EUR", "en", "-€25.00"],
    [123456789, "EUR", "fi", `1${NBSP}234${NBSP}567,89${NBSP}€`],
    [99900, "SEK", "en", `SEK${NBSP}999.00`],
    // Yen has no minor unit: 1054 is ¥1,054, not ¥10.54.
    [1054, "JPY", "en", "JP¥1,054"],
  ] as const)("%d %s in %s → %s", (amountMinor, currency, locale, expected) => {
    expect(formatMoney(amountMinor, currency, locale)).toBe(expected);
  });
});

describe("formatNumber and formatPercent", () => {
  it.each([
    [1234567, "fi", `1${NBSP}234${NBSP}567`],
    [1234567, "en", "1,234,567"],
    [0, "fi", "0"],
  ] as const)("number %d in %s → %s", (value, locale, expected) => {
    expect(formatNumber(value, locale)).toBe(expected);
  });

  it("rounds to the requested fraction digits", () => {
    expect(formatNumber(2.345, "fi", 2)).toBe("2,35");
  });

  it.each([
    [0.125, "fi", `12,5${NBSP}%`],
    [0.125, "en", "12.5%"],
    [1, "fi", `100${NBSP}%`],
    [0.0004, "en", "0%"],
  ] as const)("percent %d in %s → %s", (ratio, locale, expected) => {
    expect(formatPercent(ratio, locale)).toBe(expected);
  });
});

describe("dates", () => {
  it.each([
    ["2026-11-22", "fi", "22.11.2026"],
    ["2026-11-22", "en", "22 Nov 2026"],
    ["2026-01-05", "fi", "5.1.2026"],
  ] as const)("calendar date %s in %s → %s", (isoDate, locale, expected) => {
    expect(formatDate(new Date(isoDate), locale)).toBe(expected);
  });

  it("shows an instant on the day it was in Finland", () => {
    // 23:30 UTC on 5 January is 01:30 on 6 January in Helsinki (UTC+2).
    const instant = new Date("2026-01-05T23:30:00Z");
    expect(formatDay(instant, "fi")).toBe("6.1.2026");
    expect(formatDay(instant, "en")).toBe("6 Jan 2026");
  });

  it.each([
    ["fi", "6.1.2026 klo 1.30"],
    ["en", "6 Jan 2026, 01:30"],
  ] as const)("date and time in %s → %s", (locale, expected) => {
    expect(formatDateTime(new Date("2026-01-05T23:30:00Z"), locale)).toBe(expected);
  });
});

describe("formatRange", () => {
  const t = createTranslator("en");
  const plain = (value: number) => String(value);

  it.each([
    [10, 49, "10–49"],
    [250, null, "250 or more"],
    [null, 9, "up to 9"],
    [null, null, "Any"],
    [0, 0, "0–0"],
  ] as const)("%s..%s → %s", (min, max, expected) => {
    expect(formatRange(min, max, plain, t)).toBe(expected);
  });
});
