import { describe, expect, it } from "vitest";
import type { ImportKind } from "@/lib/import/kinds";
import { countryCode } from "@/lib/import/mapping/countries";
import { checkMapping, headerSignature, suggestMapping } from "@/lib/import/mapping/headers";
import { buildReferences } from "@/lib/import/references";
import { valueReaders } from "@/lib/import/row-values";

describe("suggestMapping", () => {
  it.each<[ImportKind, string, string | null]>([
    // HubSpot
    ["LEAD", "First Name", "firstName"],
    ["LEAD", "Last Name", "lastName"],
    ["LEAD", "Email", "email"],
    ["LEAD", "Company Name", "company"],
    ["LEAD", "Website URL", "companyDomain"],
    ["LEAD", "Number of Employees", "employees"],
    ["LEAD", "Original Source", "source"],
    ["LEAD", "Record ID", "externalId"],
    ["LEAD", "Contact owner", "ownerId"],
    ["LEAD", "Job Title", "title"],
    ["LEAD", "Phone Number", "phone"],
    ["LEAD", "Country/Region", "country"],
    // Salesforce
    ["LEAD", "Lead Source", "source"],
    ["LEAD", "Lead Owner", "ownerId"],
    ["LEAD", "Lead ID", "externalId"],
    ["LEAD", "Lead Status", null],
    ["ACCOUNT", "Account Name", "name"],
    ["ACCOUNT", "Billing Country", "country"],
    ["ACCOUNT", "Account ID", "externalId"],
    ["ACCOUNT", "Website", "domain"],
    ["ACCOUNT", "Account Owner", "ownerId"],
    ["CONTACT", "Account Name", "accountId"],
    ["CONTACT", "Account ID", "accountId"],
    ["CONTACT", "Associated Company", "accountId"],
    ["CONTACT", "Contact ID", "externalId"],
    ["DEAL", "Opportunity Name", "name"],
    ["DEAL", "Amount", "amountMinor"],
    ["DEAL", "Close Date", "closeDate"],
    ["DEAL", "Stage", "pipelineStage"],
    ["DEAL", "Deal Stage", "pipelineStage"],
    ["DEAL", "Account Name", "accountId"],
    ["DEAL", "Opportunity ID", "externalId"],
    ["DEAL", "Type", "type"],
    ["DEAL", "Currency ISO Code", "currency"],
    // Finnish
    ["LEAD", "Etunimi", "firstName"],
    ["LEAD", "Sukunimi", "lastName"],
    ["LEAD", "Sähköposti", "email"],
    ["LEAD", "Yritys", "company"],
    ["LEAD", "Henkilöstömäärä", "employees"],
    ["LEAD", "Maa", "country"],
    ["LEAD", "Lähde", "source"],
    ["ACCOUNT", "Toimiala", "industry"],
    ["ACCOUNT", "Puitesopimus", "frameworkAgreement"],
    ["DEAL", "Päätöspäivä", "closeDate"],
    ["DEAL", "Summa", "amountMinor"],
    // Spelling, case and the field's own name
    ["LEAD", "first_name", "firstName"],
    ["LEAD", "  E-mail ", "email"],
    ["LEAD", "companyDomain", "companyDomain"],
    ["LEAD", "Favourite colour", null],
  ])("%s: %j → %s", (kind, header, field) => {
    expect(suggestMapping(kind, [header])).toEqual([field]);
  });

  it("fills a field from the first column that names it only", () => {
    expect(suggestMapping("LEAD", ["Email", "Email Address", "First Name"])).toEqual(["email", null, "firstName"]);
  });
});

describe("checkMapping and headerSignature", () => {
  it("accepts a mapping of the header's length with known fields once each", () => {
    expect(checkMapping("LEAD", ["a", "b"], ["email", null])).toEqual(["email", null]);
  });

  it.each([[["email"]], [["email", "email"]], [["email", "amountMinor"]], ["email"], [null]])("refuses %j", (mapping) => {
    expect(checkMapping("LEAD", ["a", "b"], mapping)).toBeNull();
  });

  it("is the same whatever the case and spacing of the names, and differs with other names", () => {
    expect(headerSignature(["First Name", "Email"])).toBe(headerSignature(["first name ", "EMAIL"]));
    expect(headerSignature(["First Name", "Email"])).not.toBe(headerSignature(["Email", "First Name"]));
  });
});

