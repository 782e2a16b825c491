import { setImmediate as nextTurn } from "node:timers/promises";

/**
 * Runs a synchronous producer (`null` marks a point where it may pause) alongside its async
 * consumer: the producer gives the event loop a turn at every step (one account, well under
 * a millisecond), so the consumer's I/O (a COPY streaming the previous chunk) keeps flowing
 * while the next chunk is generated. At most `ahead` finished items wait for the consumer.
 */
export async function* overlapped<T>(steps: Iterator<T | null>, ahead = 1): AsyncGenerator<T> {
  const ready: T[] = [];
  let finished = false;
  let stopped = false;
  let failure: { error: unknown } | null = null;
  // Held in an object: TypeScript does not see assignments made inside the promise callbacks.
  const wake: { consumer: (() => void) | null; producer: (() => void) | null } = { consumer: null, producer: null };

  const produce = async () => {
    try {
      while (!stopped) {
        const step = steps.next();
        if (step.done) break;
        if (step.value !== null) {
          ready.push(step.value);
          wake.consumer?.();
          while (ready.length >= ahead && !stopped) await new Promise<void>((resolve) => (wake.producer = resolve));
        }
        await nextTurn();
      }
    } catch (error) {
      failure = { error };
    } finally {
      finished = true;
      wake.consumer?.();
    }
  };

  const producing = produce();
  try {
    for (;;) {
      const item = ready.shift();
      if (item !== undefined) {
        wake.producer?.();
        yield item;
        continue;
      }
      if (failure !== null) throw (failure as { error: unknown }).error;
      if (finished) return;
      await new Promise<void>((resolve) => (wake.consumer = resolve));
    }
  } finally {
    stopped = true;
    wake.producer?.();
    await producing;
  }
}
