import { acquire, acquireEarlier, type Win } from "./acquisition";
import { emitAccount, placeLead, sampleSource, accountLead, accountPerson, type AccountFate, type AccountState } from "./account";
import { DAY, YEAR, addMonths, workingTime } from "./calendar";
import { SEGMENTS, type SegmentKey } from "./company";
import type { Country } from "./catalog";
import { customerLife } from "./customer-life";
import { pickIndustry, type CompanyNamer } from "./people";
import { emitPlans } from "./plans";
import { Random, Weighted } from "./random";
import { emitRevenue } from "./revenue";
import type { Sim } from "./setup";
import { STREAM } from "./streams";

const SEGMENT_TABLE = new Weighted(SEGMENTS.map((segment) => [segment, segment.accountShare] as const));
const COUNTRY_TABLES = Object.fromEntries(
  SEGMENTS.map((segment) => [segment.key, Weighted.fromRecord<Country>(segment.countries)]),
) as Record<SegmentKey, Weighted<Country>>;

/** Share of accounts that come from a purchased target list for telemarketing. */
const LIST_IMPORT_SHARE = 0.14;
/** Share of imported accounts nobody ever reaches. */
const NEVER_REACHED_SHARE = 0.4;

/**
 * One account's whole history, decided before it is written: when it appears, whether and
 * when it buys (the first ids are customers won before the window), what it does as a
 * customer. Account `index` gets its own random stream, and accounts are spread over the
 * demand curve in index order, so ids grow with creation time. Returns the leads written.
 */
export function simulateAccount(sim: Sim, namer: CompanyNamer, index: number): number {
  const { setup } = sim;
  const { start, end } = setup.window;
  const rng = new Random(setup.seed, STREAM.account, index);
  const model = SEGMENT_TABLE.sample(rng);
  const country = COUNTRY_TABLES[model.key].sample(rng);
  const names = namer.next(country, model.key === "enterprise" && rng.chance(0.35));
  const acct: AccountState = {
    id: sim.ids.next("account"),
    rng,
    info: setup.segments[model.key],
    model,
    company: { ...names, industry: pickIndustry(rng, true), employees: Math.round(rng.skewed(model.employees)), country },
    usedLocals: new Set(),
    // Replaced by the time of the account's first event once that is known.
    createdAt: setup.window.origin,
    prospectOwnerId: setup.owners[model.prospectOwner].sample(rng),
    contacts: [],
    events: [],
    mrr: [],
    leads: 0,
  };

  let win: Win | null;
  const earlier = setup.preexistingAccounts;
  if (index < earlier) {
    const wonAt = workingTime(rng, setup.demand.within((index + rng.next()) / earlier, start - 4 * YEAR, start - 30 * DAY, rng));
    win = acquireEarlier(sim, acct, wonAt);
  } else {
    // Some start half a year before the window, so that its first months have deals in flight.
    const u = (index - earlier + rng.next()) / (setup.accounts - earlier);
    const firstAt = setup.demand.within(u, addMonths(start, -6), end - 2 * DAY, rng);
    if (rng.chance(LIST_IMPORT_SHARE)) {
      acct.createdAt = firstAt;
      acct.events.push({ at: firstAt, kind: "created", source: "TELEMARKETING", actorId: null, reason: "Imported from a target list" });
      const callAt = workingTime(rng, firstAt + rng.float(7, 150) * DAY);
      win = !rng.chance(NEVER_REACHED_SHARE) && callAt < end ? acquire(sim, acct, callAt, "TELEMARKETING") : null;
    } else {
      win = acquire(sim, acct, firstAt, null);
    }
  }

  if (acct.leads > 0) backgroundLeads(sim, acct);
  const fate: AccountFate = win === null ? { customerSince: null, ownerId: acct.prospectOwnerId, frameworkIntervalDays: null } : customerLife(sim, acct, win);
  const account = emitAccount(sim, acct, fate);
  emitRevenue(sim, acct);
  if (win !== null) emitPlans(sim, acct, account, win.acv);
  return acct.leads;
}

/** Newsletter sign-ups, webinar visits and new people at a known company over the window. */
function backgroundLeads(sim: Sim, acct: AccountState): void {
  const { setup } = sim;
  const rng = acct.rng;
  const end = setup.window.end;
  const from = Math.max(acct.createdAt + DAY, setup.window.start);
  if (from >= end - DAY) return;
  const count = rng.poisson((acct.model.backgroundLeadsPerYear * (end - from)) / YEAR);
  for (let i = 0; i < count; i++) {
    const placement = placeLead(setup, rng, sampleSource(rng, acct.model), setup.demand.between(rng, from, end), from);
    const workerId = acct.model.key === "enterprise" ? acct.prospectOwnerId : setup.owners.sdr.sample(rng);
    accountLead(sim, acct, placement, accountPerson(acct, placement.source), workerId, { kind: "nurture" });
  }
}
