import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import type { Persona } from "@/generated/prisma/enums";
import { evaluateMql, type MqlCandidate, type MqlRule } from "@/lib/bowtie/mql";
import { mqlCandidateIn } from "@/lib/bowtie/mql-inputs";
import { lastEngagedSql, mqlQualifiesSql } from "@/lib/bowtie/mql-sql";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const asOf = new Date("2026-06-30T12:00:00.000Z");
const DAY = 86_400_000;
const ago = (ms: number) => new Date(asOf.getTime() - ms);

const open: MqlRule = { industries: [], minEmployees: null, maxEmployees: null, countries: [], personas: [], titleKeywords: [], minEngagementScore: 0, withinDays: 30 };

// Rules that each ask for something different, including the edges of every criterion.
const RULES: Record<string, MqlRule> = {
  "anything, engaged within 30 days": open,
  "industries listed": { ...open, industries: ["Manufacturing", "Energy & utilities"] },
  "100 employees or more": { ...open, minEmployees: 100 },
  "up to 500 employees": { ...open, maxEmployees: 500 },
  "100–500 employees": { ...open, minEmployees: 100, maxEmployees: 500 },
  "exactly 250 employees": { ...open, minEmployees: 250, maxEmployees: 250 },
  "Nordic countries": { ...open, countries: ["FI", "SE", "NO"] },
  "personas only": { ...open, personas: ["EXECUTIVE", "MANAGER"] },
  "title keywords only": { ...open, titleKeywords: ["huolto", "Service", "ÄÄNI"] },
  "personas or keywords": { ...open, personas: ["TECHNICAL"], titleKeywords: ["maintenance"] },
  "engagement at least 50": { ...open, minEngagementScore: 50 },
  "engagement at least 100": { ...open, minEngagementScore: 100 },
  "engaged within 1 day": { ...open, withinDays: 1 },
  "everything at once": {
    industries: ["Manufacturing"],
    minEmployees: 50,
    maxEmployees: 1000,
    countries: ["FI"],
    personas: ["DEPARTMENT_HEAD"],
    titleKeywords: ["kunnossapito"],
    minEngagementScore: 40,
    withinDays: 60,
  },
};

type LeadCase = {
  industry?: string | null;
  employees?: number | null;
  country?: string | null;
  persona?: Persona | null;
  title?: string | null;
  engagementScore?: number;
  /** How long before as-of each touch was (negative: after as-of). */
  touches?: number[];
};

// Leads on both sides of every edge the rules above draw.
const LEADS: Record<string, LeadCase> = {
  "fits everything": { industry: "Manufacturing", employees: 250, country: "FI", persona: "DEPARTMENT_HEAD", title: "Kunnossapitopäällikkö", engagementScore: 60, touches: [DAY] },
  "no fields at all": { touches: [DAY] },
  "never touched": { industry: "Manufacturing", employees: 250, country: "FI", engagementScore: 100 },
  "touched only after as-of": { engagementScore: 100, touches: [-DAY] },
  "touched exactly at as-of": { engagementScore: 100, touches: [0] },
  "touched exactly 30 days before": { engagementScore: 100, touches: [30 * DAY] },
  "touched 30 days and 1 ms before": { engagementScore: 100, touches: [30 * DAY + 1] },
  "touched exactly 1 day before": { engagementScore: 100, touches: [DAY] },
  "touched 1 day and 1 ms before": { engagementScore: 100, touches: [DAY + 1, 40 * DAY] },
  "an old touch and a future one": { engagementScore: 100, touches: [90 * DAY, -DAY] },
  "other industry": { industry: "Retail", employees: 250, touches: [DAY] },
  "industry in other case": { industry: "manufacturing", touches: [DAY] },
  "99 employees": { employees: 99, touches: [DAY] },
  "100 employees": { employees: 100, touches: [DAY] },
  "500 employees": { employees: 500, touches: [DAY] },
  "501 employees": { employees: 501, touches: [DAY] },
  "250 employees": { employees: 250, touches: [DAY] },
  "0 employees": { employees: 0, touches: [DAY] },
  "Sweden": { country: "SE", touches: [DAY] },
  "Germany": { country: "DE", touches: [DAY] },
  "executive, no title": { persona: "EXECUTIVE", touches: [DAY] },
  "technical, no title": { persona: "TECHNICAL", touches: [DAY] },
  "other persona, keyword in title": { persona: "OTHER", title: "Head of Field Service", touches: [DAY] },
  "no persona, keyword upper case": { title: "HUOLTOPÄÄLLIKKÖ", touches: [DAY] },
  "no persona, Finnish capitals": { title: "Ääniteknikko", touches: [DAY] },
  "no persona, keyword inside a word": { title: "Kiinteistöhuoltoyhtiön johtaja", touches: [DAY] },
  "no persona, maintenance": { title: "Maintenance planner", touches: [DAY] },
  "no persona, title without keyword": { title: "Controller", touches: [DAY] },
  "engagement 49": { engagementScore: 49, touches: [DAY] },
  "engagement 50": { engagementScore: 50, touches: [DAY] },
  "engagement 100": { engagementScore: 100, touches: [DAY] },
  "fits but for the persona": { industry: "Manufacturing", employees: 250, country: "FI", persona: "MANAGER", title: "Buyer", engagementScore: 60, touches: [DAY] },
  "fits but for the size": { industry: "Manufacturing", employees: 1001, country: "FI", persona: "DEPARTMENT_HEAD", engagementScore: 60, touches: [DAY] },
  "fits but for recency": { industry: "Manufacturing", employees: 50, country: "FI", persona: "DEPARTMENT_HEAD", engagementScore: 40, touches: [61 * DAY] },
};

