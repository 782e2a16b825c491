import type { Prisma } from "@/generated/prisma/client";

export type Tx = Prisma.TransactionClient;

/** Who does a journey step, when, and with which version of the record they looked at. */
export type Actor = { actorId: number | null; at?: Date; expectedVersion?: number };
