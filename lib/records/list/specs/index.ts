import type { EntityKind } from "@/generated/prisma/enums";
import type { ListSpec } from "../spec";
import { ACCOUNT_LIST } from "./accounts";
import { CONTACT_LIST } from "./contacts";
import { DEAL_LIST } from "./deals";
import { LEAD_LIST } from "./leads";

export { ACCOUNT_LIST, CONTACT_LIST, DEAL_LIST, LEAD_LIST };

/** Every record list by its kind. */
export const LIST_SPECS: Record<EntityKind, ListSpec> = { LEAD: LEAD_LIST, CONTACT: CONTACT_LIST, ACCOUNT: ACCOUNT_LIST, DEAL: DEAL_LIST };

/** A list's kind by its name in a URL ("leads", "contacts", …). */
export function listKindOf(name: string): EntityKind | undefined {
  return (Object.keys(LIST_SPECS) as EntityKind[]).find((kind) => LIST_SPECS[kind].path === `/${name}`);
}
