"use client";

import { FitAttribute, LeadSource, Persona } from "@/generated/prisma/enums";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { useI18n } from "@/lib/i18n/provider";
import { FIT_ATTRIBUTES } from "@/lib/scoring/rules";
import type { DraftRule } from "./draft";

const CONTROL = "h-9 rounded-md border bg-surface px-2 text-sm text-foreground";

type Props = {
  rules: DraftRule[];
  errors: Record<string, string[]> | null;
  industries: string[];
  countries: string[];
  onChange: (rules: DraftRule[]) => void;
  onAdd: () => void;
};

/** The fit rules as rows to edit: a condition, its value (or size range) and its points. */
export function FitRulesTable({ rules, errors, industries, countries, onChange, onAdd }: Props) {
  const { t } = useI18n();
  const update = (index: number, change: Partial<DraftRule>) => onChange(rules.map((rule, i) => (i === index ? { ...rule, ...change } : rule)));
  const chooseAttribute = (index: number, attribute: FitAttribute) =>
    update(index, { attribute, value: attribute === "PERSONA" ? Persona.DEPARTMENT_HEAD : attribute === "SOURCE" ? LeadSource.WEB : "", minEmployees: "", maxEmployees: "" });

  return (
    <>
      <datalist id="scoring-industries">
        {industries.map((industry) => (
          <option key={industry} value={industry} />
        ))}
      </datalist>
      <datalist id="scoring-countries">
        {countries.map((country) => (
          <option key={country} value={country} />
        ))}
      </datalist>
      {rules.length === 0 ? (
        <p className="px-5 py-4 text-sm">{t("scoring.fit.empty")}</p>
      ) : (
        <Table caption={t("scoring.fit.title")}>
          <THead>
            <tr>
              <Th>#</Th>
              <Th>{t("scoring.fit.attribute")}</Th>
              <Th>{t("scoring.fit.value")}</Th>
              <Th numeric>{t("scoring.fit.points")}</Th>
              <Th>
                <span className="sr-only">{t("scoring.fit.remove")}</span>
              </Th>
            </tr>
          </THead>
          <TBody>
            {rules.map((rule, index) => {
              const label = t("scoring.fit.rule", { n: index + 1 });
              const field = (name: keyof DraftRule) => errors?.[`fitRules.${index}.${name}`];
              const input = (name: "value" | "minEmployees" | "maxEmployees" | "points", caption: string, extra: Record<string, string> = {}) => (
                <input
                  aria-label={`${label}: ${caption}`}
                  value={rule[name]}
                  onChange={(event) => update(index, { [name]: event.target.value })}
                  aria-invalid={field(name) ? true : undefined}
                  className={cx(CONTROL, field(name) ? "border-danger" : "border-border", name === "value" ? "w-56" : "w-24 text-right tabular-nums")}
                  inputMode={name === "value" ? undefined : "numeric"}
                  {...extra}
                />
              );
              const messages = (["value", "minEmployees", "maxEmployees", "points"] as const).flatMap((name) => field(name) ?? []);
              return (
                <Tr key={rule.key}>
                  <Td className="tabular-nums text-muted-foreground">{index + 1}</Td>
                  <Td>
                    <select
                      aria-label={`${label}: ${t("scoring.fit.attribute")}`}
                      value={rule.attribute}
                      onChange={(event) => chooseAttribute(index, event.target.value as FitAttribute)}
                      className={cx(CONTROL, "border-border")}
                    >
                      {FIT_ATTRIBUTES.map((attribute) => (
                        <option key={attribute} value={attribute}>
                          {t(`scoring.attribute.${attribute}`)}
                        </option>
                      ))}
                    </select>
                  </Td>
                  <Td>
                    {rule.attribute === "EMPLOYEES" ? (
                      <span className="flex items-center gap-2">
                        {input("minEmployees", t("scoring.fit.min"), { placeholder: t("scoring.fit.min") })}
                        <span aria-hidden>–</span>
                        {input("maxEmployees", t("scoring.fit.max"), { placeholder: t("scoring.fit.max") })}
                      </span>
                    ) : rule.attribute === "PERSONA" || rule.attribute === "SOURCE" ? (
                      <select
                        aria-label={`${label}: ${t("scoring.fit.value")}`}
                        value={rule.value}
                        onChange={(event) => update(index, { value: event.target.value })}
                        className={cx(CONTROL, "w-56 border-border")}
                      >
                        {rule.attribute === "PERSONA"
                          ? Object.values(Persona).map((persona) => (
                              <option key={persona} value={persona}>
                                {t(`persona.${persona}`)}
                              </option>
                            ))
                          : Object.values(LeadSource).map((source) => (
                              <option key={source} value={source}>
                                {t(`leadSource.${source}`)}
                              </option>
                            ))}
                      </select>
                    ) : (
                      input("value", t("scoring.fit.value"), rule.attribute === "INDUSTRY" ? { list: "scoring-industries" } : rule.attribute === "COUNTRY" ? { list: "scoring-countries" } : {})
                    )}
                    {messages.length > 0 && <p className="mt-1 text-sm text-danger">{messages.join(" ")}</p>}
                  </Td>
                  <Td numeric>{input("points", t("scoring.fit.points"))}</Td>
                  <Td>
                    <Button variant="ghost" size="sm" aria-label={`${label}: ${t("scoring.fit.remove")}`} onClick={() => onChange(rules.filter((_, i) => i !== index))}>
                      {t("scoring.fit.remove")}
                    </Button>
                  </Td>
                </Tr>
              );
            })}
          </TBody>
        </Table>
      )}
      <div className="px-5 py-3">
        <Button variant="secondary" size="sm" onClick={onAdd}>
          {t("scoring.fit.add")}
        </Button>
      </div>
    </>
  );
}
