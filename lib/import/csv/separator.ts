export const SEPARATORS = [",", ";", "\t"] as const;
export type Separator = (typeof SEPARATORS)[number];

/**
 * The separator of a file from its header line: whichever of "," ";" and tab appears most
 * outside quotes. Finnish Excel writes ";" (the comma is the decimal mark), CRMs write ",",
 * and some tools tab; a header has no numbers in it, so counting there is not misled by
 * "1 054,50". A tie (a one-column file) is ",".
 */
export function detectSeparator(sample: string): Separator {
  const counts = new Map<string, number>(SEPARATORS.map((s) => [s, 0]));
  let quoted = false;
  for (const char of sample) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  let best: Separator = ",";
  for (const separator of SEPARATORS) if (counts.get(separator)! > counts.get(best)!) best = separator;
  return best;
}
