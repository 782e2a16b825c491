import type { CustomerTier, DealType, LeadSource, Persona, PipelineStage } from "@/generated/prisma/enums";

/*
 * What CRM exports and Finnish files write for the app's enum values, as normalizeName()
 * leaves them. HubSpot's "Original Source" (organic search, email marketing, offline
 * sources…) and Salesforce's "Lead Source" picklist (Web, Phone Inquiry, Trade Show…) do not
 * share our categories, so the nearest one is named; a value with no honest nearest one
 * (HubSpot's "Offline sources", Salesforce's "Other") is left unmapped and the row says so.
 * An enum's own name ("MAILING_LIST", "mailing list") is always read.
 */

export const LEAD_SOURCE_VALUES: Record<string, LeadSource> = {
  website: "WEB",
  organicsearch: "WEB",
  paidsearch: "WEB",
  directtraffic: "WEB",
  organicsocial: "WEB",
  paidsocial: "WEB",
  socialmedia: "WEB",
  advertisement: "WEB",
  aireferrals: "WEB",
  verkko: "WEB",
  verkkosivut: "WEB",
  verkkosivu: "WEB",
  hakukone: "WEB",
  contentdownload: "DOWNLOAD",
  ebook: "DOWNLOAD",
  whitepaper: "DOWNLOAD",
  lataus: "DOWNLOAD",
  emailmarketing: "MAILING_LIST",
  email: "MAILING_LIST",
  newsletter: "MAILING_LIST",
  purchasedlist: "MAILING_LIST",
  postituslista: "MAILING_LIST",
  uutiskirje: "MAILING_LIST",
  phoneinquiry: "TELEMARKETING",
  coldcall: "TELEMARKETING",
  phone: "TELEMARKETING",
  puhelinmyynti: "TELEMARKETING",
  puhelin: "TELEMARKETING",
  tradeshow: "TRADE_FAIR",
  event: "TRADE_FAIR",
  events: "TRADE_FAIR",
  seminar: "TRADE_FAIR",
  seminarinternal: "TRADE_FAIR",
  seminarpartner: "TRADE_FAIR",
  messut: "TRADE_FAIR",
  tapahtuma: "TRADE_FAIR",
  webinaari: "WEBINAR",
  referrals: "REFERRAL",
  employeereferral: "REFERRAL",
  externalreferral: "REFERRAL",
  wordofmouth: "REFERRAL",
  suositus: "REFERRAL",
  partnerreferral: "PARTNER",
  kumppani: "PARTNER",
  jälleenmyyjä: "PARTNER",
};

export const PERSONA_VALUES: Record<string, Persona> = {
  clevel: "EXECUTIVE",
  ceo: "EXECUTIVE",
  cxo: "EXECUTIVE",
  johto: "EXECUTIVE",
  johtaja: "EXECUTIVE",
  toimitusjohtaja: "EXECUTIVE",
  head: "DEPARTMENT_HEAD",
  director: "DEPARTMENT_HEAD",
  osastopäällikkö: "DEPARTMENT_HEAD",
  yksikönjohtaja: "DEPARTMENT_HEAD",
  päällikkö: "MANAGER",
  esihenkilö: "MANAGER",
  asiantuntija: "SPECIALIST",
  tekninen: "TECHNICAL",
  it: "TECHNICAL",
  hankinta: "PROCUREMENT",
  purchasing: "PROCUREMENT",
  muu: "OTHER",
};

/** A closed deal is won or lost through the engine, never imported as closed: these values are refused with their own reason. */
export const CLOSED_STAGE_VALUES = new Set(["closedwon", "closedlost", "closed", "won", "lost", "voitettu", "hävitty", "suljettu"]);

export const PIPELINE_STAGE_VALUES: Record<string, PipelineStage> = {
  prospecting: "QUALIFICATION",
  appointmentscheduled: "QUALIFICATION",
  qualifiedtobuy: "QUALIFICATION",
  kvalifiointi: "QUALIFICATION",
  liidi: "QUALIFICATION",
  valueproposition: "NEEDS_ANALYSIS",
  iddecisionmakers: "NEEDS_ANALYSIS",
  perceptionanalysis: "NEEDS_ANALYSIS",
  presentationscheduled: "NEEDS_ANALYSIS",
  tarvekartoitus: "NEEDS_ANALYSIS",
  proposalpricequote: "PROPOSAL",
  decisionmakerboughtin: "PROPOSAL",
  quote: "PROPOSAL",
  tarjous: "PROPOSAL",
  negotiationreview: "NEGOTIATION",
  contractsent: "NEGOTIATION",
  neuvottelu: "NEGOTIATION",
};

export const DEAL_TYPE_VALUES: Record<string, DealType> = {
  newbusiness: "NEW",
  newcustomer: "NEW",
  uusi: "NEW",
  uusimyynti: "NEW",
  uusiasiakas: "NEW",
  existingbusiness: "EXPANSION",
  existingcustomerupgrade: "EXPANSION",
  upgrade: "EXPANSION",
  upsell: "EXPANSION",
  lisämyynti: "EXPANSION",
  existingcustomerrenewal: "RENEWAL",
  uusinta: "RENEWAL",
  jatko: "RENEWAL",
  jatkosopimus: "RENEWAL",
};

export const TIER_VALUES: Record<string, CustomerTier> = {
  keyaccount: "KEY",
  avainasiakas: "KEY",
  strategic: "KEY",
  midmarket: "MID",
  keskisuuri: "MID",
  pieni: "SMALL",
  smb: "SMALL",
};
