"use client";

import { useId, type ReactNode } from "react";
import { InfoTip } from "@/components/ui/info-tip";
import { useI18n } from "@/lib/i18n/provider";

/**
 * A labelled range input with its value in words beside it. The native slider brings the
 * keyboard (arrows, Home, End, Page Up/Down); `valueText` is what the eye and a screen
 * reader get instead of the raw number.
 */
export function SliderField({
  name,
  label,
  definition,
  value,
  max,
  step,
  valueText,
  disabled,
  onChange,
  children,
}: {
  name: string;
  label: string;
  definition: string;
  value: number;
  max: number;
  step: number;
  valueText: string;
  disabled?: boolean;
  onChange: (value: number) => void;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="flex flex-col gap-1.5">
      <div className="flex items-center justify-between gap-3 text-sm">
        <span className="inline-flex items-center gap-1">
          <label htmlFor={id} className="font-medium">
            {label}
          </label>
          <InfoTip id={`${id}-definition`} label={t("common.definitionOf", { term: label })} text={definition} />
        </span>
        <span className="font-semibold tabular-nums" aria-hidden="true">
          {valueText}
        </span>
      </div>
      <input
        id={id}
        name={name}
        type="range"
        min={0}
        max={max}
        step={step}
        value={value}
        disabled={disabled}
        aria-valuetext={valueText}
        onChange={(event) => onChange(Number(event.target.value))}
        className="w-full accent-primary disabled:opacity-50 print:hidden"
      />
      {children}
    </div>
  );
}
