import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDealIn, winDealIn, loseDealIn } from "@/lib/bowtie/deals";
import { convertLeadIn, createLeadIn } from "@/lib/bowtie/leads";
import type { Tx } from "@/lib/bowtie/tx";
import { loadAccountRelated, loadContactRelated, loadDealRelated, loadLeadRelated, RELATED_LIMIT } from "@/lib/records/related";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

describe("related records", () => {
  let database: TestDatabase;
  let leadId: number;
  let converted: { accountId: number; contactId: number; dealId: number };
  let otherDealId: number;

  beforeAll(async () => {
    database = await createTestDatabase();
    const tx = <T>(fn: (t: Tx) => Promise<T>) => database.prisma.$transaction(fn);
    leadId = await tx((t) => createLeadIn(t, { firstName: "Anna", lastName: "Virtanen", email: "anna@kuusi.fi", source: "REFERRAL" }, { actorId: null }));
    converted = await tx((t) =>
      convertLeadIn(
        t,
        leadId,
        {
          account: { create: { name: "Kuusi Oy", industry: "Manufacturing", country: "FI" } },
          contact: { firstName: "Anna", lastName: "Virtanen", email: "anna@kuusi.fi" },
          deal: { name: "Platform", amountMinor: 2_400_000, closeDate: new Date("2026-06-30") },
        },
        { actorId: null },
      ),
    );
    await tx((t) => winDealIn(t, converted.dealId, { actorId: null }));
    otherDealId = await tx((t) => openDealIn(t, { name: "Add-on", accountId: converted.accountId, type: "EXPANSION", amountMinor: 500_000, closeDate: new Date("2026-09-30") }, { actorId: null }));
    const lost = await tx((t) => openDealIn(t, { name: "Lost one", accountId: converted.accountId, type: "RENEWAL", amountMinor: 100_000, closeDate: new Date("2026-09-30") }, { actorId: null }));
    await tx((t) => loseDealIn(t, lost, { actorId: null, reason: "PRICE" }));
    // More leads than a page lists, so the count and the cap show.
    await database.prisma.lead.createMany({
      data: Array.from({ length: RELATED_LIMIT + 5 }, (_, i) => ({ firstName: "Extra", lastName: `${i}`, source: "WEB" as const, accountId: converted.accountId })),
    });
    await database.prisma.monthlyRevenue.createMany({
      data: [
        { accountId: converted.accountId, month: new Date("2026-07-01"), mrrMinor: 200_000 },
        { accountId: converted.accountId, month: new Date("2026-08-01"), mrrMinor: 210_000 },
      ],
    });
  });
  afterAll(() => database.drop());

  it("an account lists its contacts, leads and deals with a revenue summary", async () => {
    const related = await loadAccountRelated(converted.accountId, database.prisma);
    expect(related.contacts).toMatchObject({ total: 1, rows: [{ id: converted.contactId, firstName: "Anna" }] });
    expect(related.leads.total).toBe(RELATED_LIMIT + 6);
    expect(related.leads.rows).toHaveLength(RELATED_LIMIT);
    expect(related.deals.rows.map((deal) => deal.id).sort()).toEqual([converted.dealId, otherDealId, expect.any(Number)].sort());
    expect(related.revenue).toEqual({
      won: [{ currency: "EUR", amountMinor: 2_400_000, count: 1 }],
      open: [{ currency: "EUR", amountMinor: 500_000, count: 1 }],
      lostCount: 1,
      latestMrr: { month: new Date("2026-08-01"), mrrMinor: 210_000, currency: "EUR" },
    });
  });

  it("a lead links to its account, contact and deal", async () => {
    const lead = await database.prisma.lead.findUniqueOrThrow({ where: { id: leadId } });
    const related = await loadLeadRelated(lead, database.prisma);
    expect(related).toMatchObject({ account: { id: converted.accountId, name: "Kuusi Oy" }, contact: { id: converted.contactId }, deal: { id: converted.dealId, status: "WON" } });
  });

  it("a contact links to its account, the lead it came from and that lead's deal", async () => {
    const related = await loadContactRelated({ id: converted.contactId, accountId: converted.accountId }, database.prisma);
    expect(related).toMatchObject({ account: { id: converted.accountId }, originLead: { id: leadId, status: "CONVERTED" }, deal: { id: converted.dealId } });
  });

  it("a deal links to its account and its origin lead; a deal opened on its own has none", async () => {
    expect(await loadDealRelated({ id: converted.dealId, accountId: converted.accountId }, database.prisma)).toMatchObject({
      account: { id: converted.accountId },
      originLead: { id: leadId },
      contact: { id: converted.contactId },
    });
    expect(await loadDealRelated({ id: otherDealId, accountId: converted.accountId }, database.prisma)).toMatchObject({ originLead: null, contact: null });
  });
});
