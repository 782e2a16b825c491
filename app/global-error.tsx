"use client";

import { CATALOGS } from "@/lib/i18n/translator";
import { LOCALES } from "@/lib/i18n/locales";
import "./globals.css";

/**
 * Replaces the root layout when that layout itself fails, so the request's language is
 * unknown here: the message is shown in every language the app speaks.
 */
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-background font-sans text-foreground">
        <main className="mx-auto flex max-w-lg flex-col gap-8 px-6 py-16 text-center">
          {LOCALES.map((locale) => (
            <section key={locale} lang={locale}>
              <h1 className="text-2xl font-semibold">{CATALOGS[locale]["error.title"]}</h1>
              <p className="mt-2 text-sm text-muted-foreground">{CATALOGS[locale]["error.body"]}</p>
            </section>
          ))}
          <button
            type="button"
            onClick={retry}
            className="mx-auto h-10 rounded-md bg-primary px-4 text-sm font-medium text-primary-foreground"
          >
            {LOCALES.map((locale) => CATALOGS[locale]["error.retry"]).join(" / ")}
          </button>
        </main>
      </body>
    </html>
  );
}
