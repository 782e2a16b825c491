import type { Tx } from "@/lib/bowtie/tx";
import { AppError } from "@/lib/errors";

/**
 * Refuses to give a record to a deactivated (or unknown) user: nobody would work it, and the
 * forms no longer offer them. A record that already belongs to one keeps its owner, because
 * only a changed owner is checked.
 */
export async function refuseInactiveOwner(tx: Tx, ownerId: unknown): Promise<void> {
  if (typeof ownerId !== "number") return;
  const owner = await tx.user.findUnique({ where: { id: ownerId }, select: { active: true } });
  if (owner?.active) return;
  throw new AppError("INVALID", `user ${ownerId} is not an active user`, { fieldErrors: { ownerId: ["validation.ownerInactive"] } });
}
