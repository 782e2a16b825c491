const QUARTERS_BACK = 8;
const YEARS_BACK = 5;

export type QuarterOption = { at: string; quarter: number; year: number };

function quarterOf(day: string): QuarterOption {
  const year = Number(day.slice(0, 4));
  const quarter = Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1;
  return { at: `${year}-${String((quarter - 1) * 3 + 1).padStart(2, "0")}-01`, quarter, year };
}

/**
 * The quarters the picker offers, newest first: the last eight counted back from `today`,
 * plus the shown one when a link points further back, so the picker always names what is shown.
 */
export function quarterOptions(today: string, shown: string): QuarterOption[] {
  const current = quarterOf(today);
  const index = current.year * 4 + current.quarter - 1;
  const recent = Array.from({ length: QUARTERS_BACK }, (_, back) => {
    const quarterIndex = index - back;
    return quarterOf(`${Math.floor(quarterIndex / 4)}-${String((quarterIndex % 4) * 3 + 1).padStart(2, "0")}-01`);
  });
  const selected = quarterOf(shown);
  return recent.some((option) => option.at === selected.at) ? recent : [...recent, selected].sort((a, b) => b.at.localeCompare(a.at));
}

/** The years the picker offers, newest first: the last five, plus the shown one when older. */
export function yearOptions(today: string, shown: string): number[] {
  const currentYear = Number(today.slice(0, 4));
  const recent = Array.from({ length: YEARS_BACK }, (_, back) => currentYear - back);
  const selected = Number(shown.slice(0, 4));
  return recent.includes(selected) ? recent : [...recent, selected].sort((a, b) => b - a);
}
