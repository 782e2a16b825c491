import type { Prisma, PrismaClient } from "@/generated/prisma/client";

/** What a metric query needs: the app's `db`, a test database's client, or a transaction. */
export type QueryClient = Pick<PrismaClient, "$queryRaw"> | Prisma.TransactionClient;
