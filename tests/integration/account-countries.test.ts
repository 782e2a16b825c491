import { beforeAll, describe, expect, it } from "vitest";
import { actionDatabase } from "../support/action-session";
import { listAccountCountries } from "@/lib/data/accounts";

describe("the accounts list's country options", () => {
  const testDatabase = actionDatabase();

  beforeAll(async () => {
    const { prisma } = testDatabase();
    const accounts = [
      ["Kuura Oy", "FI"],
      ["Routa AB", "SE"],
      ["Tuuli Oy", "FI"],
      ["Fjell AS", "NO"],
      ["Sade Oy", "FI"],
    ];
    for (const [name, country] of accounts) await prisma.account.create({ data: { name: name!, industry: "Retail", country: country! } });
  });

  it("lists each country that accounts are in once, A to Z", async () => {
    expect(await listAccountCountries()).toEqual(["FI", "NO", "SE"]);
  });
});
