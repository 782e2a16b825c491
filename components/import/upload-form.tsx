"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/provider";
import type { ImportKind } from "@/lib/import/kinds";

/**
 * Chooses the kind of records and the file, and sends the file as the request body to the
 * upload route (a server action would refuse a 30 MB file); the job's page takes it from there.
 */
export function ImportUploadForm({ kinds }: { kinds: ImportKind[] }) {
  const { t } = useI18n();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) return setError(t("import.error.noFile"));
    setPending(true);
    setError(null);
    try {
      const query = new URLSearchParams({ kind: String(form.get("kind")), name: file.name });
      const response = await fetch(`/api/import?${query}`, { method: "POST", body: file, headers: { "Content-Type": "text/csv" } });
      const body = (await response.json()) as { id?: number; message?: string };
      if (!response.ok || !body.id) return setError(body.message ?? t("errors.INVALID"));
      router.push(`/import/${body.id}`);
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={upload} aria-label={t("import.title")} className="flex flex-wrap items-end gap-4">
      <fieldset className="flex flex-col gap-1.5">
        <legend className="mb-1.5 text-sm font-medium">{t("import.chooseKind")}</legend>
        <div className="flex flex-wrap gap-3">
          {kinds.map((kind, i) => (
            <label key={kind} className="flex items-center gap-1.5 text-sm">
              <input type="radio" name="kind" value={kind} defaultChecked={i === 0} />
              {t(`import.kind.${kind}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-col gap-1.5">
        <label htmlFor="import-file" className="text-sm font-medium">
          {t("import.file")}
        </label>
        <input id="import-file" name="file" type="file" accept=".csv,.txt,text/csv" className="text-sm" aria-describedby="import-file-hint" />
        <p id="import-file-hint" className="text-xs text-muted-foreground">
          {t("import.fileHint")}
        </p>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? t("import.uploading") : t("import.upload")}
      </Button>
      {error && (
        <p role="status" className="basis-full text-sm text-danger">
          {error}
        </p>
      )}
    </form>
  );
}
