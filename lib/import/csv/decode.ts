export type TextEncoding = "utf-8" | "windows-1252";

const CHUNK_BYTES = 1 << 20;

/**
 * How a file's bytes are text. Exports from current CRMs are UTF-8; a file saved from an
 * older Excel on Windows is Windows-1252, where "ä" is one byte that is never valid UTF-8,
 * so a file that does not decode as UTF-8 is read as Windows-1252 rather than refused.
 */
export function detectEncoding(bytes: Uint8Array): TextEncoding {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  try {
    for (let start = 0; start < bytes.length; start += CHUNK_BYTES) {
      decoder.decode(bytes.subarray(start, start + CHUNK_BYTES), { stream: true });
    }
    decoder.decode();
    return "utf-8";
  } catch {
    return "windows-1252";
  }
}

/**
 * The text of the bytes a megabyte at a time, so a 30 MB upload is never one string; a
 * character split between two chunks is kept whole by the streaming decoder. A UTF-8 BOM
 * is dropped by the decoder itself.
 */
export function* decodeChunks(bytes: Uint8Array, encoding: TextEncoding): Generator<string> {
  const decoder = new TextDecoder(encoding);
  for (let start = 0; start < bytes.length; start += CHUNK_BYTES) {
    const text = decoder.decode(bytes.subarray(start, start + CHUNK_BYTES), { stream: true });
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}
