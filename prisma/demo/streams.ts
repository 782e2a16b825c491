/** Independent random streams, so that adding draws to one part never shifts another. */
export const STREAM = {
  spend: 1,
  account: 2,
  strayCompany: 3,
} as const;
