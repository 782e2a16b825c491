import { z } from "zod";
import { first } from "./url-params";

export const SEGMENTS_CSV_CHARTS = ["economics", "model"] as const;

export type SegmentsCsvChart = (typeof SEGMENTS_CSV_CHARTS)[number];


/** Which chart of the segments page a CSV holds; a missing or unknown value gives the economics table. */
export const segmentsCsvChart = z.preprocess(first, z.enum(SEGMENTS_CSV_CHARTS).catch("economics"));
