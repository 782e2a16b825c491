import { z } from "zod";
import { BOWTIE_STAGES } from "@/lib/bowtie/stages";
import { monthPeriod, type Period } from "@/lib/metrics/period";
import { first } from "@/lib/validation/url-params";


export const stageParam = z.preprocess(first, z.enum(BOWTIE_STAGES));
export const stageKindParam = z.preprocess(first, z.enum(["LEAD", "ACCOUNT"]));
export const idParam = z.preprocess(first, z.coerce.number().int().positive().max(2_147_483_647));
/** A calendar month as YYYY-MM. */
export const monthParam = z.preprocess(first, z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/));
export const textParam = z.preprocess(first, z.string().trim().min(1).max(200));

export function enumParam<const Values extends readonly [string, ...string[]]>(values: Values) {
  return z.preprocess(first, z.enum(values));
}

/** A YYYY-MM month as its period. */
export function monthOf(month: string): Period {
  const [year, number] = month.split("-").map(Number);
  return monthPeriod(year!, number!);
}

/** The YYYY-MM of a month's first instant, for a drill-down link. */
export function monthKey(month: Date | string): string {
  return new Date(month).toISOString().slice(0, 7);
}
