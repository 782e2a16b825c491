import { BOWTIE_STAGES, STAGE_SIDE, type BowtieStage } from "@/lib/bowtie/stages";

type StageText = {
  labelEn: string;
  labelFi: string;
  descriptionEn: string;
  descriptionFi: string;
  entryCriteriaEn: string;
  entryCriteriaFi: string;
  slaHours: number | null;
};

/** The seven stages of the bow-tie as every install starts with them; admins may edit them later. */
export const STAGE_DEFINITIONS: Readonly<Record<BowtieStage, StageText>> = {
  AWARENESS: {
    labelEn: "Awareness",
    labelFi: "Tietoisuus",
    descriptionEn: "A person or company meets us for the first time: a web visit, a download, a trade fair or a mailing list.",
    descriptionFi: "Henkilö tai yritys kohtaa meidät ensimmäistä kertaa: verkkokäynti, lataus, messut tai postituslista.",
    entryCriteriaEn: "A first touchpoint is recorded: a new lead, or an account added to the CRM.",
    entryCriteriaFi: "Ensimmäinen kohtaaminen on kirjattu: uusi liidi tai CRM:ään lisätty asiakasyritys.",
    slaHours: 72,
  },
  CONSIDERATION: {
    labelEn: "Consideration",
    labelFi: "Harkinta",
    descriptionEn: "They look for information but are not yet ready to ask for an offer: soft conversions such as webinars and downloads.",
    descriptionFi: "He etsivät tietoa mutta eivät ole vielä valmiita pyytämään tarjousta: pehmeitä konversioita kuten webinaareja ja latauksia.",
    entryCriteriaEn: "The lead meets the MQL criteria that sales and marketing agreed for its segment.",
    entryCriteriaFi: "Liidi täyttää MQL-kriteerit, joista myynti ja markkinointi ovat sopineet sen segmentille.",
    // A qualified lead spoils within hours: sales should accept or reject it the same day.
    slaHours: 24,
  },
  COMPARISON: {
    labelEn: "Comparison",
    labelFi: "Vertailu",
    descriptionEn: "They compare suppliers: an accepted lead, an opportunity, an offer.",
    descriptionFi: "He vertailevat toimittajia: hyväksytty liidi, myyntimahdollisuus, tarjous.",
    entryCriteriaEn: "Sales has accepted the lead and opened an opportunity.",
    entryCriteriaFi: "Myynti on hyväksynyt liidin ja avannut myyntimahdollisuuden.",
    slaHours: 30 * 24,
  },
  PURCHASE: {
    labelEn: "Purchase",
    labelFi: "Osto",
    descriptionEn: "The deal is won: the knot of the bow-tie.",
    descriptionFi: "Kauppa on voitettu: rusetin solmu.",
    entryCriteriaEn: "A deal is won and the contract is signed.",
    entryCriteriaFi: "Kauppa on voitettu ja sopimus allekirjoitettu.",
    // The kick-off should be held within a week of signing.
    slaHours: 7 * 24,
  },
  ONBOARDING: {
    labelEn: "Onboarding",
    labelFi: "Käyttöönotto",
    descriptionEn: "The customer takes the product into use; we measure the time to first value.",
    descriptionFi: "Asiakas ottaa tuotteen käyttöön; mittaamme ajan ensimmäiseen hyötyyn.",
    entryCriteriaEn: "The kick-off with the customer has been held.",
    entryCriteriaFi: "Aloituspalaveri asiakkaan kanssa on pidetty.",
    slaHours: 60 * 24,
  },
  IMPACT: {
    labelEn: "Impact",
    labelFi: "Vaikuttavuus",
    descriptionEn: "The customer reaches the outcome they bought for; contracts are renewed.",
    descriptionFi: "Asiakas saavuttaa tuloksen, jonka vuoksi hän osti; sopimukset uusitaan.",
    entryCriteriaEn: "The agreed first value is reached and the customer is live.",
    entryCriteriaFi: "Sovittu ensimmäinen hyöty on saavutettu ja asiakas on tuotannossa.",
    slaHours: null,
  },
  EXPANSION: {
    labelEn: "Expansion",
    labelFi: "Laajentuminen",
    descriptionEn: "The relationship grows: upsell, cross-sell, more units.",
    descriptionFi: "Asiakkuus kasvaa: lisämyynti, ristiinmyynti, lisää yksiköitä.",
    entryCriteriaEn: "The customer has bought more: an expansion deal is won.",
    entryCriteriaFi: "Asiakas on ostanut lisää: laajennuskauppa on voitettu.",
    slaHours: null,
  },
};

/** A `pg` client or pool, or a Prisma client: whatever the caller already holds. */
export type ReferenceDataClient =
  | { query: (text: string, values?: unknown[]) => Promise<{ rowCount: number | null }> }
  | { $executeRawUnsafe: (query: string, ...values: unknown[]) => Promise<number> };

/**
 * Makes sure the reference data every install needs exists: the seven stage definitions.
 * Idempotent; rows that exist are left as they are, so an admin's edits survive a re-run.
 * Returns the number of rows inserted. `at` is their `updatedAt` (the database's clock when
 * omitted).
 */
export async function ensureReferenceData(client: ReferenceDataClient, options: { at?: Date } = {}): Promise<number> {
  const values: unknown[] = [];
  const tuples = BOWTIE_STAGES.map((stage, i) => {
    const text = STAGE_DEFINITIONS[stage];
    values.push(
      stage, i + 1, STAGE_SIDE[stage], text.labelEn, text.labelFi, text.descriptionEn, text.descriptionFi,
      text.entryCriteriaEn, text.entryCriteriaFi, text.slaHours, options.at ?? null,
    );
    const p = (n: number) => `$${i * 11 + n}`;
    return `(${p(1)}::"Stage", ${p(2)}::int, ${p(3)}::"StageSide", ${p(4)}, ${p(5)}, ${p(6)}, ${p(7)}, ${p(8)}, ${p(9)}, ${p(10)}::int, COALESCE(${p(11)}::timestamptz, now()))`;
  });
  const sql = `INSERT INTO "StageDefinition" ("stage", "order", "side", "labelEn", "labelFi", "descriptionEn", "descriptionFi", "entryCriteriaEn", "entryCriteriaFi", "slaHours", "updatedAt")
VALUES ${tuples.join(",\n       ")}
ON CONFLICT DO NOTHING`;
  if ("$executeRawUnsafe" in client) return client.$executeRawUnsafe(sql, ...values);
  const result = await client.query(sql, values);
  return result.rowCount ?? 0;
}
