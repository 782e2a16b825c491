import type {
  Channel,
  CustomerTier,
  EngagementMode,
  LeadSource,
  LostReason,
  Persona,
  Role,
  Stage,
  TeamFunction,
} from "@/generated/prisma/enums";
import { slug, type Country } from "./catalog";

/**
 * The demo company: Kuura Systems Oy, a Finnish SaaS for field-service and maintenance
 * management selling to property, facility and industrial service companies in Finland and
 * the Nordics. Everything the simulation assumes about its business lives here.
 */
export const DEMO_COMPANY = { name: "Kuura Systems Oy", product: "Kuura FSM" } as const;

export const PRODUCT_LINES = ["Platform", "Analytics", "Integrations", "Services"] as const;
export type ProductLine = (typeof PRODUCT_LINES)[number];

export type TeamKey = "marketing" | "sdr" | "ae" | "cs" | "am" | "webshop";

type TeamModel = { key: TeamKey; name: string; function: TeamFunction; monthlyCapacity: number };

/** Capacities at the default scale (20,000 leads); they grow with the `leads` option. */
export const TEAMS: readonly TeamModel[] = [
  { key: "marketing", name: "Marketing", function: "MARKETING", monthlyCapacity: 1500 },
  // The bottleneck of the customer factory: fewer calls than there are inbound leads.
  { key: "sdr", name: "SDR / telemarketing", function: "SDR", monthlyCapacity: 700 },
  { key: "ae", name: "Account executives", function: "ACCOUNT_EXECUTIVE", monthlyCapacity: 60 },
  { key: "cs", name: "Customer success", function: "CUSTOMER_SUCCESS", monthlyCapacity: 25 },
  { key: "am", name: "Account management", function: "ACCOUNT_MANAGEMENT", monthlyCapacity: 150 },
  { key: "webshop", name: "Self-service web shop", function: "SELF_SERVICE", monthlyCapacity: 4000 },
];

export type UserModel = {
  email: string;
  name: string;
  role: Role;
  team: TeamKey | null;
  locale: "en" | "fi";
  /** Share of the team's records this person owns, relative to teammates. */
  load: number;
};

export const DEMO_PASSWORD = "rusetti-demo";

/** The four users a demo visitor signs in as, one per role. */
export const ROLE_USERS: readonly UserModel[] = [
  { email: "admin@rusetti.demo", name: "Aino Admin", role: "ADMIN", team: null, locale: "en", load: 0 },
  { email: "leadership@rusetti.demo", name: "Leena Johto", role: "LEADERSHIP", team: null, locale: "en", load: 0 },
  { email: "sales@rusetti.demo", name: "Sami Myynti", role: "SALES", team: "ae", locale: "en", load: 2 },
  { email: "marketing@rusetti.demo", name: "Maija Markkinointi", role: "MARKETING", team: "marketing", locale: "en", load: 2 },
];

const staff = (name: string, role: Role, team: TeamKey, locale: "en" | "fi" = "en"): UserModel => ({
  email: `${slug(name).replace(/-/g, ".")}@rusetti.demo`,
  name,
  role,
  team,
  locale,
  load: 1,
});

/** The people who own the records. */
export const STAFF_USERS: readonly UserModel[] = [
  staff("Elina Laaksonen", "MARKETING", "marketing", "fi"),
  staff("Jonas Berg", "MARKETING", "marketing"),
  staff("Ville Korhonen", "SALES", "sdr"),
  staff("Emma Nieminen", "SALES", "sdr"),
  staff("Oskari Mäkinen", "SALES", "sdr", "fi"),
  staff("Sara Lindqvist", "SALES", "sdr"),
  staff("Mikko Virtanen", "SALES", "ae"),
  staff("Hanna Heikkinen", "SALES", "ae"),
  staff("Anders Nilsson", "SALES", "ae"),
  staff("Ingrid Solberg", "SALES", "ae"),
  staff("Laura Koskinen", "SALES", "cs"),
  staff("Teemu Järvinen", "SALES", "cs"),
  staff("Noora Salo", "SALES", "cs"),
  staff("Petri Lehtonen", "SALES", "am"),
  staff("Kaisa Hämäläinen", "SALES", "am"),
  staff("Juho Rantanen", "SALES", "webshop"),
];

export const ALL_USERS: readonly UserModel[] = [...ROLE_USERS, ...STAFF_USERS];

