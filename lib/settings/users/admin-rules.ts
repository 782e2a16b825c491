import type { Role } from "@/generated/prisma/enums";

/** A change to a user's role or active state, with who makes it and how many active admins there are now. */
export type AccessChange = {
  actorId: number | null;
  target: { id: number; role: Role; active: boolean };
  next: { role: Role; active: boolean };
  activeAdmins: number;
};

/** Why a change is refused: each is a message key's last part under `settingsPeople.users.rule`. */
export type AccessRule = "selfDeactivate" | "selfDemote" | "lastAdmin";

/**
 * The rule a change to a user's access breaks, or null. An admin cannot lock themselves out
 * (deactivate or demote themselves), and the last active admin cannot stop being one, since
 * nobody would be left to manage users.
 */
export function brokenAccessRule({ actorId, target, next, activeAdmins }: AccessChange): AccessRule | null {
  const deactivates = target.active && !next.active;
  const demotes = target.role === "ADMIN" && next.role !== "ADMIN";
  if (target.id === actorId && deactivates) return "selfDeactivate";
  if (target.id === actorId && demotes) return "selfDemote";
  const stopsBeingActiveAdmin = target.role === "ADMIN" && target.active && (demotes || deactivates);
  if (stopsBeingActiveAdmin && activeAdmins <= 1) return "lastAdmin";
  return null;
}
