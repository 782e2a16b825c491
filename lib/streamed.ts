/**
 * A query a page starts once and several streamed sections await. A rejection surfaces where
 * a section awaits it; marking it handled here only keeps one that comes before any section
 * awaits from being reported as unhandled.
 */
export function streamed<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}
