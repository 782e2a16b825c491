import type { LeadSource, Persona, RejectionReason } from "@/generated/prisma/enums";

// How the raw material of the customer factory behaves, source by source.

/**
 * How often sales rejects a marketing-qualified lead by source, and why: the feedback that
 * tells marketing which raw material is worth buying. The rate falls by a quarter over the
 * two years as marketing learns from it.
 */
export const REJECTION_BY_SOURCE: Readonly<Record<LeadSource, { rate: number; reasons: Readonly<Partial<Record<RejectionReason, number>>> }>> = {
  WEB: { rate: 0.32, reasons: { BAD_FIT: 35, NOT_REACHABLE: 25, BAD_TIMING: 15, WRONG_PERSONA: 15, DUPLICATE: 5, OTHER: 5 } },
  DOWNLOAD: { rate: 0.45, reasons: { WRONG_PERSONA: 40, BAD_TIMING: 25, BAD_FIT: 20, NOT_REACHABLE: 10, OTHER: 5 } },
  MAILING_LIST: { rate: 0.48, reasons: { BAD_TIMING: 35, NO_BUDGET: 25, NOT_REACHABLE: 20, WRONG_PERSONA: 15, OTHER: 5 } },
  TELEMARKETING: { rate: 0.2, reasons: { NO_BUDGET: 40, BAD_TIMING: 30, NOT_REACHABLE: 20, OTHER: 10 } },
  TRADE_FAIR: { rate: 0.3, reasons: { BAD_FIT: 30, WRONG_PERSONA: 25, DUPLICATE: 25, COMPETITOR: 10, OTHER: 10 } },
  WEBINAR: { rate: 0.28, reasons: { WRONG_PERSONA: 45, BAD_TIMING: 25, BAD_FIT: 20, OTHER: 10 } },
  REFERRAL: { rate: 0.08, reasons: { BAD_TIMING: 50, NO_BUDGET: 30, OTHER: 20 } },
  PARTNER: { rate: 0.15, reasons: { DUPLICATE: 40, COMPETITOR: 25, BAD_FIT: 20, OTHER: 15 } },
};

export const REJECTION_NOTES: Readonly<Partial<Record<RejectionReason, readonly string[]>>> = {
  BAD_FIT: ["Too small for us", "Does no field work", "Industry outside our focus"],
  WRONG_PERSONA: ["Student writing a thesis", "No role in the purchase", "Consultant collecting material"],
  NO_BUDGET: ["No budget this year", "Budget frozen until next year"],
  BAD_TIMING: ["Contract with current vendor runs two more years", "Reorganisation under way, back in autumn"],
  NOT_REACHABLE: ["Five calls, no answer", "Phone number does not work"],
  DUPLICATE: ["Already in an open opportunity", "Same person as an existing lead"],
  COMPETITOR: ["Works for a competitor", "Reseller of a competing system"],
  OTHER: ["Looking for a job", "Wanted support for another product"],
};

/** Win-rate multiplier by where a deal came from: trusted introductions close more often. */
export const WIN_RATE_BY_SOURCE: Readonly<Record<LeadSource, number>> = {
  WEB: 1.0,
  DOWNLOAD: 0.85,
  MAILING_LIST: 0.8,
  TELEMARKETING: 0.9,
  TRADE_FAIR: 1.0,
  WEBINAR: 1.05,
  REFERRAL: 1.6,
  PARTNER: 1.35,
};

/** Lead sources of companies not in the CRM: mostly inbound raw material of uneven quality. */
export const STRAY_LEAD_SOURCES: Readonly<Partial<Record<LeadSource, number>>> = {
  WEB: 32, DOWNLOAD: 24, MAILING_LIST: 16, TELEMARKETING: 8, TRADE_FAIR: 7, WEBINAR: 10, REFERRAL: 1, PARTNER: 2,
};

/** Who tends to arrive through each source. */
export const PERSONAS_BY_SOURCE: Readonly<Record<LeadSource, Readonly<Partial<Record<Persona, number>>>>> = {
  WEB: { EXECUTIVE: 6, DEPARTMENT_HEAD: 14, MANAGER: 30, SPECIALIST: 20, TECHNICAL: 10, PROCUREMENT: 6, OTHER: 14 },
  DOWNLOAD: { EXECUTIVE: 3, DEPARTMENT_HEAD: 10, MANAGER: 22, SPECIALIST: 28, TECHNICAL: 12, PROCUREMENT: 5, OTHER: 20 },
  MAILING_LIST: { EXECUTIVE: 4, DEPARTMENT_HEAD: 10, MANAGER: 26, SPECIALIST: 26, TECHNICAL: 10, PROCUREMENT: 6, OTHER: 18 },
  TELEMARKETING: { EXECUTIVE: 12, DEPARTMENT_HEAD: 26, MANAGER: 42, SPECIALIST: 8, TECHNICAL: 4, PROCUREMENT: 8 },
  TRADE_FAIR: { EXECUTIVE: 10, DEPARTMENT_HEAD: 22, MANAGER: 34, SPECIALIST: 14, TECHNICAL: 8, PROCUREMENT: 6, OTHER: 6 },
  WEBINAR: { EXECUTIVE: 5, DEPARTMENT_HEAD: 18, MANAGER: 34, SPECIALIST: 22, TECHNICAL: 12, PROCUREMENT: 3, OTHER: 6 },
  REFERRAL: { EXECUTIVE: 30, DEPARTMENT_HEAD: 34, MANAGER: 26, TECHNICAL: 4, PROCUREMENT: 6 },
  PARTNER: { EXECUTIVE: 14, DEPARTMENT_HEAD: 30, MANAGER: 30, TECHNICAL: 16, PROCUREMENT: 10 },
};
