import type { EntityKind, Role } from "@/generated/prisma/enums";
import { can, EDIT_ACTION } from "@/lib/auth/permissions";
import { selectionExportHref } from "@/lib/records/bulk/export-href";
import { BULK_MOVE_TARGETS } from "@/lib/records/bulk/move-rules";
import { listActiveOwners } from "@/lib/records/bulk/owners";
import { bulkFormId } from "@/lib/records/bulk-form";
import { BulkActionBar } from "./bulk-action-bar";

export type BulkActionsProps = { kind: EntityKind; user: { role: Role } };

/**
 * The bulk-action bar of a list: the form that the rows' `ids[]` checkboxes name, with only
 * the actions the user's role may take on this kind (nothing at all when there are none).
 * The actions check the same rights again on the server.
 */
export async function BulkActions({ kind, user }: BulkActionsProps) {
  const canAssign = can(user.role, EDIT_ACTION[kind]);
  const stages = canAssign ? BULK_MOVE_TARGETS[kind] : [];
  const canExport = can(user.role, "records.export");
  if (!canAssign && !canExport) return null;

  const owners = canAssign ? await listActiveOwners() : null;
  return (
    <BulkActionBar
      kind={kind}
      formId={bulkFormId(kind)}
      owners={owners}
      stages={stages.length > 0 ? stages : null}
      exportHref={canExport ? selectionExportHref(kind) : null}
    />
  );
}
