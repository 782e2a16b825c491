import { ACCOUNT_FIELDS, type AccountFields } from "@/lib/validation/records/account";
import { enterCreatedIn } from "./entry";
import { recordWrites } from "./record-writes";
import { selectFields } from "./update-record";

/**
 * Accounts: a new one is refused when its domain or external id is already another
 * account's, and enters the bow-tie at awareness as a prospect; an edit never moves its
 * stage or customer dates.
 */
export const { create: createAccount, update: updateAccount } = recordWrites<AccountFields, AccountFields>(
  {
    kind: "ACCOUNT",
    fields: ACCOUNT_FIELDS,
    read: (tx, id) => tx.account.findUnique({ where: { id }, select: selectFields(ACCOUNT_FIELDS) }),
    write: (tx, id, data) => tx.account.update({ where: { id }, data, select: { id: true } }),
    identity: (values) => ({ domain: values.domain, externalId: values.externalId }),
  },
  async (tx, values, actor) => {
    const { id } = await tx.account.create({ data: values, select: { id: true } });
    await enterCreatedIn(tx, "ACCOUNT", id, values, actor.actorId, "Account created");
    return id;
  },
);
