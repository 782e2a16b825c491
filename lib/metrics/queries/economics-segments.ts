import { Prisma } from "@/generated/prisma/client";
import type { QueryClient } from "./client";
import type { MetricFilters } from "./filters";

/** The segments the economics table has a row for: all, or the filtered ones, in priority order. */
export async function segmentsInScope(client: QueryClient, filters: MetricFilters): Promise<{ id: number; key: string }[]> {
  const only = filters.segmentIds?.length ? Prisma.sql`WHERE s.id = ANY(${filters.segmentIds}::int[])` : Prisma.empty;
  return client.$queryRaw<{ id: number; key: string }[]>(Prisma.sql`SELECT s.id, s.key FROM "Segment" s ${only} ORDER BY s.priority`);
}
