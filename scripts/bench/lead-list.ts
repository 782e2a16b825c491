/**
 * Times the leads list's server query (page, capped count and rows) on a bench dataset:
 *   npx tsx --conditions=react-server scripts/bench/lead-list.ts [leads]
 */
import { createPrismaClient } from "@/lib/db/prisma";
import { listLeadPage } from "@/lib/data/leads";
import { parseLeadListView, type LeadListView } from "@/lib/validation/lead-list";
import { openDataset } from "./dataset";

const leads = Number(process.argv[2] ?? 100_000);
const dataset = await openDataset(leads, console.log);
const client = createPrismaClient(dataset.url);

async function time(label: string, view: LeadListView, runs = 5) {
  await listLeadPage(view, client);
  const samples: number[] = [];
  let total = 0;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    total = (await listLeadPage(view, client)).total;
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  console.log(`${label.padEnd(58)} median ${samples[runs >> 1]!.toFixed(1).padStart(7)} ms  max ${samples.at(-1)!.toFixed(1).padStart(7)} ms  count ${total}`);
}

/** The view after `pages` pages of it, reached by following the cursors. */
async function deep(query: string, pages: number): Promise<LeadListView> {
  let view = parseLeadListView(new URLSearchParams(query));
  for (let page = 0; page < pages; page++) {
    const next = (await listLeadPage(view, client)).next;
    if (!next) break;
    view = { ...view, after: next };
  }
  return view;
}

const cases: [string, string][] = [
  ["default (newest first)", ""],
  ["filtered: stage + status", "stage=CONSIDERATION&status=MQL&status=ACCEPTED"],
  ["filtered: source + segment + owner unassigned", "source=WEB&segment=1&owner=unassigned"],
  ["filtered: created in one month", "from=2026-03-01&to=2026-03-31"],
  ["sorted: fit score, highest first", "sort=fit"],
  ["sorted: name A→Z", "sort=name"],
  ["sorted: company Z→A", "sort=company&dir=desc"],
  ["filtered + sorted: stage by engagement", "stage=AWARENESS&sort=engagement"],
  ["searched: common text 'oy'", "q=oy"],
  ["searched: rare text (a surname)", "q=virtanen"],
  ["searched: no match", "q=zzzzqqq"],
  ["searched + filtered + sorted", "q=oy&stage=AWARENESS&sort=fit"],
];
try {
  console.log(`Leads list at ${leads.toLocaleString("en")} leads`);
  for (const [label, query] of cases) await time(label, parseLeadListView(new URLSearchParams(query)));
  for (const [label, query] of [["deep page (after 20): default", ""], ["deep page (after 20): sorted by fit", "sort=fit"], ["deep page (after 20): company A→Z", "sort=company"], ["deep page (after 20): filtered stage", "stage=AWARENESS"]] as const) {
    await time(label, await deep(query, 20));
  }
} finally {
  await client.$disconnect();
  await dataset.cluster.stop();
}
