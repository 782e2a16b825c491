import { hash } from "@node-rs/argon2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACCOUNT_DEACTIVATED } from "@/lib/auth/sign-in-errors";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

describe("signing in", () => {
  let database: TestDatabase;
  let authenticate: typeof import("@/lib/auth/credentials").authenticate;

  beforeAll(async () => {
    database = await createTestDatabase();
    // The app's client reads DATABASE_URL on first use.
    process.env.DATABASE_URL = database.url;
    ({ authenticate } = await import("@/lib/auth/credentials"));
    const passwordHash = await hash("oikea-salasana");
    await database.prisma.user.createMany({
      data: [
        { email: "anna@kuura.fi", name: "Anna", role: "SALES", passwordHash },
        { email: "pekka@kuura.fi", name: "Pekka", role: "SALES", passwordHash },
        { email: "poissa@kuura.fi", name: "Poissa", role: "SALES", passwordHash, active: false },
      ],
    });
  });
  afterAll(async () => {
    const { db } = await import("@/lib/db/client");
    await db.$disconnect();
    await database.drop();
  });

  it("accepts the right password, in any letter case of the email, and audits it", async () => {
    expect(await authenticate({ email: "Anna@Kuura.fi", password: "oikea-salasana" })).toMatchObject({ email: "anna@kuura.fi", role: "SALES" });
    expect(await database.prisma.auditLog.count({ where: { action: "user.signIn" } })).toBe(1);
  });

  it.each([
    ["a wrong password", { email: "anna@kuura.fi", password: "väärä" }],
    ["an unknown email", { email: "ei-ole@kuura.fi", password: "oikea-salasana" }],
    ["a deactivated user's wrong password", { email: "poissa@kuura.fi", password: "väärä" }],
    ["malformed input", { email: "", password: "" }],
  ])("refuses %s with the same null", async (_label, credentials) => {
    expect(await authenticate(credentials)).toBeNull();
  });

  it("tells a deactivated user who gives the right password why, and nobody else", async () => {
    await expect(authenticate({ email: "Poissa@kuura.fi", password: "oikea-salasana" })).rejects.toThrow(ACCOUNT_DEACTIVATED);
  });

  it("locks an email out after five wrong guesses, even for the right password, and only that email", async () => {
    for (let i = 0; i < 5; i++) await authenticate({ email: "pekka@kuura.fi", password: `arvaus-${i}` }, "10.1.1.1");
    expect(await authenticate({ email: "pekka@kuura.fi", password: "oikea-salasana" }, "10.2.2.2")).toBeNull();
    expect(await authenticate({ email: "anna@kuura.fi", password: "oikea-salasana" }, "10.1.1.1")).not.toBeNull();
  });
});
