import type { Role } from "@/generated/prisma/enums";
import { can, type Action } from "./permissions";

export type NavKey = "dashboard" | "leads" | "contacts" | "accounts" | "deals" | "import" | "mql" | "settings";

export type NavItem = { key: NavKey; href: string; action: Action };

/** Every role's landing page. */
export const HOME_PATH = "/dashboard";

/** The only public page. */
export const LOGIN_PATH = "/login";

export const NAV_ITEMS: readonly NavItem[] = [
  { key: "dashboard", href: HOME_PATH, action: "dashboard.view" },
  { key: "leads", href: "/leads", action: "records.read" },
  { key: "contacts", href: "/contacts", action: "records.read" },
  { key: "accounts", href: "/accounts", action: "records.read" },
  { key: "deals", href: "/deals", action: "records.read" },
  { key: "import", href: "/import", action: "records.import" },
  { key: "mql", href: "/mql", action: "mql.review" },
  { key: "settings", href: "/settings", action: "settings.manage" },
];

/** The sidebar for a role: only what the page behind the link would let the role see. */
export function navigationFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => can(role, item.action));
}

/**
 * Where to go after signing in: the page the user asked for when it is a path of this app,
 * otherwise home, so a crafted link cannot send them to another site or back to the login.
 */
export function safeReturnPath(requested: unknown): string {
  if (typeof requested !== "string" || !requested.startsWith("/")) return HOME_PATH;
  // Resolve it the way a browser would (which drops tabs and newlines and reads "\" as "/"),
  // and accept it only if it stays on this origin.
  const origin = "http://app.invalid";
  let url: URL;
  try {
    url = new URL(requested, origin);
  } catch {
    return HOME_PATH;
  }
  if (url.origin !== origin || /[\u0000-\u001f\\]/.test(requested)) return HOME_PATH;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (url.pathname === LOGIN_PATH || url.pathname.startsWith("/api/")) return HOME_PATH;
  return path;
}
