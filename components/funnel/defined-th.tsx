import { Th } from "@/components/ui/table";
import { InfoTip } from "@/components/ui/info-tip";
import type { Translate } from "@/lib/i18n/translator";

/** A numeric column header with its metric's one-line definition on hover. */
export function DefinedTh({ id, label, definition, t }: { id: string; label: string; definition: string; t: Translate }) {
  return (
    <Th numeric>
      <span className="inline-flex items-center gap-1">
        {label}
        <InfoTip id={id} label={t("common.definitionOf", { term: label })} text={definition} />
      </span>
    </Th>
  );
}
