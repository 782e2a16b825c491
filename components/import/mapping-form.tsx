"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { dryRunAction } from "@/app/(app)/import/actions";
import { Button } from "@/components/ui/button";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { useI18n } from "@/lib/i18n/provider";

export type FieldOption = { value: string; label: string };

type Props = {
  jobId: number;
  headers: string[];
  sample: string[];
  mapping: (string | null)[];
  fields: FieldOption[];
  required: FieldOption[];
};

/** Each column of the file and the field it fills, changeable; checking the file runs the dry run. */
export function MappingForm({ jobId, headers, sample, mapping: initial, fields, required }: Props) {
  const { t } = useI18n();
  const router = useRouter();
  const [mapping, setMapping] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const missing = required.filter((field) => !mapping.includes(field.value));

  const choose = (column: number, field: string) =>
    // A field fills one column: choosing it here takes it from any other column.
    setMapping((current) => current.map((value, i) => (i === column ? field || null : value === field ? null : value)));

  const check = () =>
    startTransition(async () => {
      const result = await dryRunAction(null, { jobId, mapping });
      if (!result.ok) setError(result.message);
      else {
        setError(null);
        router.refresh();
      }
    });

  return (
    <div>
      <Table caption={t("import.mapping.title")}>
        <THead>
          <tr>
            <Th>{t("import.mapping.column")}</Th>
            <Th>{t("import.mapping.example")}</Th>
            <Th>{t("import.mapping.field")}</Th>
          </tr>
        </THead>
        <TBody>
          {headers.map((header, column) => (
            <Tr key={column}>
              <Td className="font-medium">{header}</Td>
              <Td className="max-w-64 truncate text-muted-foreground">{sample[column]}</Td>
              <Td>
                <select
                  aria-label={header}
                  value={mapping[column] ?? ""}
                  onChange={(event) => choose(column, event.target.value)}
                  className="h-8 rounded-md border border-border bg-surface px-2 text-sm"
                >
                  <option value="">{t("import.mapping.skip")}</option>
                  {fields.map((field) => (
                    <option key={field.value} value={field.value}>
                      {field.label}
                    </option>
                  ))}
                </select>
              </Td>
            </Tr>
          ))}
        </TBody>
      </Table>
      <div className="flex flex-wrap items-center gap-4 px-5 py-4">
        <Button onClick={check} disabled={pending}>
          {pending ? t("import.checking") : t("import.dryRun")}
        </Button>
        {missing.length > 0 && (
          <p className="text-sm text-danger">{t("import.mapping.requiredMissing", { fields: missing.map((field) => field.label).join(", ") })}</p>
        )}
        {error && (
          <p role="status" className="text-sm text-danger">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}
