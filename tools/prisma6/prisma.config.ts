// Prisma 6 runs its schema engine as WASM through this driver adapter: the only way to
// compute migration diffs where Prisma's native engine cannot be downloaded.
import { PrismaPg } from "@prisma/adapter-pg";
import type { PrismaConfig } from "prisma";

export default {
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => new PrismaPg({ connectionString: process.env.DATABASE_URL, allowExitOnIdle: true }),
} satisfies PrismaConfig;
