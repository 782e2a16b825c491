import { ImportRefusal } from "./errors";

/**
 * A request body read to the end as bytes, refused as soon as it passes the limit rather
 * than after the whole of an oversized upload has been buffered.
 */
export async function readBody(request: Request, limitBytes: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  const limitMb = Math.round(limitBytes / 1024 / 1024);
  if (declared > limitBytes) throw new ImportRefusal("import.error.tooLarge", { limit: limitMb });
  if (!request.body) return new Uint8Array();
  const parts: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limitBytes) {
      await reader.cancel();
      throw new ImportRefusal("import.error.tooLarge", { limit: limitMb });
    }
    parts.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  return bytes;
}
