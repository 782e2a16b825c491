"use client";

import { startTransition, useActionState, type FormEvent } from "react";

/**
 * useActionState driven from a form's submit event instead of its `action` prop. React
 * resets a form after every action it runs, including one that returned a refusal; these
 * forms keep what was typed (and, in the bulk bar, the ticked rows) until the caller clears it.
 * `accept` may leave a submit to the browser, e.g. a button with its own GET `formAction`.
 */
export function useSubmitAction<S>(
  action: (previous: Awaited<S>, data: FormData) => Promise<S>,
  initial: Awaited<S>,
  accept: (submitter: HTMLElement | null) => boolean = () => true,
) {
  const [state, dispatch, pending] = useActionState<S, FormData>(action, initial);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    if (!accept(submitter)) return;
    event.preventDefault();
    const data = new FormData(event.currentTarget, submitter);
    startTransition(() => dispatch(data));
  };
  return [state, onSubmit, pending] as const;
}
