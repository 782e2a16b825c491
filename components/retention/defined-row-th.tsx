import { InfoTip } from "@/components/ui/info-tip";
import { Th } from "@/components/ui/table";
import type { Translate } from "@/lib/i18n/translator";

/** A row's header with its figure's one-line definition on hover. */
export function DefinedRowTh({ id, label, definition, t }: { id: string; label: string; definition: string; t: Translate }) {
  return (
    <Th scope="row">
      <span className="inline-flex items-center gap-1">
        {label}
        <InfoTip id={id} label={t("common.definitionOf", { term: label })} text={definition} />
      </span>
    </Th>
  );
}
