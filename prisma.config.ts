import { defineConfig } from "prisma/config";

// The database URL is only needed by Prisma's own migrate commands; the app resolves its
// database (DATABASE_URL or the embedded Postgres) at run time in lib/db.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
