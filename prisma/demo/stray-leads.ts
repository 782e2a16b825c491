import type { LeadSource } from "@/generated/prisma/enums";
import { DAY, HOUR, MINUTE, type Ms } from "./calendar";
import type { Country } from "./catalog";
import { placeLead } from "./account";
import { REJECTION_BY_SOURCE, STRAY_LEAD_SOURCES } from "./lead-sources";
import { emitLead, sampleRejection, type LeadOutcome } from "./lead-journey";
import { fitScore, makePerson, pickIndustry, segmentForEmployees, type CompanyNamer } from "./people";
import { Random, Weighted } from "./random";
import type { Sim } from "./setup";
import { STREAM } from "./streams";

const SOURCES = Weighted.fromRecord(STRAY_LEAD_SOURCES);
const COUNTRIES = Weighted.fromRecord<Country>({ FI: 62, SE: 14, NO: 7, DK: 6, EE: 11 });
const EMPLOYEES = { median: 25, sigma: 1.4, min: 1, max: 20000 };

/**
 * Leads from companies that are not in the CRM: students, consultants, companies too small
 * or in the wrong business, and some that look right but never get further. They never
 * convert; those that reach MQL are rejected by sales, more often from the sources that
 * bring more noise, or still wait for a decision.
 */
export function simulateStrayCompany(sim: Sim, namer: CompanyNamer, index: number, written: number, total: number): number {
  const { setup } = sim;
  const { start, end } = setup.window;
  const rng = new Random(setup.seed, STREAM.strayCompany, index);
  // Spread over the demand curve by lead number, as the accounts are by account number.
  const firstAt = setup.demand.within((written + rng.next()) / total, start, end - HOUR, rng);
  const maxLeads = total - written;
  const country = COUNTRIES.sample(rng);
  const known = rng.chance(0.88);
  const names = known ? namer.next(country, false) : null;
  const employees = known ? Math.round(rng.skewed(EMPLOYEES)) : null;
  const company = names !== null && employees !== null ? { ...names, industry: pickIndustry(rng, false), employees, country } : null;
  const segmentModel = segmentForEmployees(employees);
  const segment = segmentModel === null ? null : setup.segments[segmentModel.key];
  const usedLocals = new Set<string>();
  const count = Math.min(maxLeads, 1 + (rng.chance(0.3) ? 1 + (rng.chance(0.3) ? 1 : 0) : 0));

  for (let i = 0; i < count; i++) {
    const wanted = i === 0 ? firstAt : firstAt + rng.next() * Math.min(120 * DAY, end - firstAt - MINUTE);
    const placement = placeLead(setup, rng, SOURCES.sample(rng), wanted, start);
    const person = makePerson(rng, country, placement.source, company?.domain ?? null, company === null ? null : usedLocals);
    const fit = fitScore(rng, company?.industry ?? null, segmentModel, person.persona);
    emitLead(sim, rng, {
      createdAt: placement.createdAt,
      source: placement.source,
      campaign: placement.campaign,
      person,
      company,
      accountId: null,
      segment,
      fit,
      workerId: setup.owners.sdr.sample(rng),
      outcome: strayOutcome(sim, rng, placement.source, placement.createdAt, fit, segment !== null),
    });
  }
  return count;
}

function strayOutcome(sim: Sim, rng: Random, source: LeadSource, createdAt: Ms, fit: number, hasSegment: boolean): LeadOutcome {
  const end = sim.setup.window.end;
  // Noisy sources let more of these through the MQL scoring, and sales sends them back.
  const mqlChance = Math.min(0.15, (0.03 * (REJECTION_BY_SOURCE[source].rate / 0.33) * fit) / 50);
  if (!hasSegment || !rng.chance(mqlChance)) return { kind: "nurture" };
  const mqlAt = createdAt + rng.logNormal(5 * DAY, 0.8);
  if (mqlAt >= end) return { kind: "nurture" };
  const decidedAt = mqlAt + Math.max(10 * MINUTE, rng.logNormal(8 * HOUR, 1.2));
  if (decidedAt >= end) return { kind: "mql", mqlAt };
  return { kind: "rejected", mqlAt, decidedAt, ...sampleRejection(rng, source) };
}
