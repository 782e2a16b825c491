import { describe, expect, it } from "vitest";
import { normalizeDomain, parseBoolean, parseDay, parseDecimal, parseMoneyMinor, parseWhole } from "@/lib/validation/records/parse";

describe("parseDecimal", () => {
  it.each([
    ["1 054,50", 1054.5],
    ["1\u00a0054,50", 1054.5],
    ["1\u202f054,50", 1054.5],
    ["1054.50", 1054.5],
    ["1,054.50", 1054.5],
    ["1.054,50", 1054.5],
    ["1.054.000", 1054000],
    ["1,054,000", 1054000],
    ["-3", -3],
    ["0,5", 0.5],
    [" 42 ", 42],
  ])("reads %j as %d", (text, expected) => {
    expect(parseDecimal(text)).toBe(expected);
  });

  it.each(["", "abc", "1,2,3", "1.2.3", "12e3", "1-2", "--1"])("refuses %j", (text) => {
    expect(parseDecimal(text)).toBeNull();
  });
});

describe("parseWhole and parseMoneyMinor", () => {
  it("reads whole numbers only", () => {
    expect(parseWhole("1 200")).toBe(1200);
    expect(parseWhole("1200,0")).toBe(1200);
    expect(parseWhole("12,5")).toBeNull();
  });

  it("turns major units into cents, with or without a currency", () => {
    expect(parseMoneyMinor("1 054,50")).toBe(105450);
    expect(parseMoneyMinor("€ 12,345.67")).toBe(1234567);
    expect(parseMoneyMinor("99 EUR")).toBe(9900);
    expect(parseMoneyMinor("0,1")).toBe(10);
    expect(parseMoneyMinor("lots")).toBeNull();
  });
});

describe("parseDay", () => {
  it.each([
    ["2017-03-01", "2017-03-01"],
    ["2017-3-1", "2017-03-01"],
    ["2017-03-01T10:00:00Z", "2017-03-01"],
    ["2017-03-01 10:00:00", "2017-03-01"],
    ["1.3.2017", "2017-03-01"],
    ["01.03.2017", "2017-03-01"],
    ["01/03/2017", "2017-03-01"],
    ["29.2.2024", "2024-02-29"],
  ])("reads %j as %s", (text, expected) => {
    expect(parseDay(text)).toBe(expected);
  });

  it.each(["29.2.2023", "2017-13-01", "32.1.2017", "March 1", "", "1.3.17"])("refuses %j", (text) => {
    expect(parseDay(text)).toBeNull();
  });
});

describe("parseBoolean and normalizeDomain", () => {
  it("reads yes and no in English and Finnish", () => {
    expect(parseBoolean("Kyllä")).toBe(true);
    expect(parseBoolean("TRUE")).toBe(true);
    expect(parseBoolean("ei")).toBe(false);
    expect(parseBoolean("")).toBe(false);
    expect(parseBoolean("maybe")).toBeNull();
  });

  it("keeps only the host of a pasted address", () => {
    expect(normalizeDomain("https://www.Kuura.FI/yhteystiedot?x=1")).toBe("kuura.fi");
    expect(normalizeDomain("kuura.fi:443")).toBe("kuura.fi");
    expect(normalizeDomain(" WWW.example.com. ")).toBe("example.com");
  });
});
