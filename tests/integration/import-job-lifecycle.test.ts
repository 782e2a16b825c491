import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claimApply } from "@/lib/import/apply";
import { expireInterruptedApply, holdApplyLock } from "@/lib/import/apply-lock";
import { createImportJob, UPLOAD_RETENTION_DAYS } from "@/lib/import/upload";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { csvBytes, importFile, uploadAndCheck } from "../support/import-fixtures";

const FILE = ["First Name;Last Name;Email;Company Name;Lead Source", "Anna;Virtanen;anna@kuura.fi;Kuura Oy;Webinar"].join("\r\n");

describe("an import job's life after the dry run", () => {
  let database: TestDatabase;
  let userId: number;

  beforeAll(async () => {
    database = await createTestDatabase();
    const user = await database.prisma.user.create({ data: { email: "tuoja@rusetti.test", name: "Tiina Tuoja", passwordHash: "x", role: "MARKETING" } });
    userId = user.id;
  });
  afterAll(() => database.drop());

  /** A checked job claimed for applying, as the apply action leaves it, claimed `secondsAgo` ago. */
  async function claimedJob(secondsAgo: number) {
    const { jobId } = await uploadAndCheck(database.prisma, userId, "LEAD", FILE.replace("anna@", `anna${Math.random()}@`));
    await claimApply(database.prisma, jobId);
    await database.prisma.$executeRaw`UPDATE "ImportJob" SET "updatedAt" = now() - make_interval(secs => ${secondsAgo}) WHERE id = ${jobId}`;
    return jobId;
  }
  const statusOf = (jobId: number) => database.prisma.importJob.findUniqueOrThrow({ where: { id: jobId }, select: { status: true, failure: true } });

  it("marks an apply whose transaction is gone as interrupted once the claim is a minute old", async () => {
    const jobId = await claimedJob(90);
    expect(await expireInterruptedApply(database.prisma, jobId)).toBe(true);
    expect(await statusOf(jobId)).toEqual({ status: "FAILED", failure: "import.error.interrupted" });
  });

  it("leaves an apply alone while its transaction holds the job's lock, however long it runs", async () => {
    const jobId = await claimedJob(3600);
    await database.prisma.$transaction(async (tx) => {
      await holdApplyLock(tx, jobId);
      expect(await expireInterruptedApply(database.prisma, jobId)).toBe(false);
    });
    expect((await statusOf(jobId)).status).toBe("APPLYING");
  });

  it("leaves a job just claimed alone: its transaction may not have taken the lock yet", async () => {
    const jobId = await claimedJob(5);
    expect(await expireInterruptedApply(database.prisma, jobId)).toBe(false);
    expect((await statusOf(jobId)).status).toBe("APPLYING");
  });

  it("drops the stored file and its sample row when the job is applied", async () => {
    const { job } = await importFile(database.prisma, userId, "LEAD", FILE.replace("anna@", "anna.applied@"));
    expect(job.status).toBe("APPLIED");
    expect(job.file).toHaveLength(0);
    expect(job.sample).toEqual([]);
    expect(job.headers).toEqual(["First Name", "Last Name", "Email", "Company Name", "Lead Source"]);
  });

  it("deletes uploads never applied once they are older than the retention period, at the next upload", async () => {
    const old = `now() - make_interval(days => ${UPLOAD_RETENTION_DAYS + 1})`;
    const abandoned = await createImportJob(database.prisma, userId, "LEAD", "old.csv", csvBytes(FILE));
    const failed = await claimedJob(90);
    await expireInterruptedApply(database.prisma, failed);
    const recent = await createImportJob(database.prisma, userId, "LEAD", "recent.csv", csvBytes(FILE));
    const { job: applied } = await importFile(database.prisma, userId, "LEAD", FILE.replace("anna@", "anna.kept@"));
    await database.prisma.$executeRawUnsafe(`UPDATE "ImportJob" SET "createdAt" = ${old} WHERE id = ANY($1::int[])`, [abandoned, failed, applied.id]);

    const next = await createImportJob(database.prisma, userId, "LEAD", "next.csv", csvBytes(FILE));
    const left = await database.prisma.importJob.findMany({ where: { id: { in: [abandoned, failed, recent, applied.id, next] } }, select: { id: true } });
    expect(left.map((job) => job.id).sort((a, b) => a - b)).toEqual([recent, applied.id, next].sort((a, b) => a - b));
  });
});
