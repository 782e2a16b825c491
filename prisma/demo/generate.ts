import { Ids } from "./ids";
import { CompanyNamer } from "./people";
import { emptyTables, TABLE_ORDER, type DemoTables } from "./rows";
import { buildSetup, type GenerateOptions, type Sim } from "./setup";
import { simulateAccount } from "./simulate-account";
import { simulateStrayCompany } from "./stray-leads";

/** Accounts per chunk: each chunk carries the accounts with every row that belongs to them. */
const ACCOUNTS_PER_CHUNK = 1_000;
const STRAY_LEADS_PER_CHUNK = 20_000;

/**
 * The demo data as a sequence of chunks, so that a million leads never sit in memory at
 * once: first the company's configuration, then accounts with everything that hangs on
 * them, then the leads of companies that are not in the CRM, which top the total up to
 * `leads`. Pure: same options, same rows.
 */
export function* generateDemoChunks(options: GenerateOptions): Generator<DemoTables> {
  for (const step of generateDemoSteps(options)) if (step !== null) yield step;
}

/**
 * The same chunks, with a `null` after every account and every stray company: points at which
 * a caller can let other work run, such as streaming the previous chunk to the database.
 */
export function* generateDemoSteps(options: GenerateOptions): Generator<DemoTables | null> {
  const { setup, tables } = buildSetup(options);
  yield tables;

  const ids = new Ids();
  const namer = new CompanyNamer();
  let accountLeads = 0;
  for (let first = 0; first < setup.accounts; first += ACCOUNTS_PER_CHUNK) {
    const sim: Sim = { setup, ids, out: emptyTables() };
    const last = Math.min(setup.accounts, first + ACCOUNTS_PER_CHUNK);
    for (let index = first; index < last; index++) {
      accountLeads += simulateAccount(sim, namer, index);
      yield null;
    }
    yield sim.out;
  }

  const strayLeads = Math.max(0, setup.leads - accountLeads);
  let written = 0;
  let company = 0;
  while (written < strayLeads) {
    const sim: Sim = { setup, ids, out: emptyTables() };
    const chunkEnd = Math.min(strayLeads, written + STRAY_LEADS_PER_CHUNK);
    while (written < chunkEnd) {
      written += simulateStrayCompany(sim, namer, company++, written, strayLeads);
      yield null;
    }
    yield sim.out;
  }
}

/** All of the demo data at once; for small scales and tests. */
export function generateDemo(options: GenerateOptions): DemoTables {
  const all = emptyTables();
  for (const chunk of generateDemoChunks(options)) {
    for (const key of TABLE_ORDER) {
      const target = all[key] as unknown[];
      for (const row of chunk[key]) target.push(row);
    }
  }
  return all;
}
