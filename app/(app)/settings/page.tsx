import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { authorizePage } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { getI18n } from "@/lib/i18n/server";
import { SETTINGS_SECTIONS } from "@/lib/settings/sections";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("settings.title") };
}

/** The settings home: each section with what it holds, as HubSpot's and Salesforce's setup pages open. */
export default async function SettingsPage() {
  const user = await authorizePage("settings.manage");
  const { t } = await getI18n();
  return (
    <>
      <PageHeader title={t("settings.title")} description={t("settings.subtitle")} />
      <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
        {SETTINGS_SECTIONS.filter((section) => can(user.role, section.action)).map((section) => (
          <li key={section.key}>
            <Link
              href={section.href}
              className="block h-full rounded-lg border border-border bg-surface px-5 py-4 shadow-xs transition-colors hover:border-primary"
            >
              <h2 className="text-base font-semibold">{t(`settings.section.${section.key}`)}</h2>
              <p className="mt-1 text-sm text-muted-foreground">{t(`settings.section.${section.key}.description`)}</p>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
