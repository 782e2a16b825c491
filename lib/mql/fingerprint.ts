import { createHash } from "node:crypto";
import type { MqlDraftFields } from "./schema";

/**
 * A short digest of what a version says. Forms carry the digest of the content they showed;
 * an edit, a discard or an approval of content that has changed since is refused.
 */
export function criteriaFingerprint(fields: MqlDraftFields): string {
  const canonical = [
    [...fields.industries].sort(),
    fields.minEmployees,
    fields.maxEmployees,
    [...fields.countries].sort(),
    [...fields.personas].sort(),
    [...fields.titleKeywords].sort(),
    fields.minEngagementScore,
    fields.withinDays,
    fields.notes,
  ];
  return createHash("sha256").update(JSON.stringify(canonical)).digest("base64url").slice(0, 16);
}
