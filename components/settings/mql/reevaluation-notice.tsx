import { cx } from "@/components/ui/cx";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import type { ReevaluationRun } from "@/lib/mql/reevaluation";
import { ResumeReevaluationForm } from "./resume-reevaluation-form";

type Props = { run: ReevaluationRun; canResume: boolean; t: Translate; locale: Locale };

/**
 * Where the re-evaluation a version's activation started stands: finished with what it
 * moved, still advancing, or cut off, with the button that finishes it for those who may.
 */
export function ReevaluationNotice({ run, canResume, t, locale }: Props) {
  const count = (value: number) => formatNumber(value, locale);
  const counts = { checked: count(run.checked), qualified: count(run.qualified), unqualified: count(run.unqualified), skipped: count(run.skipped) };
  const text =
    run.state === "finished"
      ? t("settingsMql.reevaluation.finished", { ...counts, date: formatDateTime(run.finishedAt!, locale) })
      : t(`settingsMql.reevaluation.${run.state}`, { ...counts, date: formatDateTime(run.heartbeatAt, locale) });
  return (
    <section
      aria-label={t("settingsMql.reevaluation.heading")}
      data-testid="reevaluation-notice"
      data-state={run.state}
      className={cx("rounded-md border px-4 py-3 text-sm", run.state === "interrupted" ? "border-danger bg-danger-soft" : "border-border")}
    >
      <h3 className={cx("font-semibold", run.state === "interrupted" && "text-danger")}>{t(`settingsMql.reevaluation.title.${run.state}`)}</h3>
      <p className="mt-1">{text}</p>
      {run.state === "interrupted" && canResume && <ResumeReevaluationForm id={run.criteriaId} />}
    </section>
  );
}
