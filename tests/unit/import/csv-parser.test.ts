import { describe, expect, it } from "vitest";
import { CsvFormatError, CsvParser, type CsvRecord } from "@/lib/import/csv/parser";
import { readCsv } from "@/lib/import/csv/read";
import { detectSeparator } from "@/lib/import/csv/separator";

const parse = (text: string, separator = ",", chunkSize = text.length || 1): CsvRecord[] => {
  const parser = new CsvParser(separator);
  const out: CsvRecord[] = [];
  for (let i = 0; i < text.length; i += chunkSize) parser.push(text.slice(i, i + chunkSize), out);
  parser.end(out);
  return out;
};

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("CsvParser", () => {
  it.each([
    ["plain LF", "a,b\n1,2\n", [["a", "b"], ["1", "2"]]],
    ["CRLF", "a,b\r\n1,2\r\n", [["a", "b"], ["1", "2"]]],
    ["lone CR", "a,b\r1,2", [["a", "b"], ["1", "2"]]],
    ["no final line break", "a,b\n1,2", [["a", "b"], ["1", "2"]]],
    ["comma inside quotes", 'a\n"Kuura, Oy"\n', [["a"], ["Kuura, Oy"]]],
    ["line break inside quotes", 'a,b\n"rivi 1\r\nrivi 2",x\n', [["a", "b"], ["rivi 1\r\nrivi 2", "x"]]],
    ["doubled quotes", 'a\n"He said ""moi"""\n', [["a"], ['He said "moi"']]],
    ["empty quoted field", 'a,b\n"",x\n', [["a", "b"], ["", "x"]]],
    ["empty fields", "a,b,c\n,,\n", [["a", "b", "c"], ["", "", ""]]],
    ["quote inside an unquoted field is text", 'a\n5" screen\n', [["a"], ['5" screen']]],
    ["text after a closing quote is kept", 'a\n"abc"def\n', [["a"], ["abcdef"]]],
    ["Finnish characters", "nimi\nÄänekoski Öljy Åland\n", [["nimi"], ["Äänekoski Öljy Åland"]]],
  ])("reads %s", (_name, text, expected) => {
    expect(parse(text).map((record) => record.cells)).toEqual(expected);
  });

  it("skips empty lines but counts them as rows, as a spreadsheet shows the file", () => {
    const records = parse("a,b\n\n1,2\r\n\r\n3,4\n\n");
    expect(records).toEqual([
      { row: 1, cells: ["a", "b"] },
      { row: 3, cells: ["1", "2"] },
      { row: 5, cells: ["3", "4"] },
    ]);
  });

  it("counts a record with a line break inside quotes as one row", () => {
    expect(parse('a,b\n"x\ny",1\nz,2\n').map((record) => record.row)).toEqual([1, 2, 3]);
  });

  it.each([1, 2, 3, 5, 7])("gives the same records when the text arrives in chunks of %i characters", (size) => {
    const text = 'nimi;summa\r\n"Kuura; ""Oy""";"1 054,50"\r\n\r\n"rivi\r\nkaksi";2\rlast;"x"';
    expect(parse(text, ";", size)).toEqual(parse(text, ";"));
  });

  it("refuses a quote that never closes, naming the row it opened on", () => {
    expect(() => parse('a\n1\n"open\n2\n')).toThrow(CsvFormatError);
    try {
      parse('a\n1\n"open\n2\n');
    } catch (error) {
      expect((error as CsvFormatError).row).toBe(3);
    }
  });

  it("reads 100,000 rows in linear time", () => {
    const line = '"Virtanen, Anna",anna@kuura.fi,"1 054,50",1.3.2017\r\n';
    const started = performance.now();
    const records = parse(`a,b,c,d\r\n${line.repeat(100_000)}`, ",", 1 << 16);
    expect(records).toHaveLength(100_001);
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});

describe("detectSeparator", () => {
  it.each([
    ["First Name,Last Name,Email", ","],
    ["Etunimi;Sukunimi;Sähköposti", ";"],
    ["a\tb\tc", "\t"],
    ['"Name; with semicolon",Email,Phone', ","],
    ["Email", ","],
  ])("%j → %j", (header, expected) => {
    expect(detectSeparator(`${header}\n1;2,3`)).toBe(expected);
  });
});

describe("readCsv", () => {
  it("drops a UTF-8 BOM and reads the header", () => {
    const file = readCsv(utf8("\uFEFFEtunimi;Sukunimi\r\nÄlli;Öhman\r\n"));
    expect(file).toMatchObject({ encoding: "utf-8", separator: ";", header: ["Etunimi", "Sukunimi"] });
    expect(file.records).toEqual([{ row: 2, cells: ["Älli", "Öhman"] }]);
  });

  it("reads bytes that are not UTF-8 as Windows-1252", () => {
    // "Mäkelä;Åström" as Windows-1252 bytes.
    const bytes = Uint8Array.from([0x6e, 0x3b, 0x6d, 0x0a, 0x4d, 0xe4, 0x6b, 0x65, 0x6c, 0xe4, 0x3b, 0xc5, 0x73, 0x74, 0x72, 0xf6, 0x6d]);
    const file = readCsv(bytes);
    expect(file.encoding).toBe("windows-1252");
    expect(file.records[0]!.cells).toEqual(["Mäkelä", "Åström"]);
  });

  it("reads tab-separated files", () => {
    expect(readCsv(utf8("a\tb\n1\t2\n")).records[0]!.cells).toEqual(["1", "2"]);
  });

  it.each([[""], ["\n\n"], [" , \n1,2"]])("refuses a file without a header: %j", (text) => {
    expect(() => readCsv(utf8(text))).toThrow(CsvFormatError);
  });

  it("keeps a multi-byte character split between decoding chunks", () => {
    const text = `a\n${"x".repeat((1 << 20) - 3)}ä\n`;
    expect(readCsv(utf8(text)).records[0]!.cells[0]!.endsWith("ä")).toBe(true);
  });
});
