import { Badge } from "@/components/ui/badge";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { formatRange } from "@/lib/i18n/range";
import type { Translate } from "@/lib/i18n/translator";
import type { MqlDraftFields } from "@/lib/mql/schema";

type Props = {
  fields: MqlDraftFields;
  /** The version in force: criteria that differ from it are marked. */
  compareWith?: MqlDraftFields;
  t: Translate;
  locale: Locale;
};

function describe(fields: MqlDraftFields, t: Translate, locale: Locale): [string, string][] {
  const list = (values: string[]) => (values.length ? values.join(", ") : t("common.any"));
  return [
    [t("settingsMql.field.industries"), list([...fields.industries].sort())],
    [t("settingsMql.field.companySize"), formatRange(fields.minEmployees, fields.maxEmployees, (value) => formatNumber(value, locale), t)],
    [t("settingsMql.field.countries"), list(fields.countries)],
    [t("settingsMql.field.personas"), list(fields.personas.map((persona) => t(`persona.${persona}`)))],
    [t("settingsMql.field.titleKeywords"), list(fields.titleKeywords)],
    [t("settingsMql.field.behaviour"), t("settingsMql.behaviourRule", { score: fields.minEngagementScore, days: fields.withinDays })],
    [t("settingsMql.field.notes"), fields.notes ?? t("common.none")],
  ];
}

/** What a version asks of a lead, criterion by criterion: company fit, persona, behaviour, and the notes. */
export function CriteriaSummary({ fields, compareWith, t, locale }: Props) {
  const baseline = compareWith && new Map(describe(compareWith, t, locale));
  return (
    <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[max-content_1fr]">
      {describe(fields, t, locale).map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-medium text-muted-foreground">{label}</dt>
          <dd className="whitespace-pre-line">
            {value}
            {baseline && baseline.get(label) !== value && (
              <>
                {" "}
                <Badge tone="acquisition">{t("settingsMql.changed")}</Badge>
              </>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
