import type { LeadSource, Persona } from "@/generated/prisma/enums";
import { CATALOG, INDUSTRIES, PERSONA_FIT, TITLES, slug, type Country } from "./catalog";
import { SEGMENTS, type SegmentModel } from "./company";
import { PERSONAS_BY_SOURCE } from "./lead-sources";
import { Weighted, type Random } from "./random";

export type Company = { name: string; domain: string; industry: string; employees: number; country: Country };

export type Person = {
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  title: string;
  persona: Persona;
};

const CITY_TABLES = Object.fromEntries(
  Object.entries(CATALOG).map(([country, catalog]) => [country, new Weighted(catalog.cities)]),
) as Record<Country, Weighted<string>>;

const PERSONA_TABLES = Object.fromEntries(
  Object.entries(PERSONAS_BY_SOURCE).map(([source, weights]) => [source, Weighted.fromRecord(weights)]),
) as Record<LeadSource, Weighted<Persona>>;

/** Companies in the CRM are mostly ones that fit; companies that only leave a lead are anyone. */
const CRM_INDUSTRIES = new Weighted(INDUSTRIES.map(([name, fit]) => [name, 0.2 + fit * fit] as const));
const ANY_INDUSTRIES = new Weighted(INDUSTRIES.map(([name]) => [name, 1] as const));
const INDUSTRY_FIT = new Map(INDUSTRIES.map(([name, fit]) => [name, fit]));

/**
 * Names companies so that no two share a domain: each country's names are handed out in a
 * scrambled order of stem × word, then again with a city qualifier, then numbered. The only
 * state is one counter per country, so the names depend on generation order alone.
 */
export class CompanyNamer {
  private readonly counters: Record<Country, number> = { FI: 0, SE: 0, NO: 0, DK: 0, EE: 0 };

  next(country: Country, large: boolean): { name: string; domain: string } {
    const catalog = CATALOG[country];
    const stems = catalog.companyStems.length;
    const words = catalog.companyWords.length;
    const space = stems * words;
    const n = this.counters[country]++;
    const round = Math.floor(n / space);
    // An affine permutation scatters consecutive companies over the name space.
    const slot = ((n % space) * coprimeStep(space)) % space;
    const stem = catalog.companyStems[slot % stems]!;
    const word = catalog.companyWords[Math.floor(slot / stems)]!;
    const cities = catalog.cities;
    const qualifier = round === 0 ? "" : round <= cities.length ? cities[round - 1]![0] : `${cities[round % cities.length]![0]} ${round}`;
    const base = qualifier ? `${stem} ${word} ${qualifier}` : `${stem} ${word}`;
    return {
      name: `${base} ${large ? catalog.largeLegalForm : catalog.legalForm}`,
      domain: `${slug(base)}.${catalog.tld}`,
    };
  }
}

const steps = new Map<number, number>();

function coprimeStep(space: number): number {
  let step = steps.get(space);
  if (step === undefined) {
    step = Math.floor(space * 0.618) | 1;
    while (gcd(step, space) !== 1) step += 2;
    steps.set(space, step);
  }
  return step;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

export function pickCity(rng: Random, country: Country): string {
  return CITY_TABLES[country].sample(rng);
}

export function pickIndustry(rng: Random, inCrm: boolean): string {
  return (inCrm ? CRM_INDUSTRIES : ANY_INDUSTRIES).sample(rng);
}

export function industryFit(industry: string): number {
  return INDUSTRY_FIT.get(industry) ?? 0.3;
}

/** The segment whose rule an employee count falls in, by priority (the same rule as the app's). */
export function segmentForEmployees(employees: number | null): SegmentModel | null {
  if (employees === null) return null;
  for (const segment of SEGMENTS) {
    if (segment.minEmployees !== null && employees < segment.minEmployees) continue;
    if (segment.maxEmployees !== null && employees > segment.maxEmployees) continue;
    return segment;
  }
  return null;
}

/**
 * A person at a company. `usedLocals` holds the email local parts already taken at the
 * company's domain, which keeps emails unique without any global index.
 */
export function makePerson(
  rng: Random,
  country: Country,
  source: LeadSource,
  domain: string | null,
  usedLocals: Set<string> | null,
): Person {
  const catalog = CATALOG[country];
  const firstName = rng.pick(catalog.firstNames);
  const lastName = rng.pick(catalog.lastNames);
  const persona = PERSONA_TABLES[source].sample(rng);
  const title = rng.pick(TITLES[persona]);
  let email: string | null = null;
  if (domain !== null && usedLocals !== null) {
    const base = `${slug(firstName)}.${slug(lastName)}`.replace(/-/g, ".");
    let local = base;
    for (let n = 2; usedLocals.has(local); n++) local = `${base}${n}`;
    usedLocals.add(local);
    email = `${local}@${domain}`;
  }
  const phone = rng.chance(source === "TELEMARKETING" ? 1 : 0.6) ? phoneNumber(rng, country) : null;
  return { firstName, lastName, email, phone, title, persona };
}

function phoneNumber(rng: Random, country: Country): string {
  const catalog = CATALOG[country];
  const groups = catalog.phoneGroups.map((digits) => String(rng.int(10 ** (digits - 1), 10 ** digits - 1)));
  return `${catalog.phonePrefix} ${rng.pick(catalog.mobilePrefixes)} ${groups.join(" ")}`;
}

/** 0–100: company fit (industry, size) and person fit (persona), as marketing scores them. */
export function fitScore(rng: Random, industry: string | null, segment: SegmentModel | null, persona: Persona): number {
  const industryPart = industry === null ? 0.3 : industryFit(industry);
  const sizePart = segment === null ? 0.2 : segment.key === "volume" ? 0.6 : 1;
  const score = 100 * (0.4 * industryPart + 0.25 * sizePart + 0.35 * PERSONA_FIT[persona]) + rng.normal(0, 6);
  return Math.round(Math.min(100, Math.max(0, score)));
}
