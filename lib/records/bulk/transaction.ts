/**
 * Prisma's interactive transactions end after 5 s by default; a full bulk action (500
 * records, each locked, changed and audited) needs longer on a busy database.
 */
export const BULK_TRANSACTION = { maxWait: 10_000, timeout: 60_000 } as const;
