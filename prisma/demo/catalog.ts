import type { Persona } from "@/generated/prisma/enums";

/** The markets the demo company sells in. */
export const COUNTRIES = ["FI", "SE", "NO", "DK", "EE"] as const;
export type Country = (typeof COUNTRIES)[number];

type CountryCatalog = {
  firstNames: readonly string[];
  lastNames: readonly string[];
  /** City and its weight (roughly by business population). */
  cities: readonly (readonly [string, number])[];
  /** Company names are `stem word`, e.g. "Kallio Kiinteistöpalvelut Oy". */
  companyStems: readonly string[];
  companyWords: readonly string[];
  legalForm: string;
  /** Legal form of a listed or very large company. */
  largeLegalForm: string;
  tld: string;
  phonePrefix: string;
  mobilePrefixes: readonly string[];
  /** Digits after the mobile prefix, grouped as they are written locally. */
  phoneGroups: readonly number[];
};

export const CATALOG: Record<Country, CountryCatalog> = {
  FI: {
    firstNames: [
      "Aino", "Anna", "Elina", "Emma", "Hanna", "Heidi", "Jenni", "Johanna", "Katja", "Laura",
      "Liisa", "Maria", "Minna", "Noora", "Outi", "Riikka", "Sanna", "Satu", "Tiina", "Veera",
      "Antti", "Eero", "Jari", "Juha", "Jukka", "Jussi", "Kari", "Lauri", "Markku", "Matti",
      "Mika", "Mikko", "Olli", "Pasi", "Pekka", "Petri", "Sami", "Timo", "Tuomas", "Ville",
    ],
    lastNames: [
      "Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen",
      "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi",
      "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen",
      "Karjalainen", "Jokinen", "Mattila", "Savolainen", "Lahtinen", "Ahonen", "Leppänen", "Hiltunen",
      "Kallio", "Miettinen", "Väisänen", "Pitkänen", "Aaltonen", "Manninen", "Hakala", "Peltonen",
    ],
    cities: [
      ["Helsinki", 30], ["Espoo", 12], ["Tampere", 12], ["Vantaa", 8], ["Oulu", 7], ["Turku", 8],
      ["Jyväskylä", 5], ["Lahti", 4], ["Kuopio", 4], ["Pori", 3], ["Vaasa", 3], ["Joensuu", 2],
      ["Seinäjoki", 2], ["Lappeenranta", 2], ["Rovaniemi", 2], ["Kokkola", 1],
    ],
    companyStems: [
      "Kivi", "Metsä", "Järvi", "Kallio", "Koski", "Aalto", "Pohjola", "Lakeus", "Saimaa", "Kaleva",
      "Tapio", "Sampo", "Routa", "Kuura", "Hilla", "Tuuli", "Vuori", "Revontuli", "Kaamos", "Sisu",
      "Ahjo", "Ilves", "Karhu", "Kotka", "Joutsen", "Haapa", "Koivu", "Kataja", "Kuusi", "Mänty",
      "Pihlaja", "Salmi", "Niemi", "Harju", "Rinne", "Laakso", "Lehto", "Suvanto", "Virta", "Lähde",
      "Hovi", "Linna", "Tammi", "Sarastus", "Helmi", "Otava", "Ukko", "Louhi", "Lumo", "Vire",
    ],
    companyWords: [
      "Huolto", "Kiinteistöpalvelut", "Tekniikka", "Kone", "Energia", "Logistiikka", "Rakennus",
      "Talotekniikka", "Sähkö", "Kunnossapito", "Teollisuus", "Palvelut", "Isännöinti", "Automaatio",
      "LVI", "Hissit", "Lämpö", "Infra", "Verkot", "Laitteet", "Kylmä", "Asennus", "Konepaja",
      "Kiinteistöt", "Vesi",
    ],
    legalForm: "Oy",
    largeLegalForm: "Oyj",
    tld: "fi",
    phonePrefix: "+358",
    mobilePrefixes: ["40", "44", "45", "50"],
    phoneGroups: [3, 4],
  },
  SE: {
    firstNames: [
      "Anna", "Eva", "Maria", "Karin", "Sara", "Emma", "Elin", "Linnea", "Johanna", "Sofia",
      "Erik", "Lars", "Anders", "Johan", "Per", "Karl", "Mikael", "Fredrik", "Henrik", "Oskar",
    ],
    lastNames: [
      "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
      "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Lindberg", "Lindqvist", "Berg", "Holm",
      "Sandberg", "Lundgren", "Ekström", "Bergström",
    ],
    cities: [
      ["Stockholm", 35], ["Göteborg", 18], ["Malmö", 12], ["Uppsala", 6], ["Västerås", 5],
      ["Örebro", 5], ["Linköping", 5], ["Luleå", 3], ["Umeå", 3], ["Sundsvall", 3], ["Jönköping", 4],
    ],
    companyStems: [
      "Norr", "Fjäll", "Sjö", "Berg", "Skog", "Älv", "Ström", "Ek", "Lind", "Björk", "Gran", "Sten",
      "Vik", "Dal", "Holm", "Mälar", "Kust", "Öster", "Väster", "Söder", "Hav", "Vind", "Sol", "Ljus", "Falk",
    ],
    companyWords: [
      "Service", "Fastighetsservice", "Teknik", "Energi", "Logistik", "Bygg", "Underhåll", "Industri",
      "Drift", "Kyla", "VVS", "Hiss", "Elteknik", "Automation", "Installation",
    ],
    legalForm: "AB",
    largeLegalForm: "AB (publ)",
    tld: "se",
    phonePrefix: "+46",
    mobilePrefixes: ["70", "72", "73", "76"],
    phoneGroups: [3, 2, 2],
  },
  NO: {
    firstNames: [
      "Ingrid", "Kari", "Marit", "Silje", "Nora", "Ida", "Hanne", "Kristin", "Ole", "Lars",
      "Knut", "Jon", "Per", "Bjørn", "Eirik", "Magnus", "Sindre", "Håkon",
    ],
    lastNames: [
      "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen",
      "Jensen", "Karlsen", "Berg", "Haugen", "Hagen", "Solberg", "Bakken", "Lie",
    ],
    cities: [
      ["Oslo", 40], ["Bergen", 18], ["Trondheim", 14], ["Stavanger", 14], ["Kristiansand", 5],
      ["Tromsø", 4], ["Drammen", 5],
    ],
    companyStems: [
      "Fjord", "Nord", "Vest", "Fjell", "Bre", "Havn", "Skog", "Elv", "Berg", "Strand", "Viken",
      "Lofot", "Troll", "Varde", "Nordlys", "Kyst", "Tind", "Dal", "Stein", "Sol",
    ],
    companyWords: [
      "Service", "Drift", "Teknikk", "Energi", "Eiendom", "Bygg", "Vedlikehold", "Industri",
      "Elektro", "Logistikk",
    ],
    legalForm: "AS",
    largeLegalForm: "ASA",
    tld: "no",
    phonePrefix: "+47",
    mobilePrefixes: ["91", "92", "95", "98"],
    phoneGroups: [3, 3],
  },
  DK: {
    firstNames: [
      "Mette", "Anne", "Camilla", "Louise", "Maja", "Sofie", "Line", "Rikke", "Søren", "Jens",
      "Mads", "Rasmus", "Anders", "Frederik", "Mikkel", "Thomas",
    ],
    lastNames: [
      "Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
      "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
    ],
    cities: [
      ["København", 40], ["Aarhus", 20], ["Odense", 12], ["Aalborg", 10], ["Esbjerg", 6],
      ["Vejle", 5], ["Kolding", 5],
    ],
    companyStems: [
      "Skov", "Strand", "Sø", "Hav", "Bøg", "Eg", "Lyng", "Klit", "Fjord", "Nord", "Vest", "Øst",
      "Syd", "Mølle", "Bro", "Holm", "Vang", "Dal", "Lund", "Ager",
    ],
    companyWords: [
      "Service", "Drift", "Teknik", "Energi", "Ejendomme", "Byg", "Vedligehold", "Industri",
      "El", "Logistik",
    ],
    legalForm: "A/S",
    largeLegalForm: "A/S",
    tld: "dk",
    phonePrefix: "+45",
    mobilePrefixes: ["20", "30", "40", "60"],
    phoneGroups: [2, 2, 2],
  },
  EE: {
    firstNames: [
      "Kati", "Kadri", "Liis", "Mari", "Triin", "Kristi", "Anu", "Andres", "Jaan", "Mart",
      "Priit", "Rein", "Tarmo", "Toomas", "Margus", "Indrek",
    ],
    lastNames: [
      "Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk", "Rebane", "Ilves", "Pärn", "Koppel",
      "Lepik", "Kallas", "Oja", "Luik", "Lõhmus", "Kuusk",
    ],
    cities: [["Tallinn", 60], ["Tartu", 20], ["Pärnu", 8], ["Narva", 6], ["Viljandi", 3]],
    companyStems: [
      "Põhja", "Lääne", "Ida", "Lõuna", "Tamme", "Kase", "Kuuse", "Männi", "Järve", "Mere",
      "Ranna", "Kalju", "Kivi", "Rahu", "Metsa",
    ],
    companyWords: ["Hooldus", "Tehnika", "Energia", "Kinnisvara", "Ehitus", "Logistika", "Teenused", "Tööstus"],
    legalForm: "OÜ",
    largeLegalForm: "AS",
    tld: "ee",
    phonePrefix: "+372",
    mobilePrefixes: ["5"],
    phoneGroups: [3, 4],
  },
};