describe("countryCode", () => {
  it.each([
    ["Finland", "FI"],
    ["Suomi", "FI"],
    ["fi", "FI"],
    ["FIN", "FI"],
    ["Ruotsi", "SE"],
    ["Sverige", "SE"],
    ["Norja", "NO"],
    ["Tanska", "DK"],
    ["Germany", "DE"],
    ["Saksa", "DE"],
    ["United Kingdom", "GB"],
    ["UK", "GB"],
    ["USA", "US"],
    ["Yhdysvallat", "US"],
    ["Atlantis", "Atlantis"],
  ])("%s → %s", (name, code) => {
    expect(countryCode(name)).toBe(code);
  });
});

describe("value readers", () => {
  const refs = buildReferences({
    users: [
      { id: 1, email: "maija@rusetti.fi", name: "Maija Myyjä" },
      { id: 2, email: "matti@rusetti.fi", name: "Matti Meikäläinen" },
      { id: 3, email: "matti2@rusetti.fi", name: "Matti Meikäläinen" },
    ],
    accounts: [
      { id: 10, name: "Kuura Oy", domain: "kuura.fi", externalId: "SF-001" },
      { id: 11, name: "Routa", domain: "routa.se", externalId: null },
      { id: 12, name: "Routa", domain: "routa.fi", externalId: null },
    ],
    campaigns: [{ id: 5, name: "Kevät 2026 webinaari" }],
    segments: [{ id: 7, key: "mid", nameEn: "Mid-market", nameFi: "Keskisuuret" }],
  });
  const read = valueReaders(refs);

  it.each([
    ["source", "Organic search", "WEB"],
    ["source", "ORGANIC_SEARCH", "WEB"],
    ["source", "Email marketing", "MAILING_LIST"],
    ["source", "Trade Show", "TRADE_FAIR"],
    ["source", "Phone Inquiry", "TELEMARKETING"],
    ["source", "Partner Referral", "PARTNER"],
    ["source", "Employee Referral", "REFERRAL"],
    ["source", "Webinaari", "WEBINAR"],
    ["source", "mailing list", "MAILING_LIST"],
    ["source", "Offline sources", "Offline sources"],
    ["persona", "Toimitusjohtaja", "EXECUTIVE"],
    ["persona", "department head", "DEPARTMENT_HEAD"],
    ["pipelineStage", "Prospecting", "QUALIFICATION"],
    ["pipelineStage", "Proposal/Price Quote", "PROPOSAL"],
    ["pipelineStage", "Negotiation/Review", "NEGOTIATION"],
    ["pipelineStage", "contractsent", "NEGOTIATION"],
    ["type", "New Business", "NEW"],
    ["type", "Existing Customer - Upgrade", "EXPANSION"],
    ["type", "Existing Customer - Renewal", "RENEWAL"],
    ["tier", "Avainasiakas", "KEY"],
    ["country", "Suomi", "FI"],
    ["ownerId", "maija@rusetti.fi", 1],
    ["ownerId", "MAIJA@RUSETTI.FI", 1],
    ["ownerId", "Maija Myyjä", 1],
    ["accountId", "SF-001", 10],
    ["accountId", "https://www.kuura.fi/", 10],
    ["accountId", "kuura oy", 10],
    ["accountId", "routa.se", 11],
    ["campaignId", "kevät 2026 webinaari", 5],
    ["segmentId", "Keskisuuret", 7],
    ["segmentId", "mid", 7],
  ])("%s %j → %j", (field, text, value) => {
    expect(read[field]!(text)).toEqual({ value });
  });

  it.each([
    ["ownerId", "Nobody", "import.error.unknownOwner"],
    ["ownerId", "Matti Meikäläinen", "import.error.ambiguousOwner"],
    ["accountId", "Routa", "import.error.ambiguousAccount"],
    ["accountId", "Pakkanen Oy", "import.error.unknownAccount"],
    ["campaignId", "Syksy", "import.error.unknownCampaign"],
    ["segmentId", "huge", "import.error.unknownSegment"],
    ["pipelineStage", "Closed Won", "import.error.closedDeal"],
  ])("%s %j is refused with %s", (field, text, error) => {
    expect(read[field]!(text)).toMatchObject({ error });
  });
});
