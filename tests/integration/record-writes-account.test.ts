import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formData, runAction, signInAs } from "../support/action-session";
import { createRoleUsers, type RoleUser } from "../support/role-users";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

describe("account writes", () => {
  let database: TestDatabase;
  let sales: RoleUser;
  let marketing: RoleUser;
  let actions: typeof import("@/lib/actions/records/account");
  let writes: typeof import("@/lib/records/writes/account");

  beforeAll(async () => {
    database = await createTestDatabase();
    process.env.DATABASE_URL = database.url;
    ({ SALES: sales, MARKETING: marketing } = await createRoleUsers(database.prisma));
    actions = await import("@/lib/actions/records/account");
    writes = await import("@/lib/records/writes/account");
  });
  afterAll(async () => {
    const { db } = await import("@/lib/db/client");
    await db.$disconnect();
    await database.drop();
  });

  const form = { name: "Kuura Oy", domain: "https://www.Kuura.fi/yhteystiedot", industry: "Software", country: "fi", employees: "1 200" };
  const auditOf = (id: number) => database.prisma.auditLog.findMany({ where: { entityKind: "ACCOUNT", entityId: String(id) }, orderBy: { id: "asc" } });
  const stored = (id: number) => database.prisma.account.findUniqueOrThrow({ where: { id } });

  async function newAccount(values: Record<string, unknown> = {}) {
    return writes.createAccount(database.prisma, { name: "Valo Oy", domain: null, industry: "Retail", employees: null, country: "FI", segmentId: null, tier: null, ownerId: null, frameworkAgreement: false, expectedOrderIntervalDays: null, externalId: null, ...values }, { actorId: sales.id });
  }

  it("creates an account on the bow-tie with one entry transition and an audit entry, then opens its page", async () => {
    signInAs(sales);
    const outcome = await runAction(actions.createAccountAction, formData(form));
    expect(outcome).toMatchObject({ ok: true, redirectedTo: expect.stringMatching(/^\/accounts\/\d+$/) });
    const id = Number((outcome as { redirectedTo: string }).redirectedTo.split("/").pop());

    expect(await stored(id)).toMatchObject({ name: "Kuura Oy", domain: "kuura.fi", country: "FI", employees: 1200, stage: "AWARENESS", version: 1 });
    const transitions = await database.prisma.stageTransition.findMany({ where: { entityKind: "ACCOUNT", entityId: id } });
    expect(transitions).toEqual([expect.objectContaining({ fromStage: null, toStage: "AWARENESS", actorId: sales.id, accountId: id })]);
    expect(await auditOf(id)).toEqual([expect.objectContaining({ action: "account.create", actorId: sales.id, after: expect.objectContaining({ name: "Kuura Oy", domain: "kuura.fi" }) })]);
  });

  it("updates only the changed fields, bumps the version and audits them before → after", async () => {
    const id = await newAccount({ name: "Päivä Oy", industry: "Retail" });
    signInAs(sales);
    const opened = { name: "Päivä Oy", industry: "Retail", country: "FI", employees: null };
    const outcome = await runAction(actions.updateAccountAction, formData({ ...opened, id, version: 1, base: opened, industry: "Logistics", employees: "40" }));
    expect(outcome).toEqual({ ok: true, redirectedTo: `/accounts/${id}` });

    expect(await stored(id)).toMatchObject({ industry: "Logistics", employees: 40, version: 2, stage: "AWARENESS" });
    const update = (await auditOf(id)).find((entry) => entry.action === "account.update");
    expect(update).toMatchObject({ actorId: sales.id, before: { industry: "Retail", employees: null, version: 1 }, after: { industry: "Logistics", employees: 40, version: 2 } });
  });

  it("refuses a stale version with each changed field, who changed it, and the user's value, and changes nothing", async () => {
    const id = await newAccount({ name: "Routa Oy", industry: "Retail" });
    const opened = { name: "Routa Oy", industry: "Retail", country: "FI" };
    await writes.updateAccount(database.prisma, { id, version: 1, base: opened, values: { ...(await editable(id)), industry: "Energy" } }, { actorId: marketing.id });

    signInAs(sales);
    const outcome = await runAction(actions.updateAccountAction, formData({ ...opened, id, version: 1, base: opened, industry: "Mining", name: "Routa Group" }));
    expect(outcome).toMatchObject({
      ok: false,
      code: "CONFLICT",
      conflict: {
        currentVersion: 2,
        fields: [{ field: "industry", base: "Retail", theirs: "Energy", yours: "Mining", changedBy: marketing.name, changedAt: expect.any(String) }],
      },
    });
    expect(await stored(id)).toMatchObject({ name: "Routa Oy", industry: "Energy", version: 2 });
    expect((await auditOf(id)).filter((entry) => entry.action === "account.update")).toHaveLength(1);
  });

  it("lets a stale form save when only the stage moved since it was opened", async () => {
    const id = await newAccount({ name: "Kaste Oy" });
    const { moveStage } = await import("@/lib/bowtie/move-stage");
    await moveStage(database.prisma, { kind: "ACCOUNT", id, to: "CONSIDERATION", actorId: null });
    const values = await editable(id);
    const result = await writes.updateAccount(database.prisma, { id, version: 1, base: { ...values }, values: { ...values, name: "Kaste Group" } }, { actorId: sales.id });
    expect(result).toEqual({ id, version: 3, changed: ["name"] });
    expect(await stored(id)).toMatchObject({ name: "Kaste Group", stage: "CONSIDERATION" });
  });

  it("refuses invalid input with field messages in the user's language and writes nothing", async () => {
    await database.prisma.user.update({ where: { id: sales.id }, data: { locale: "fi" } });
    signInAs(sales);
    const before = await database.prisma.account.count();
    const outcome = await runAction(actions.createAccountAction, formData({ ...form, domain: "kuura", name: "", country: "Finland" }));
    await database.prisma.user.update({ where: { id: sales.id }, data: { locale: "en" } });
    expect(outcome).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { name: ["Täytä tämä kenttä."], domain: ["Anna verkkotunnus, esimerkiksi yritys.fi."], country: ["Anna kaksikirjaiminen maakoodi, esimerkiksi FI."] },
    });
    expect(await database.prisma.account.count()).toBe(before);
  });

  it("refuses a second account with the same domain or external id, linking to the existing one", async () => {
    const id = await newAccount({ name: "Tähti Oy", domain: "tahti.fi", externalId: "crm-77" });
    signInAs(sales);
    const before = await database.prisma.account.count();
    const outcome = await runAction(actions.createAccountAction, formData({ ...form, name: "Tähti", domain: "WWW.tahti.fi", externalId: "crm-77" }));
    expect(outcome).toMatchObject({
      ok: false,
      code: "CONFLICT",
      fieldErrors: { domain: ["An account already has this value:"], externalId: ["An account already has this value:"] },
      fieldLinks: { domain: { href: `/accounts/${id}`, label: "Tähti Oy" }, externalId: { href: `/accounts/${id}`, label: "Tähti Oy" } },
    });
    expect(await database.prisma.account.count()).toBe(before);
  });

  it("refuses an edit that takes another account's domain, but not keeping its own", async () => {
    const taken = await newAccount({ name: "Kide Oy", domain: "kide.fi" });
    const id = await newAccount({ name: "Kuulas Oy", domain: "kuulas.fi" });
    const values = await editable(id);
    await expect(writes.updateAccount(database.prisma, { id, version: 1, base: values, values: { ...values, domain: "kide.fi" } }, { actorId: sales.id })).rejects.toMatchObject({
      code: "CONFLICT",
      fieldLinks: { domain: { href: `/accounts/${taken}` } },
    });
    expect(await writes.updateAccount(database.prisma, { id, version: 1, base: values, values: { ...values, name: "Kuulas Group" } }, { actorId: sales.id })).toMatchObject({ changed: ["name"] });
  });

  it("answers a unique violation from a writer that took no lock with the same duplicate link", async () => {
    const client = await database.pool.connect();
    try {
      await client.query("BEGIN");
      const { rows } = await client.query<{ id: number }>(`INSERT INTO "Account" (name, domain, industry, country, "updatedAt") VALUES ('Kilpa Oy', 'kilpa.fi', 'Retail', 'FI', now()) RETURNING id`);
      const racing = newAccount({ name: "Kilpa", domain: "kilpa.fi" });
      // The create has checked (the row is not committed yet) and now waits on the unique index.
      await new Promise((resolve) => setTimeout(resolve, 300));
      await client.query("COMMIT");
      await expect(racing).rejects.toMatchObject({ code: "CONFLICT", fieldLinks: { domain: { href: `/accounts/${rows[0]!.id}`, label: "Kilpa Oy" } } });
    } finally {
      client.release();
    }
  });

  it("lets exactly one of two concurrent edits of the same version win", async () => {
    const id = await newAccount({ name: "Kaksi Oy", industry: "Retail" });
    const values = await editable(id);
    const results = await Promise.allSettled([
      writes.updateAccount(database.prisma, { id, version: 1, base: values, values: { ...values, industry: "Energy" } }, { actorId: sales.id }),
      writes.updateAccount(database.prisma, { id, version: 1, base: values, values: { ...values, industry: "Mining" } }, { actorId: marketing.id }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const [rejected] = results.filter((result) => result.status === "rejected");
    expect((rejected as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT", conflict: { currentVersion: 2, fields: [{ field: "industry" }] } });
    expect(await stored(id)).toMatchObject({ version: 2 });
  });

  async function editable(id: number) {
    const { ACCOUNT_FIELDS } = await import("@/lib/validation/records/account");
    const row = await stored(id);
    return Object.fromEntries(ACCOUNT_FIELDS.map((field) => [field, row[field]])) as import("@/lib/validation/records/account").AccountFields;
  }
});