/**
 * Industries the demo company meets, with how well each fits its field-service product
 * (0–1): the companies that run maintenance work out in the field fit best.
 */
export const INDUSTRIES: readonly (readonly [name: string, fit: number])[] = [
  ["Property management", 1.0],
  ["Facility services", 1.0],
  ["Building services & HVAC", 0.95],
  ["Elevators & escalators", 0.9],
  ["Energy & utilities", 0.85],
  ["Industrial maintenance", 0.9],
  ["Telecom networks", 0.7],
  ["Manufacturing", 0.6],
  ["Healthcare equipment", 0.6],
  ["Logistics & warehousing", 0.45],
  ["Public sector", 0.5],
  ["Construction", 0.4],
  ["Retail chains", 0.3],
  ["Professional services", 0.15],
  ["Software & IT", 0.1],
  ["Education", 0.1],
];

/** Job titles as buyers write them, by persona; Finnish and English titles both occur. */
export const TITLES: Record<Persona, readonly string[]> = {
  EXECUTIVE: ["CEO", "COO", "Managing Director", "Toimitusjohtaja", "Chief Operating Officer", "Country Manager"],
  DEPARTMENT_HEAD: [
    "Head of Service", "Director of Maintenance", "VP Operations", "Huoltojohtaja", "Service Director",
    "Kunnossapitojohtaja", "Head of Field Operations",
  ],
  MANAGER: [
    "Service Manager", "Maintenance Manager", "Field Service Manager", "Huoltopäällikkö",
    "Kunnossapitopäällikkö", "Operations Manager", "Property Manager", "Isännöitsijä",
  ],
  SPECIALIST: [
    "Service Coordinator", "Maintenance Planner", "Huoltosuunnittelija", "Business Analyst",
    "Dispatcher", "Development Specialist",
  ],
  TECHNICAL: ["IT Manager", "Systems Architect", "Integration Developer", "IT-päällikkö", "CTO", "Solution Architect"],
  PROCUREMENT: ["Procurement Manager", "Purchasing Specialist", "Hankintapäällikkö", "Category Manager"],
  OTHER: ["Student", "Consultant", "Trainee", "Office Assistant", "Researcher", "Journalist"],
};

/** How well a persona fits the buying group of a field-service system (0–1). */
export const PERSONA_FIT: Record<Persona, number> = {
  EXECUTIVE: 0.7,
  DEPARTMENT_HEAD: 1.0,
  MANAGER: 0.9,
  SPECIALIST: 0.5,
  TECHNICAL: 0.6,
  PROCUREMENT: 0.5,
  OTHER: 0.05,
};

const TRANSLITERATION: Record<string, string> = {
  ä: "a", ö: "o", å: "a", ø: "o", æ: "ae", õ: "o", ü: "u", é: "e", š: "s", ž: "z",
};

/** A name as it appears in an email address or a domain: ASCII, lowercase, hyphenated. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[äöåøæõüéšž]/g, (c) => TRANSLITERATION[c] ?? c)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
