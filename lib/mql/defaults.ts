import type { MqlDraftFields } from "./schema";

/** Where a segment's first draft starts when no version is in force: anyone engaged lately. */
export const FIRST_DRAFT: MqlDraftFields = {
  industries: [],
  minEmployees: null,
  maxEmployees: null,
  countries: [],
  personas: [],
  titleKeywords: [],
  minEngagementScore: 50,
  withinDays: 30,
  notes: null,
};
