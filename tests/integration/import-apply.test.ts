import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claimApply, runApply } from "@/lib/import/apply";
import { ImportRefusal } from "@/lib/import/errors";
import { createImportJob } from "@/lib/import/upload";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { csvBytes, importFile, uploadAndCheck } from "../support/import-fixtures";

describe("lead import", () => {
  let database: TestDatabase;
  let userId: number;

  beforeAll(async () => {
    database = await createTestDatabase();
    const user = await database.prisma.user.create({
      data: { email: "myyja@rusetti.test", name: "Maija Myyjä", passwordHash: "x", role: "SALES" },
    });
    userId = user.id;
  });
  afterAll(() => database.drop());

  const leadCount = () => database.prisma.lead.count();

  it("creates leads with their first transition and audit entries; the dry run counted what the apply did", async () => {
    const file = [
      "First Name;Last Name;Email;Company Name;Website URL;Number of Employees;Lead Source;Billing Country;Record ID;Contact owner",
      "Anna;Virtanen;ANNA@kuura.fi;Kuura Oy;https://www.kuura.fi/;1 200;Trade Show;Suomi;HS-1;Maija Myyjä",
      'Pekka;"Mäkelä, jr";pekka@tuuli.fi;"Tuuli; Oy";tuuli.fi;;Webinar;Finland;HS-2;myyja@rusetti.test',
      "Liisa;Öhman;;Routa;routa.se;45;Organic search;Ruotsi;HS-3;",
    ].join("\r\n");
    const { summary, job } = await importFile(database.prisma, userId, "LEAD", file);
    expect(summary).toEqual({ created: 3, updated: 0, unchanged: 0, rejectedRows: 0, errors: 0 });
    expect(job).toMatchObject({ status: "APPLIED", createCount: 3, updateCount: 0, unchangedCount: 0, processedRows: 3 });

    const leads = await database.prisma.lead.findMany({ orderBy: { id: "asc" } });
    expect(leads.map((lead) => [lead.email, lead.companyDomain, lead.employees, lead.source, lead.country, lead.ownerId, lead.externalId, lead.stage, lead.version])).toEqual([
      ["anna@kuura.fi", "kuura.fi", 1200, "TRADE_FAIR", "FI", userId, "HS-1", "AWARENESS", 1],
      ["pekka@tuuli.fi", "tuuli.fi", null, "WEBINAR", "FI", userId, "HS-2", "AWARENESS", 1],
      [null, "routa.se", 45, "WEB", "SE", null, "HS-3", "AWARENESS", 1],
    ]);
    expect(leads[1]!.lastName).toBe("Mäkelä, jr");

    const transitions = await database.prisma.stageTransition.findMany({ where: { entityKind: "LEAD" } });
    expect(transitions).toHaveLength(3);
    expect(transitions.every((tr) => tr.fromStage === null && tr.toStage === "AWARENESS" && tr.actorId === userId)).toBe(true);
    expect(transitions.find((tr) => tr.entityId === leads[0]!.id)?.source).toBe("TRADE_FAIR");

    const entries = await database.prisma.auditLog.findMany({ where: { action: { in: ["lead.create", "import.apply"] } } });
    expect(entries.filter((entry) => entry.action === "lead.create")).toHaveLength(3);
    // A create entry names what the record was given: Liisa came without an email or an owner.
    const liisa = entries.find((entry) => entry.action === "lead.create" && entry.entityId === String(leads[2]!.id));
    expect(liisa?.after).toEqual({
      firstName: "Liisa",
      lastName: "Öhman",
      company: "Routa",
      companyDomain: "routa.se",
      employees: 45,
      country: "SE",
      source: "WEB",
      externalId: "HS-3",
      importJobId: job.id,
    });
    expect(entries.filter((entry) => entry.action === "import.apply")).toEqual([
      expect.objectContaining({ entityKind: "ImportJob", entityId: String(job.id), actorId: userId }),
    ]);
  });

  it("updates by email (any case) and external id without duplicating, bumping versions", async () => {
    const before = await leadCount();
    const file = [
      "Email,External ID,Title,Lead Source,First Name,Last Name",
      "Anna@Kuura.FI,,CEO,Referral,Anna,Virtanen",
      ",HS-2,CTO,Webinar,Pekka,Mäkelä",
      "uusi@routa.fi,HS-9,,Partner,Uusi,Liidi",
    ].join("\n");
    const { summary, job } = await importFile(database.prisma, userId, "LEAD", file);
    expect(summary).toMatchObject({ created: 1, updated: 2, unchanged: 0, rejectedRows: 0 });
    expect(job).toMatchObject({ status: "APPLIED", createCount: 1, updateCount: 2, unchangedCount: 0 });
    expect(await leadCount()).toBe(before + 1);

    const anna = await database.prisma.lead.findUniqueOrThrow({ where: { email: "anna@kuura.fi" } });
    expect(anna).toMatchObject({ title: "CEO", source: "REFERRAL", version: 2, companyDomain: "kuura.fi", employees: 1200 });
    const pekka = await database.prisma.lead.findUniqueOrThrow({ where: { externalId: "HS-2" } });
    expect(pekka).toMatchObject({ title: "CTO", email: "pekka@tuuli.fi", version: 2 });

    const update = await database.prisma.auditLog.findFirstOrThrow({ where: { action: "lead.update", entityId: String(anna.id) } });
    expect(update.before).toMatchObject({ title: null, source: "TRADE_FAIR", version: 1 });
    expect(update.after).toMatchObject({ title: "CEO", source: "REFERRAL", version: 2, importJobId: job.id });
    // An update is not a new entry on the bow-tie.
    expect(await database.prisma.stageTransition.count({ where: { entityKind: "LEAD", entityId: anna.id } })).toBe(1);
  });

  it("leaves a matched lead that already holds the file's values alone, and audits only the fields that changed", async () => {
    const file = ["Email,Title,Lead Source,First Name,Last Name", "anna@kuura.fi,CEO,Referral,Anna,Virtanen", "pekka@tuuli.fi,CIO,Webinar,Pekka,Mäkelä"].join("\n");
    const annaBefore = await database.prisma.lead.findUniqueOrThrow({ where: { email: "anna@kuura.fi" } });
    const { summary, job } = await importFile(database.prisma, userId, "LEAD", file);
    // Anna's row repeats her values: the dry run says so, and nothing is rewritten, so her
    // version and audit trail stay.
    expect(summary).toMatchObject({ created: 0, updated: 1, unchanged: 1, rejectedRows: 0 });
    expect(job).toMatchObject({ status: "APPLIED", createCount: 0, updateCount: 1, unchangedCount: 1, processedRows: 2 });
    const anna = await database.prisma.lead.findUniqueOrThrow({ where: { email: "anna@kuura.fi" } });
    expect(anna).toMatchObject({ version: annaBefore.version, updatedAt: annaBefore.updatedAt });
    expect(await database.prisma.auditLog.count({ where: { action: "lead.update", entityId: String(anna.id), after: { path: ["importJobId"], equals: job.id } } })).toBe(0);

    const pekka = await database.prisma.lead.findUniqueOrThrow({ where: { email: "pekka@tuuli.fi" } });
    expect(pekka).toMatchObject({ title: "CIO", version: 3 });
    const update = await database.prisma.auditLog.findFirstOrThrow({ where: { action: "lead.update", entityId: String(pekka.id), after: { path: ["importJobId"], equals: job.id } } });
    expect(update.before).toEqual({ title: "CTO", version: 2 });
    expect(update.after).toEqual({ title: "CIO", version: 3, importJobId: job.id });
    const applied = await database.prisma.auditLog.findFirstOrThrow({ where: { action: "import.apply", entityId: String(job.id) } });
    expect(applied.after).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
  });

  it("counts a row whose blank cells keep the stored values as already up to date, in the dry run as in the apply", async () => {
    const file = ["Email,Title,Phone,Lead Source,First Name,Last Name", "anna@kuura.fi,,,Referral,Anna,Virtanen", "pekka@tuuli.fi,,,,Pekka,Mäkelä"].join("\n");
    const before = await database.prisma.lead.findMany({ where: { email: { in: ["anna@kuura.fi", "pekka@tuuli.fi"] } }, select: { id: true, version: true } });
    const { summary, job } = await importFile(database.prisma, userId, "LEAD", file);
    expect(summary).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(job).toMatchObject({ status: "APPLIED", createCount: 0, updateCount: 0, unchangedCount: 2, processedRows: 2 });
    const after = await database.prisma.lead.findMany({ where: { id: { in: before.map((lead) => lead.id) } }, select: { id: true, version: true } });
    expect(after).toEqual(expect.arrayContaining(before));
  });

  it("rejects a file with one bad row and applies none of it, even when forced", async () => {
    const before = await leadCount();
    const file = ["First Name,Last Name,Email,Lead Source", "Ok,Rivi,ok@a.fi,Web", "Bad,Rivi,not-an-email,Web", "Also,Ok,also@a.fi,Web"].join("\n");
    const { jobId, summary } = await uploadAndCheck(database.prisma, userId, "LEAD", file);
    expect(summary).toMatchObject({ created: 2, rejectedRows: 1 });
    const job = await database.prisma.importJob.findUniqueOrThrow({ where: { id: jobId } });
    expect(job.rowErrors).toEqual([{ row: 3, column: "Email", field: "email", message: "validation.email" }]);
    await expect(claimApply(database.prisma, jobId)).rejects.toMatchObject({ messageKey: "import.error.hasErrors" });

    await database.prisma.importJob.update({ where: { id: jobId }, data: { status: "APPLYING" } });
    await runApply(database.prisma, jobId, userId);
    expect(await database.prisma.importJob.findUniqueOrThrow({ where: { id: jobId } })).toMatchObject({ status: "FAILED", failure: "import.error.hasErrors" });
    expect(await leadCount()).toBe(before);
  });

  it("rolls everything back when a statement fails half-way", async () => {
    const before = await leadCount();
    const transitions = await database.prisma.stageTransition.count();
    const { jobId } = await uploadAndCheck(database.prisma, userId, "LEAD", "First Name,Last Name,Email,Lead Source\nA,B,x1@a.fi,Web\nC,D,x2@a.fi,Web\n");
    await claimApply(database.prisma, jobId);
    // A statement that fails after the records went in: the audit insert raises.
    const trigger = `CREATE OR REPLACE FUNCTION import_test_fail() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'boom'; END $$ LANGUAGE plpgsql`;
    await database.prisma.$executeRawUnsafe(trigger);
    await database.prisma.$executeRawUnsafe(`CREATE TRIGGER import_test_fail AFTER INSERT ON "AuditLog" FOR EACH STATEMENT EXECUTE FUNCTION import_test_fail()`);
    await runApply(database.prisma, jobId, userId);
    await database.prisma.$executeRawUnsafe(`DROP TRIGGER import_test_fail ON "AuditLog"`);
    expect((await database.prisma.importJob.findUniqueOrThrow({ where: { id: jobId } })).status).toBe("FAILED");
    expect(await leadCount()).toBe(before);
    expect(await database.prisma.stageTransition.count()).toBe(transitions);
  });

  it("refuses a malformed file at upload and changes nothing", async () => {
    const jobs = await database.prisma.importJob.count();
    const leads = await leadCount();
    await expect(createImportJob(database.prisma, userId, "LEAD", "bad.csv", csvBytes('First Name,Email\n"Anna,anna@a.fi\n'))).rejects.toBeInstanceOf(ImportRefusal);
    await expect(createImportJob(database.prisma, userId, "LEAD", "empty.csv", csvBytes(""))).rejects.toBeInstanceOf(ImportRefusal);
    expect(await database.prisma.importJob.count()).toBe(jobs);
    expect(await leadCount()).toBe(leads);
  });

  it("reports duplicates inside the file on the later row", async () => {
    const file = ["Email,First Name,Last Name,Lead Source,Record ID", "d@a.fi,A,B,Web,X1", "D@A.fi,C,D,Web,X2", "e@a.fi,E,F,Web,X1"].join("\n");
    const { jobId, summary } = await uploadAndCheck(database.prisma, userId, "LEAD", file);
    expect(summary.rejectedRows).toBe(2);
    const job = await database.prisma.importJob.findUniqueOrThrow({ where: { id: jobId } });
    expect(job.rowErrors).toEqual([
      { row: 3, column: "Email", field: "email", message: "import.error.duplicateInFile", params: { row: 2 } },
      { row: 4, column: "Record ID", field: "externalId", message: "import.error.duplicateInFile", params: { row: 2 } },
    ]);
  });

  it("remembers the user's mapping for the next file with the same header", async () => {
    const file = "Nimi,Suku,Posti,Mistä\nA,B,m1@a.fi,Web\n";
    const mapping = ["firstName", "lastName", "email", "source"];
    await uploadAndCheck(database.prisma, userId, "LEAD", file, mapping);
    const again = await createImportJob(database.prisma, userId, "LEAD", "again.csv", csvBytes("nimi, suku ,POSTI,mistä\nC,D,m2@a.fi,Web\n"));
    expect((await database.prisma.importJob.findUniqueOrThrow({ where: { id: again } })).mapping).toEqual(mapping);
  });
});