describe("the SQL form of the MQL rule agrees with evaluateMql", () => {
  let database: TestDatabase;
  const ids = new Map<string, number>();
  // What the app's qualify move reads for each lead: the JavaScript side of the comparison.
  const candidates = new Map<string, MqlCandidate>();

  beforeAll(async () => {
    database = await createTestDatabase();
    let n = 0;
    for (const [name, lead] of Object.entries(LEADS)) {
      const { id } = await database.prisma.lead.create({
        data: {
          firstName: "Case",
          lastName: String(n++),
          source: "WEB",
          industry: lead.industry ?? null,
          employees: lead.employees ?? null,
          country: lead.country ?? null,
          persona: lead.persona ?? null,
          title: lead.title ?? null,
          engagementScore: lead.engagementScore ?? 0,
        },
      });
      for (const before of lead.touches ?? []) {
        await database.prisma.touchpoint.create({ data: { type: "WEB_VISIT", channel: "WEB", occurredAt: ago(before), leadId: id } });
      }
      ids.set(name, id);
      candidates.set(name, (await mqlCandidateIn(database.prisma, id, asOf))!);
    }
  });
  afterAll(() => database.drop());

  it.each(Object.entries(RULES))("%s: the same verdict for every lead of the table, some qualifying and some not", async (_name, rule) => {
    const rows = await database.prisma.$queryRaw<{ id: number; qualifies: boolean }[]>(Prisma.sql`
      SELECT l.id, ${mqlQualifiesSql(rule, asOf)} AS qualifies
        FROM "Lead" l LEFT JOIN LATERAL ${lastEngagedSql(asOf)} e ON true`);
    const bySql = new Map(rows.map((row) => [row.id, row.qualifies]));
    const sql = [...ids].map(([name, id]) => [name, bySql.get(id)]);
    const js = [...ids].map(([name]) => [name, evaluateMql(rule, candidates.get(name)!, asOf).qualifies]);
    expect(sql).toEqual(js);
    expect(new Set(js.map(([, qualifies]) => qualifies))).toEqual(new Set([true, false]));
  });

  it("the table makes every criterion pass and fail", () => {
    const outcomes = new Set<string>();
    for (const rule of Object.values(RULES)) {
      for (const candidate of candidates.values()) {
        const verdict = evaluateMql(rule, candidate, asOf);
        outcomes.add(`qualifies:${verdict.qualifies}`);
        for (const check of verdict.checks) outcomes.add(`${check.key}:${check.pass}`);
      }
    }
    expect([...outcomes].sort()).toEqual(
      ["companySize", "country", "engagement", "industry", "persona", "qualifies", "recency"].flatMap((key) => [`${key}:false`, `${key}:true`]),
    );
  });
});
