import type {
  ChoiceFilter,
  ChoiceOptions,
  CodesFilter,
  CodesOptions,
  DaysFilter,
  DaysOptions,
  IdsFilter,
  IdsOptions,
  OwnerFilter,
  OwnerOptions,
  RangeFilter,
  RangeOptions,
} from "./spec";

// Factories for a spec's filters: each keeps its field names as literal types, so a list's
// view type (ListView) knows exactly which fields it has.

export const choice = <const Field extends string, Value extends string>(filter: ChoiceOptions<Field, Value>): ChoiceFilter<Field, Value> => ({
  type: "choice",
  ...filter,
});

export const ids = <const Field extends string>(filter: IdsOptions<Field>): IdsFilter<Field> => ({ type: "ids", ...filter });

export const owner = <const Field extends string, const NullField extends string>(
  filter: OwnerOptions<Field, NullField>,
): OwnerFilter<Field, NullField> => ({ type: "owner", ...filter });

export const codes = <const Field extends string>(filter: CodesOptions<Field>): CodesFilter<Field> => ({ type: "codes", ...filter });

export const days = <const From extends string, const To extends string>(filter: DaysOptions<From, To>): DaysFilter<From, To> => ({
  type: "days",
  ...filter,
});

export const range = <const Min extends string, const Max extends string>(filter: RangeOptions<Min, Max>): RangeFilter<Min, Max> => ({
  type: "range",
  ...filter,
});

/** The value that means "no owner" in the owner filter. */
export const UNASSIGNED = "unassigned";
