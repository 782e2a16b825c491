import pg from "pg";
import { createPrismaClient } from "@/lib/db/prisma";
import { dryRunImport } from "@/lib/import/dry-run";
import { createImportJob } from "@/lib/import/upload";
import { leadCsv } from "./import-leads-csv";
import { nextLink } from "./next-link";
import { fetchPage, type Session } from "./pages";

/** The list views timed for each kind: plain, filtered, sorted and searched. */
const LIST_VIEWS: Record<string, Record<string, string>> = {
  leads: { filtered: "stage=CONSIDERATION&status=MQL&status=ACCEPTED", sorted: "sort=name", searched: "q=oy" },
  contacts: { filtered: "stage=ONBOARDING&stage=IMPACT&persona=EXECUTIVE", sorted: "sort=name&dir=desc", searched: "q=oy" },
  accounts: { filtered: "stage=IMPACT&stage=EXPANSION&tier=KEY&country=FI", sorted: "sort=name", searched: "q=oy" },
  deals: { filtered: "status=OPEN&pipeline=PROPOSAL&pipeline=NEGOTIATION", sorted: "sort=amount", searched: "q=oy" },
};

/** Pages followed through "Next" before a list's page counts as deep. */
export const DEEP_PAGES = 20;

/** The list's page after following "Next" from its first page `pages` times, as a reader would. */
async function deepPage(session: Session, path: string, pages: number): Promise<string> {
  let current = path;
  for (let page = 0; page < pages; page++) {
    const next = nextLink(await fetchPage(session, current), path.split("?")[0]!);
    if (!next) throw new Error(`${current} has no next page`);
    current = next;
  }
  return current;
}

// The records each record page shows: the lead, contact and deal with the most touchpoints, the
// account with the most contacts, the pages whose history and related lists are the longest.
const BUSIEST = {
  lead: `SELECT "leadId" AS id FROM "Touchpoint" WHERE "leadId" IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
  contact: `SELECT "contactId" AS id FROM "Touchpoint" WHERE "contactId" IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
  account: `SELECT "accountId" AS id FROM "Contact" WHERE "accountId" IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
  deal: `SELECT "dealId" AS id FROM "Touchpoint" WHERE "dealId" IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
} as const;

async function busiestRecords(databaseUrl: string): Promise<Record<keyof typeof BUSIEST, number>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const ids = {} as Record<keyof typeof BUSIEST, number>;
    for (const [kind, sql] of Object.entries(BUSIEST) as [keyof typeof BUSIEST, string][]) ids[kind] = (await client.query<{ id: number }>(sql)).rows[0]!.id;
    return ids;
  } finally {
    await client.end();
  }
}

/**
 * A checked 100,000-row lead import of the session's user, for the import job page; `remove`
 * deletes it again so that runs do not pile files up in the dataset.
 */
async function checkedImport(databaseUrl: string, email: string): Promise<{ id: number; remove: () => Promise<void> }> {
  const prisma = createPrismaClient(databaseUrl);
  const user = await prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  const id = await createImportJob(prisma, user.id, "LEAD", "bench-leads.csv", new TextEncoder().encode(leadCsv(100_000, email)));
  const job = await prisma.importJob.findUniqueOrThrow({ where: { id }, select: { id: true, userId: true, headers: true, headerSignature: true, status: true, mapping: true } });
  await dryRunImport(prisma, { ...job, kind: "LEAD" }, job.mapping, "en");
  return {
    id,
    remove: async () => {
      await prisma.importJob.delete({ where: { id } });
      await prisma.$disconnect();
    },
  };
}

/**
 * The records workspace pages as sales opens them on a dataset: each list plain, filtered,
 * sorted, searched and 20 pages deep (reached through its own "Next" links), the page and
 * the edit form of each kind's busiest record, the import page and a checked 100,000-row
 * import. Call `cleanup` when done.
 */
export async function recordPages(session: Session, databaseUrl: string): Promise<{ pages: Record<string, string>; cleanup: () => Promise<void> }> {
  const pages: Record<string, string> = {};
  for (const [list, views] of Object.entries(LIST_VIEWS)) {
    pages[`${list}`] = `/${list}`;
    for (const [label, query] of Object.entries(views)) pages[`${list} ${label}`] = `/${list}?${query}`;
    pages[`${list} deep (page ${DEEP_PAGES + 1})`] = await deepPage(session, `/${list}`, DEEP_PAGES);
  }
  const ids = await busiestRecords(databaseUrl);
  for (const [kind, id] of Object.entries(ids)) {
    pages[`${kind} page`] = `/${kind}s/${id}`;
    pages[`${kind} edit form`] = `/${kind}s/${id}/edit`;
  }
  const job = await checkedImport(databaseUrl, session.userEmail);
  pages["import"] = "/import";
  pages["import job (100,000 rows)"] = `/import/${job.id}`;
  return { pages, cleanup: job.remove };
}
