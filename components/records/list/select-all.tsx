"use client";

/**
 * Ticks or clears every row checkbox of the list's bulk form on this page. The row boxes
 * are plain form inputs, so the selection works (one by one) even before this script runs.
 */
export function SelectAll({ formId, label }: { formId: string; label: string }) {
  return (
    <input
      type="checkbox"
      aria-label={label}
      onChange={(event) => {
        const boxes = document.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="ids[]"][form="${formId}"]`);
        for (const box of boxes) box.checked = event.currentTarget.checked;
      }}
    />
  );
}
