import { authedRoute } from "@/lib/auth/authed-route";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { createTranslator } from "@/lib/i18n/translator";
import { ImportRefusal } from "@/lib/import/errors";
import { isImportKind } from "@/lib/import/kinds";
import { assertCanImport } from "@/lib/import/permissions";
import { readBody } from "@/lib/import/read-body";
import { translateReason } from "@/lib/import/translate-error";
import { createImportJob, MAX_UPLOAD_MB } from "@/lib/import/upload";

/**
 * Uploads a CSV file for import: the file is the raw request body, the kind and the file
 * name are in the query. A route handler rather than a server action, because server
 * actions stop at a 1 MB body by default and an export of 100,000 rows is 20–30 MB; the
 * proxy (which would buffer at most 10 MB) does not run for /api/.
 */
export const POST = authedRoute("records.import", async (request, user) => {
  const url = new URL(request.url);
  const kind = url.searchParams.get("kind");
  if (!isImportKind(kind)) throw new AppError("INVALID", "unknown kind");
  assertCanImport(user, kind);
  try {
    const bytes = await readBody(request, MAX_UPLOAD_MB * 1024 * 1024);
    if (bytes.length === 0) throw new ImportRefusal("import.error.noFile");
    const id = await createImportJob(db, user.id, kind, url.searchParams.get("name") ?? "import.csv", bytes);
    return Response.json({ id }, { status: 201 });
  } catch (error) {
    if (!(error instanceof ImportRefusal)) throw error;
    const message = translateReason(createTranslator(user.locale), error.key, error.params);
    return Response.json({ error: "INVALID", message }, { status: 422 });
  }
});