export type SegmentKey = "enterprise" | "mid-market" | "volume";

type Spread = { median: number; sigma: number; min: number; max: number };

/** A segment's sales model and the economics the simulation draws from. */
export type SegmentModel = {
  key: SegmentKey;
  nameEn: string;
  nameFi: string;
  priority: number;
  minEmployees: number | null;
  maxEmployees: number | null;
  /** Share of the accounts in the CRM. */
  accountShare: number;
  employees: Spread;
  countries: Readonly<Record<Country, number>>;
  tier: CustomerTier;
  /** People of one buying group who show up as leads in one buying attempt. */
  buyingGroup: readonly [min: number, max: number];
  /** Further leads from the same company per year (newsletters, webinars, new people). */
  backgroundLeadsPerYear: number;
  leadSources: Readonly<Partial<Record<LeadSource, number>>>;
  /** Chance that a buying attempt produces a marketing-qualified lead. */
  mqlChance: number;
  /** Days from the first touch to the MQL. */
  daysToMql: Spread;
  /** Hours from the MQL to sales' accept or reject: the speed of the hand-off. */
  hoursToDecision: Spread;
  /** Annual contract value of a new customer, in cents. */
  acv: Spread;
  winRate: number;
  salesCycleDays: Spread;
  lostReasons: Readonly<Partial<Record<LostReason, number>>>;
  /** Days from the kick-off to first value. */
  timeToValueDays: Spread;
  expansionsPerYear: number;
  annualChurn: number;
  /** Enterprise and mid-market contracts renew yearly through a renewal deal. */
  renewalDeals: boolean;
  contractionChance: number;
  reactivationChance: number;
  frameworkShare: number;
  /** Who owns the account before and after the purchase. */
  prospectOwner: TeamKey;
  customerOwner: TeamKey | null;
  dealOwner: TeamKey;
  /** Chance that a volume purchase goes through the web shop without an owner. */
  selfServiceShare: number;
};

