import type { Prisma } from "@/generated/prisma/client";

/** What the import's SQL needs of a client: the app's, or a transaction's. */
export type Sql = Pick<Prisma.TransactionClient, "$queryRawUnsafe" | "$executeRawUnsafe">;

/** Each kind's table, quoted for SQL. */
export const TABLE = { LEAD: '"Lead"', CONTACT: '"Contact"', ACCOUNT: '"Account"', DEAL: '"Deal"' } as const;
