import { CustomerTier, DealType, LeadSource, Persona, PipelineStage } from "@/generated/prisma/enums";
import type { ImportMessageKey } from "./messages";
import { countryCode } from "./mapping/countries";
import { CLOSED_STAGE_VALUES, DEAL_TYPE_VALUES, LEAD_SOURCE_VALUES, PERSONA_VALUES, PIPELINE_STAGE_VALUES, TIER_VALUES } from "./mapping/enum-values";
import { normalizeName } from "./mapping/normalize";
import { AMBIGUOUS, type References } from "./references";

export type ValueError = { error: ImportMessageKey; params?: Record<string, string> };
export type ValueResult = { value: unknown } | ValueError;

/** An enum value from its own name in any case or spacing, or from what exports write for it. */
function enumReader(values: Record<string, string>, known: Record<string, string>) {
  const own = new Map(Object.values(values).map((value) => [normalizeName(value), value]));
  return (text: string): ValueResult => {
    const key = normalizeName(text);
    return { value: own.get(key) ?? known[key] ?? text };
  };
}

function reference(lookup: (text: string) => number | null, unknown: ImportMessageKey, ambiguous: ImportMessageKey) {
  return (text: string): ValueResult => {
    const id = lookup(text);
    if (id === null) return { error: unknown, params: { value: text.trim() } };
    if (id === AMBIGUOUS) return { error: ambiguous, params: { value: text.trim() } };
    return { value: id };
  };
}

const pipelineStage = enumReader(PipelineStage, PIPELINE_STAGE_VALUES);

/**
 * The readers that turn a cell into what the shared schema expects, for the fields whose
 * file values are not the schema's: enum values named as exports name them, countries by
 * name, and references by text. Other fields go to the schema as the text they are, and the
 * schema reads dates, numbers, emails and domains itself.
 */
export function valueReaders(refs: References): Record<string, (text: string) => ValueResult> {
  return {
    source: enumReader(LeadSource, LEAD_SOURCE_VALUES),
    persona: enumReader(Persona, PERSONA_VALUES),
    tier: enumReader(CustomerTier, TIER_VALUES),
    type: enumReader(DealType, DEAL_TYPE_VALUES),
    pipelineStage: (text) => (CLOSED_STAGE_VALUES.has(normalizeName(text)) ? { error: "import.error.closedDeal" } : pipelineStage(text)),
    country: (text) => ({ value: countryCode(text) }),
    ownerId: reference(refs.owner, "import.error.unknownOwner", "import.error.ambiguousOwner"),
    accountId: reference(refs.account, "import.error.unknownAccount", "import.error.ambiguousAccount"),
    campaignId: reference(refs.campaign, "import.error.unknownCampaign", "import.error.unknownCampaign"),
    segmentId: reference(refs.segment, "import.error.unknownSegment", "import.error.unknownSegment"),
  };
}