export const SEGMENTS: readonly SegmentModel[] = [
  {
    key: "enterprise",
    nameEn: "Enterprise",
    nameFi: "Suuryritykset",
    priority: 1,
    minEmployees: 1000,
    maxEmployees: null,
    accountShare: 0.12,
    employees: { median: 2600, sigma: 0.8, min: 1000, max: 60000 },
    countries: { FI: 45, SE: 27, NO: 14, DK: 10, EE: 4 },
    tier: "KEY",
    buyingGroup: [2, 5],
    backgroundLeadsPerYear: 2.5,
    leadSources: { WEB: 10, DOWNLOAD: 14, MAILING_LIST: 6, TELEMARKETING: 6, TRADE_FAIR: 20, WEBINAR: 18, REFERRAL: 12, PARTNER: 14 },
    mqlChance: 0.62,
    daysToMql: { median: 24, sigma: 0.6, min: 2, max: 120 },
    hoursToDecision: { median: 30, sigma: 0.8, min: 1, max: 400 },
    acv: { median: 9_500_000, sigma: 0.5, min: 3_500_000, max: 60_000_000 },
    winRate: 0.2,
    salesCycleDays: { median: 150, sigma: 0.35, min: 60, max: 420 },
    lostReasons: { COMPETITOR: 30, NO_DECISION: 30, PRICE: 12, FEATURES: 12, TIMING: 10, RELATIONSHIP: 4, OTHER: 2 },
    timeToValueDays: { median: 90, sigma: 0.3, min: 45, max: 200 },
    expansionsPerYear: 1.0,
    annualChurn: 0.05,
    renewalDeals: true,
    contractionChance: 0.08,
    reactivationChance: 0.2,
    frameworkShare: 0.2,
    prospectOwner: "ae",
    customerOwner: "am",
    dealOwner: "ae",
    selfServiceShare: 0,
  },
  {
    key: "mid-market",
    nameEn: "Mid-market",
    nameFi: "Keskisuuret",
    priority: 2,
    minEmployees: 100,
    maxEmployees: 999,
    accountShare: 0.33,
    employees: { median: 260, sigma: 0.6, min: 100, max: 999 },
    countries: { FI: 58, SE: 20, NO: 9, DK: 7, EE: 6 },
    tier: "MID",
    buyingGroup: [1, 3],
    backgroundLeadsPerYear: 0.9,
    leadSources: { WEB: 18, DOWNLOAD: 16, MAILING_LIST: 10, TELEMARKETING: 18, TRADE_FAIR: 10, WEBINAR: 14, REFERRAL: 7, PARTNER: 7 },
    mqlChance: 0.55,
    daysToMql: { median: 12, sigma: 0.7, min: 1, max: 90 },
    hoursToDecision: { median: 10, sigma: 1.0, min: 0.5, max: 300 },
    acv: { median: 2_400_000, sigma: 0.45, min: 900_000, max: 8_000_000 },
    winRate: 0.3,
    salesCycleDays: { median: 60, sigma: 0.4, min: 20, max: 200 },
    lostReasons: { COMPETITOR: 28, PRICE: 22, NO_DECISION: 20, FEATURES: 12, TIMING: 12, RELATIONSHIP: 4, OTHER: 2 },
    timeToValueDays: { median: 40, sigma: 0.3, min: 20, max: 100 },
    expansionsPerYear: 0.5,
    annualChurn: 0.1,
    renewalDeals: true,
    contractionChance: 0.08,
    reactivationChance: 0.12,
    frameworkShare: 0.1,
    prospectOwner: "ae",
    customerOwner: "cs",
    dealOwner: "ae",
    selfServiceShare: 0,
  },
  {
    key: "volume",
    nameEn: "Volume",
    nameFi: "Volyymi",
    priority: 3,
    minEmployees: null,
    maxEmployees: 99,
    accountShare: 0.55,
    employees: { median: 22, sigma: 0.7, min: 3, max: 99 },
    countries: { FI: 70, SE: 12, NO: 5, DK: 4, EE: 9 },
    tier: "SMALL",
    buyingGroup: [1, 2],
    backgroundLeadsPerYear: 0.35,
    leadSources: { WEB: 34, DOWNLOAD: 20, MAILING_LIST: 14, TELEMARKETING: 18, TRADE_FAIR: 3, WEBINAR: 7, REFERRAL: 2, PARTNER: 2 },
    mqlChance: 0.5,
    daysToMql: { median: 4, sigma: 0.8, min: 0.2, max: 60 },
    hoursToDecision: { median: 5, sigma: 1.1, min: 0.2, max: 240 },
    acv: { median: 360_000, sigma: 0.4, min: 120_000, max: 1_200_000 },
    winRate: 0.42,
    salesCycleDays: { median: 18, sigma: 0.5, min: 3, max: 75 },
    lostReasons: { PRICE: 38, COMPETITOR: 18, TIMING: 16, NO_DECISION: 14, FEATURES: 10, OTHER: 4 },
    timeToValueDays: { median: 12, sigma: 0.4, min: 4, max: 40 },
    expansionsPerYear: 0.25,
    annualChurn: 0.2,
    renewalDeals: false,
    contractionChance: 0.05,
    reactivationChance: 0.08,
    frameworkShare: 0,
    prospectOwner: "sdr",
    customerOwner: null,
    dealOwner: "sdr",
    selfServiceShare: 0.45,
  },
];

/**
 * The sales-model matrix: enterprise work is person-to-person from comparison on and marketing
 * only produces the leads; mid-market leads are qualified by marketing before the hand-off;
 * volume customers buy digitally and meet a person at the contract at most.
 */
export const STAGE_OWNERS: Readonly<Record<SegmentKey, Readonly<Record<Exclude<Stage, "CHURNED">, readonly [TeamKey, EngagementMode]>>>> = {
  enterprise: {
    AWARENESS: ["marketing", "DIGITAL"],
    CONSIDERATION: ["marketing", "DIGITAL"],
    COMPARISON: ["ae", "H2H"],
    PURCHASE: ["ae", "H2H"],
    ONBOARDING: ["cs", "H2H"],
    IMPACT: ["am", "H2H"],
    EXPANSION: ["am", "H2H"],
  },
  "mid-market": {
    AWARENESS: ["marketing", "DIGITAL"],
    CONSIDERATION: ["marketing", "DIGITAL"],
    COMPARISON: ["ae", "H2H"],
    PURCHASE: ["ae", "H2H"],
    ONBOARDING: ["cs", "H2H"],
    IMPACT: ["cs", "DIGITAL"],
    EXPANSION: ["am", "H2H"],
  },
  volume: {
    AWARENESS: ["marketing", "DIGITAL"],
    CONSIDERATION: ["marketing", "DIGITAL"],
    COMPARISON: ["webshop", "DIGITAL"],
    PURCHASE: ["sdr", "H2H"],
    ONBOARDING: ["webshop", "DIGITAL"],
    IMPACT: ["cs", "DIGITAL"],
    EXPANSION: ["webshop", "DIGITAL"],
  },
};

