import { PageHeader } from "@/components/ui/page-header";
import { TabNav } from "@/components/ui/tab-nav";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { getI18n } from "@/lib/i18n/server";
import { SETTINGS_SECTIONS, type SettingsSection } from "@/lib/settings/sections";

/** The settings pages' title and their sections as tabs, only those the user's role may open. */
export async function SettingsHeader({ user, current }: { user: CurrentUser; current: SettingsSection }) {
  const { t } = await getI18n();
  const tabs = SETTINGS_SECTIONS.filter((section) => can(user.role, section.action)).map((section) => ({
    key: section.key,
    href: section.href,
    label: t(`settings.section.${section.key}`),
    active: section.key === current,
  }));
  return (
    <>
      <PageHeader title={t("settings.title")} description={t(`settings.section.${current}.description`)} />
      <TabNav label={t("settings.tabsLabel")} tabs={tabs} className="mb-6" />
    </>
  );
}
