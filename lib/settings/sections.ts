import type { Action } from "@/lib/auth/permissions";

/**
 * The admin settings, one page each. A section shows (in the overview and the tabs) only to
 * the roles its page admits: the same action the page checks.
 */
export const SETTINGS_SECTIONS = [
  { key: "stages", href: "/settings/stages", action: "settings.manage" },
  { key: "segments", href: "/settings/segments", action: "settings.manage" },
  { key: "mql", href: "/settings/mql", action: "mql.define" },
  { key: "scoring", href: "/settings/scoring", action: "settings.manage" },
  { key: "teams", href: "/settings/teams", action: "settings.manage" },
  { key: "users", href: "/settings/users", action: "user.manage" },
  { key: "careModels", href: "/settings/care-models", action: "settings.manage" },
  { key: "audit", href: "/settings/audit", action: "audit.view" },
] as const satisfies readonly { key: string; href: string; action: Action }[];

export type SettingsSection = (typeof SETTINGS_SECTIONS)[number]["key"];