export type CareModelSpec = {
  tier: CustomerTier;
  nameEn: string;
  nameFi: string;
  channels: readonly Channel[];
  contactCadenceDays: number;
  descriptionEn: string;
  descriptionFi: string;
};

export const CARE_MODELS: readonly CareModelSpec[] = [
  {
    tier: "KEY",
    nameEn: "Key account care",
    nameFi: "Avainasiakkuus",
    channels: ["IN_PERSON", "PHONE", "EMAIL", "EVENT"],
    contactCadenceDays: 30,
    descriptionEn: "A named account manager, monthly meetings and quarterly business reviews, a yearly account plan and account-based marketing around it.",
    descriptionFi: "Nimetty asiakkuuspäällikkö, kuukausitapaamiset ja neljännesvuosikatsaukset, vuosittainen asiakkuussuunnitelma ja sitä tukeva asiakaskohtainen markkinointi.",
  },
  {
    tier: "MID",
    nameEn: "Managed care",
    nameFi: "Hoidettu asiakkuus",
    channels: ["PHONE", "EMAIL", "WEB"],
    contactCadenceDays: 90,
    descriptionEn: "A customer success manager runs the onboarding programme and a review every quarter; customer webinars in between.",
    descriptionFi: "Asiakkuusvastaava vetää käyttöönotto-ohjelman ja katsauksen kerran neljänneksessä; välissä asiakaswebinaarit.",
  },
  {
    tier: "SMALL",
    nameEn: "Digital care",
    nameFi: "Digitaalinen asiakkuus",
    channels: ["SELF_SERVICE", "EMAIL", "WEB"],
    contactCadenceDays: 180,
    descriptionEn: "Self-service portal, automated onboarding emails and a monthly newsletter; a person calls only when usage drops.",
    descriptionFi: "Itsepalveluportaali, automaattiset käyttöönottoviestit ja kuukausikirje; ihminen soittaa vain, kun käyttö hiipuu.",
  },
];

/** What the MQL agreement of each segment says, version 1. */
export const MQL_CRITERIA: Readonly<Record<SegmentKey, {
  industries: readonly string[];
  personas: readonly Persona[];
  titleKeywords: readonly string[];
  minEngagementScore: number;
  withinDays: number;
  notes: string;
}>> = {
  enterprise: {
    industries: ["Property management", "Facility services", "Building services & HVAC", "Elevators & escalators", "Energy & utilities", "Industrial maintenance", "Telecom networks", "Manufacturing", "Healthcare equipment"],
    personas: ["EXECUTIVE", "DEPARTMENT_HEAD", "MANAGER", "TECHNICAL"],
    titleKeywords: ["service", "maintenance", "operations", "huolto", "kunnossapito", "field"],
    minEngagementScore: 40,
    withinDays: 90,
    notes: "Any fitting role counts: the AE qualifies the buying group in the first meeting.",
  },
  "mid-market": {
    industries: ["Property management", "Facility services", "Building services & HVAC", "Elevators & escalators", "Energy & utilities", "Industrial maintenance", "Telecom networks", "Manufacturing", "Healthcare equipment", "Public sector"],
    personas: ["EXECUTIVE", "DEPARTMENT_HEAD", "MANAGER"],
    titleKeywords: ["service", "maintenance", "huolto", "kunnossapito", "isännöitsijä", "property"],
    minEngagementScore: 50,
    withinDays: 60,
    notes: "Marketing qualifies by behaviour before the hand-off: a demo request, a webinar or two downloads.",
  },
  volume: {
    industries: ["Property management", "Facility services", "Building services & HVAC", "Elevators & escalators", "Industrial maintenance", "Construction"],
    personas: ["EXECUTIVE", "DEPARTMENT_HEAD", "MANAGER", "SPECIALIST"],
    titleKeywords: ["toimitusjohtaja", "ceo", "owner", "service", "huolto"],
    minEngagementScore: 60,
    withinDays: 30,
    notes: "Only leads that started a trial or asked for a price; everyone else stays in digital nurture.",
  },
};
