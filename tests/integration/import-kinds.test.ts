import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { importFile, uploadAndCheck } from "../support/import-fixtures";

describe("importing accounts, contacts and deals", () => {
  let database: TestDatabase;
  let userId: number;
  let segmentId: number;

  beforeAll(async () => {
    database = await createTestDatabase();
    const user = await database.prisma.user.create({ data: { email: "admin@rusetti.test", name: "Aila Admin", passwordHash: "x", role: "ADMIN" } });
    userId = user.id;
    segmentId = (await database.prisma.segment.create({ data: { key: "mid", nameEn: "Mid-market", nameFi: "Keskisuuret", priority: 1 } })).id;
  });
  afterAll(() => database.drop());

  it("creates accounts and updates them by domain or external id, never twice", async () => {
    const file = [
      "Account Name,Website,Industry,Number of Employees,Billing Country,Segment,Account ID,Puitesopimus,Tilausväli",
      "Kuura Oy,https://www.kuura.fi,Manufacturing,1 200,Finland,Keskisuuret,SF-1,kyllä,30",
      "Routa AB,routa.se,Retail,80,Ruotsi,,SF-2,,",
    ].join("\n");
    const { summary, job } = await importFile(database.prisma, userId, "ACCOUNT", file);
    expect(summary).toMatchObject({ created: 2, updated: 0, rejectedRows: 0 });
    expect(job.status).toBe("APPLIED");
    const kuura = await database.prisma.account.findUniqueOrThrow({ where: { domain: "kuura.fi" } });
    expect(kuura).toMatchObject({ name: "Kuura Oy", employees: 1200, country: "FI", segmentId, frameworkAgreement: true, expectedOrderIntervalDays: 30, stage: "AWARENESS", version: 1 });
    const entry = await database.prisma.stageTransition.findFirstOrThrow({ where: { entityKind: "ACCOUNT", entityId: kuura.id } });
    expect(entry).toMatchObject({ fromStage: null, toStage: "AWARENESS", accountId: kuura.id, segmentId });

    const again = ["Company Name,Website URL,Industry,Country/Region,Record ID", "Kuura Group,kuura.fi,Manufacturing,FI,", "Routa,,Wholesale,SE,SF-2"].join("\n");
    const second = await importFile(database.prisma, userId, "ACCOUNT", again);
    expect(second.summary).toMatchObject({ created: 0, updated: 2 });
    expect(await database.prisma.account.count()).toBe(2);
    expect(await database.prisma.account.findUniqueOrThrow({ where: { id: kuura.id } })).toMatchObject({ name: "Kuura Group", version: 2, employees: 1200 });
    expect(await database.prisma.account.findUniqueOrThrow({ where: { externalId: "SF-2" } })).toMatchObject({ industry: "Wholesale", domain: "routa.se", version: 2 });
    expect(await database.prisma.auditLog.count({ where: { action: "account.update" } })).toBe(2);
  });

  it("imports contacts onto accounts named by name, domain or external id", async () => {
    const file = [
      "First Name,Last Name,Email,Account Name,Contact owner,Persona",
      "Anna,Virtanen,anna@kuura.fi,Kuura Group,admin@rusetti.test,Toimitusjohtaja",
      "Bo,Berg,bo@routa.se,SF-2,Aila Admin,",
      "Cia,Ek,cia@routa.se,routa.se,,",
      "Dan,Nobody,dan@x.fi,Pakkanen Oy,,",
    ].join("\n");
    const { jobId, summary } = await uploadAndCheck(database.prisma, userId, "CONTACT", file);
    expect(summary).toMatchObject({ created: 3, rejectedRows: 1 });
    expect((await database.prisma.importJob.findUniqueOrThrow({ where: { id: jobId } })).rowErrors).toEqual([
      { row: 5, column: "Account Name", field: "accountId", message: "import.error.unknownAccount", params: { value: "Pakkanen Oy" } },
    ]);

    const { job } = await importFile(database.prisma, userId, "CONTACT", file.split("\n").slice(0, 4).join("\n"));
    expect(job.status).toBe("APPLIED");
    const contacts = await database.prisma.contact.findMany({ orderBy: { id: "asc" }, include: { account: { select: { externalId: true } } } });
    expect(contacts.map((c) => [c.email, c.account?.externalId, c.ownerId, c.persona])).toEqual([
      ["anna@kuura.fi", "SF-1", userId, "EXECUTIVE"],
      ["bo@routa.se", "SF-2", userId, null],
      ["cia@routa.se", "SF-2", null, null],
    ]);
    expect(await database.prisma.stageTransition.count({ where: { entityKind: "CONTACT", toStage: "AWARENESS", fromStage: null } })).toBe(3);
  });

  it("opens deals at their entry stage and brings a prospect account to comparison", async () => {
    const file = [
      "Opportunity Name;Account Name;Amount;Close Date;Stage;Type;Opportunity ID",
      "Kuura pilot;kuura.fi;1 054,50;1.3.2027;Prospecting;New Business;OPP-1",
      "Routa renewal;SF-2;12 000;2027-03-01;Negotiation/Review;Existing Customer - Renewal;OPP-2",
      "Routa won;SF-2;5 000;2027-03-01;Closed Won;New Business;OPP-3",
    ].join("\r\n");
    const { summary } = await uploadAndCheck(database.prisma, userId, "DEAL", file);
    expect(summary).toMatchObject({ created: 2, rejectedRows: 1 });

    const { job } = await importFile(database.prisma, userId, "DEAL", file.split("\r\n").slice(0, 3).join("\r\n"));
    expect(job.status).toBe("APPLIED");
    const deals = await database.prisma.deal.findMany({ orderBy: { externalId: "asc" } });
    expect(deals.map((d) => [d.externalId, d.amountMinor, d.closeDate.toISOString().slice(0, 10), d.pipelineStage, d.type, d.stage, d.status])).toEqual([
      ["OPP-1", 105450, "2027-03-01", "QUALIFICATION", "NEW", "COMPARISON", "OPEN"],
      ["OPP-2", 1200000, "2027-03-01", "NEGOTIATION", "RENEWAL", "IMPACT", "OPEN"],
    ]);
    const entries = await database.prisma.stageTransition.findMany({ where: { entityKind: "DEAL" }, orderBy: { entityId: "asc" } });
    expect(entries.map((e) => e.toStage)).toEqual(["COMPARISON", "IMPACT"]);
    const kuura = await database.prisma.account.findUniqueOrThrow({ where: { domain: "kuura.fi" } });
    expect(kuura.stage).toBe("COMPARISON");
    expect(await database.prisma.stageTransition.count({ where: { entityKind: "ACCOUNT", entityId: kuura.id, toStage: "COMPARISON" } })).toBe(1);
  });
});
