/** The database the app talks to; the launcher sets it to the embedded cluster when the user gave none. */
export function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error("DATABASE_URL is not set: start the app with `npm run demo`, or set DATABASE_URL to your Postgres.");
  }
  return url;
}
