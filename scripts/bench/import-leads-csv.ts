/**
 * A realistic, messy lead export of any size, as a HubSpot export saved from Finnish Excel
 * looks: a BOM, ";" between fields, CRLF, quoted values holding ";" and line breaks, doubled
 * quotes, Finnish names, "1 200" employees, countries by name, URLs for domains, HubSpot
 * source values, mixed-case emails and an empty line now and then. Every row is valid, so
 * the whole file can be applied. Deterministic: the same size gives the same bytes.
 */
const FIRST = ["Aino", "Eero", "Sanna", "Matti", "Päivi", "Jussi", "Hanna", "Ville", "Kaisa", "Öljy-Åke", "Tiina", "Juha"];
const LAST = ["Virtanen", "Mäkelä", "Korhonen", "Nieminen", "Hämäläinen", "Lähteenmäki", "Öhman", "Järvinen", "Koskinen", "Heikkilä"];
const COMPANY = ["Kuura", "Routa", "Tuuli", "Pakkanen", "Revontuli", "Kaamos", "Helle", "Sade", "Usva", "Räntä"];
const FORM = ["Oy", "Oyj", "Ab", "AB", "AS", "ApS"];
const COUNTRY = ["Suomi", "Finland", "FI", "Ruotsi", "Sweden", "Norway", "Norja", "Denmark", "Tanska", "Viro"];
const SOURCE = ["Organic search", "Paid search", "Email marketing", "Referrals", "Trade Show", "Webinar", "Partner", "Direct traffic", "Content download", "Phone Inquiry"];
const TITLE = ["Toimitusjohtaja", "CFO", "Head of Sales", "Myyntipäällikkö", "IT-asiantuntija", "Hankintapäällikkö"];

export const LEAD_CSV_HEADER = [
  "Record ID",
  "First Name",
  "Last Name",
  "Email",
  "Phone Number",
  "Job Title",
  "Company Name",
  "Website URL",
  "Number of Employees",
  "Country/Region",
  "Original Source",
  "Contact owner",
  "Notes",
];

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const quote = (text: string) => `"${text.replaceAll('"', '""')}"`;

/** The file's text; `owner` is the email or name of a user the rows name as their owner. */
export function leadCsv(rows: number, owner: string, seed = 2026): string {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const lines = [LEAD_CSV_HEADER.join(";")];
  for (let i = 1; i <= rows; i++) {
    const first = pick(FIRST);
    const last = pick(LAST);
    const company = `${pick(COMPANY)} ${i % 997}`;
    const domain = `${company.toLowerCase().replace(/\s+/g, "").replace(/ä/g, "a").replace(/ö/g, "o")}.fi`;
    const employees = Math.floor(next() * 5000);
    const notes =
      i % 7 === 0 ? quote(`Tapasi messuilla; kiinnostunut "Pro"-paketista.\r\nSoita ${i % 28 + 1}.3.2026`) : i % 5 === 0 ? quote("Kylmä; ei vastannut") : "";
    lines.push(
      [
        `HS-${i}`,
        first,
        i % 11 === 0 ? quote(`${last}, jr`) : last,
        `${first.toLowerCase().replace(/[^a-z]/g, "")}.${i}@${i % 3 === 0 ? domain.toUpperCase() : domain}`,
        i % 4 === 0 ? "" : `+358 40 ${String(i).padStart(7, "0")}`,
        pick(TITLE),
        i % 13 === 0 ? quote(`${company}; ${pick(FORM)}`) : `${company} ${pick(FORM)}`,
        i % 2 === 0 ? `https://www.${domain}/yhteystiedot` : domain,
        employees >= 1000 ? `${Math.floor(employees / 1000)} ${String(employees % 1000).padStart(3, "0")}` : String(employees),
        pick(COUNTRY),
        pick(SOURCE),
        i % 3 === 0 ? owner : "",
        notes,
      ].join(";"),
    );
    if (i % 500 === 0) lines.push("");
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
