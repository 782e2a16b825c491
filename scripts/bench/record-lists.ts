/**
 * Times every record list's server query (keyset page and capped count, then the page's
 * rows) on a bench dataset: filtered, sorted, searched (common, rare, no match), a deep page.
 *   npx tsx --conditions=react-server scripts/bench/record-lists.ts [leads] [LEAD,CONTACT,ACCOUNT,DEAL]
 */
import type { EntityKind } from "@/generated/prisma/enums";
import { listAccountsByIds } from "@/lib/data/accounts";
import { listContactsByIds } from "@/lib/data/contacts";
import { listDealsByIds } from "@/lib/data/deals";
import { listLeadsByIds } from "@/lib/data/leads";
import { createPrismaClient } from "@/lib/db/prisma";
import { listIdPage } from "@/lib/records/list/page";
import type { AnyView } from "@/lib/records/list/spec";
import { LIST_SPECS } from "@/lib/records/list/specs";
import { parseListView } from "@/lib/records/list/view";
import { openDataset } from "./dataset";

const leads = Number(process.argv[2] ?? 100_000);
const kinds = (process.argv[3]?.split(",") ?? ["LEAD", "CONTACT", "ACCOUNT", "DEAL"]) as EntityKind[];
const dataset = await openDataset(leads, console.log);
const client = createPrismaClient(dataset.url);

const ROWS: Record<EntityKind, (ids: number[]) => Promise<unknown[]>> = {
  LEAD: (ids) => listLeadsByIds(ids, client),
  CONTACT: (ids) => listContactsByIds(ids, client),
  ACCOUNT: (ids) => listAccountsByIds(ids, client),
  DEAL: (ids) => listDealsByIds(ids, client),
};

async function load(kind: EntityKind, view: AnyView) {
  const page = await listIdPage(LIST_SPECS[kind], view, client);
  await ROWS[kind](page.ids);
  return page;
}

async function time(kind: EntityKind, label: string, view: AnyView, runs = 5) {
  await load(kind, view);
  const samples: number[] = [];
  let total = 0;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    total = (await load(kind, view)).total ?? 0;
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  console.log(`${kind.padEnd(8)} ${label.padEnd(52)} median ${samples[runs >> 1]!.toFixed(1).padStart(7)} ms  max ${samples.at(-1)!.toFixed(1).padStart(7)} ms  count ${total}`);
}

const view = (kind: EntityKind, query: string) => parseListView(LIST_SPECS[kind], new URLSearchParams(query)) as AnyView;

/** The view after `pages` pages of it, reached by following the cursors. */
async function deep(kind: EntityKind, query: string, pages: number): Promise<AnyView> {
  let current = view(kind, query);
  for (let page = 0; page < pages; page++) {
    const next = (await listIdPage(LIST_SPECS[kind], current, client, { count: false })).next;
    if (!next) break;
    current = { ...current, after: next };
  }
  return current;
}

/** A word of a real row, for a rare search: the longest word of the name of the row in the middle of the table. */
async function rare(table: string, column: string): Promise<string> {
  const rows = await client.$queryRawUnsafe<{ value: string }[]>(`SELECT "${column}" AS value FROM "${table}" WHERE id = (SELECT (min(id) + max(id)) / 2 FROM "${table}")`);
  return rows[0]?.value.split(" ").sort((a, b) => b.length - a.length)[0] ?? "virtanen";
}

const CASES: Record<EntityKind, [string, string][]> = {
  LEAD: [
    ["default (newest first)", ""],
    ["filtered: stage + status", "stage=CONSIDERATION&status=MQL&status=ACCEPTED"],
    ["filtered: source + segment + owner unassigned", "source=WEB&segment=1&owner=unassigned"],
    ["filtered: fit 80–100, engagement 50+", "fitMin=80&engagementMin=50"],
    ["filtered: created in one month", "from=2026-03-01&to=2026-03-31"],
    ["sorted: name A→Z", "sort=name"],
    ["sorted: company Z→A", "sort=company&dir=desc"],
    ["filtered + sorted: stage by engagement", "stage=AWARENESS&sort=engagement"],
    ["searched: common text 'oy'", "q=oy"],
    ["searched: no match", "q=zzzzqqq"],
    // Postgres guesses a short text matches often and reads the list in order for it.
    ["searched: no match, four letters", "q=zzqx"],
    ["searched + filtered + sorted", "q=oy&stage=AWARENESS&sort=fit"],
  ],
  CONTACT: [
    ["default (newest first)", ""],
    ["filtered: stage + persona", "stage=ONBOARDING&stage=IMPACT&persona=EXECUTIVE"],
    ["filtered: account segment + owner", "segment=1&owner=unassigned"],
    ["sorted: name Z→A", "sort=name&dir=desc"],
    ["searched: common text 'oy'", "q=oy"],
    ["searched: no match", "q=zzzzqqq"],
    // Postgres guesses a short text matches often and reads the list in order for it.
    ["searched: no match, four letters", "q=zzqx"],
  ],
  ACCOUNT: [
    ["default (newest first)", ""],
    ["filtered: stage + tier + country", "stage=IMPACT&stage=EXPANSION&tier=KEY&country=FI"],
    ["filtered: segment + created range", "segment=2&from=2025-01-01&to=2025-12-31"],
    ["sorted: name A→Z", "sort=name"],
    ["sorted: employees, most first", "sort=employees"],
    ["searched: common text 'oy'", "q=oy"],
    ["searched: no match", "q=zzzzqqq"],
    // Postgres guesses a short text matches often and reads the list in order for it.
    ["searched: no match, four letters", "q=zzqx"],
  ],
  DEAL: [
    ["default (newest opened first)", ""],
    ["filtered: open, proposal or negotiation", "status=OPEN&pipeline=PROPOSAL&pipeline=NEGOTIATION"],
    ["filtered: account segment + close range + amount", "segment=1&closeFrom=2026-01-01&closeTo=2026-06-30&amountMin=10000"],
    ["sorted: amount, highest first", "sort=amount"],
    ["sorted: close date", "sort=close"],
    ["searched: common text 'oy'", "q=oy"],
    ["searched: no match", "q=zzzzqqq"],
    // Postgres guesses a short text matches often and reads the list in order for it.
    ["searched: no match, four letters", "q=zzqx"],
  ],
};

const RARE: Record<EntityKind, [string, string]> = { LEAD: ["Lead", "lastName"], CONTACT: ["Contact", "lastName"], ACCOUNT: ["Account", "name"], DEAL: ["Account", "name"] };
const DEEP: Record<EntityKind, string[]> = { LEAD: ["", "sort=fit", "sort=company"], CONTACT: ["", "sort=name"], ACCOUNT: ["sort=name", "sort=employees"], DEAL: ["", "sort=amount", "sort=close"] };

try {
  console.log(`Record lists at ${leads.toLocaleString("en")} leads`);
  for (const kind of kinds) {
    for (const [label, query] of CASES[kind]) await time(kind, label, view(kind, query));
    const word = await rare(...RARE[kind]);
    await time(kind, `searched: rare text '${word}'`, view(kind, `q=${encodeURIComponent(word)}`));
    for (const query of DEEP[kind]) await time(kind, `deep page (after 20): ${query || "default"}`, await deep(kind, query, 20));
  }
} finally {
  await client.$disconnect();
  await dataset.cluster.stop();
}
