"use client";

import { useCallback, useEffect, useState } from "react";

/** The ticked row checkboxes (`ids[]`) that belong to the form, wherever they sit in the page. */
export function tickedBoxes(formId: string): HTMLInputElement[] {
  const form = document.getElementById(formId);
  if (!(form instanceof HTMLFormElement)) return [];
  return Array.from(form.elements).filter((element): element is HTMLInputElement => element instanceof HTMLInputElement && element.name === "ids[]" && element.checked);
}

/**
 * How many rows are ticked for the bulk form `formId`, and a way to untick them all. The
 * rows live in the list's table, not in this component, so it listens to the whole page:
 * ticks arrive as change events, and a new page of rows (after paging or a refresh) as DOM changes.
 */
export function useTickedRows(formId: string) {
  const [count, setCount] = useState(0);
  useEffect(() => {
    const recount = () => setCount(tickedBoxes(formId).length);
    recount();
    document.addEventListener("change", recount);
    const observer = new MutationObserver(recount);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => {
      document.removeEventListener("change", recount);
      observer.disconnect();
    };
  }, [formId]);

  const clear = useCallback(() => {
    for (const box of tickedBoxes(formId)) box.checked = false;
    setCount(0);
  }, [formId]);

  return { count, clear };
}
