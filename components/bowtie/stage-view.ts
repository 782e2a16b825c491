import type { BowtieStage } from "@/lib/bowtie/stages";
import { formatNumber, formatPercent } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import type { BowtieOverview, OverviewStage } from "@/lib/metrics/queries/bowtie-overview";
import { health, type Health } from "./stage-health";

/** One metric of a stage as shown: its value, the previous period's, and the change. */
export interface MetricView {
  value: string;
  previous: string;
  delta: string | null;
  health: Health | null;
}

/** What a stage card and its band in the shape show. */
export interface StageView {
  stage: BowtieStage;
  label: string;
  volume: number;
  volumeView: MetricView;
  conversion: MetricView | null;
  medianTime: MetricView;
  /** The stage's colour: its conversion's change, or its volume's where it has no next stage. */
  health: Health | null;
  bottleneck: boolean;
}

const HOURS_PER_DAY = 24;
// Up to two days a stay reads naturally in hours; beyond that in days.
const DAYS_FROM_HOURS = 48;

function signed(value: number, format: (magnitude: number) => string): string {
  if (value === 0) return `±${format(0)}`;
  return `${value > 0 ? "+" : "−"}${format(Math.abs(value))}`;
}

// Figures are compared at the precision they are shown in, so "same" means the page shows the same number.
const conversionShown = (ratio: number | null) => (ratio === null ? null : Math.round(ratio * 1000));
const hoursShown = (hours: number | null) => (hours === null ? null : Math.round(hours));

export function formatDuration(hours: number, locale: Locale, t: Translate): string {
  if (Math.abs(hours) < DAYS_FROM_HOURS) return t("common.hours", { hours: formatNumber(hours, locale) });
  return t("bowtie.days", { days: formatNumber(hours / HOURS_PER_DAY, locale, 1) });
}

function volumeView(current: OverviewStage, previous: OverviewStage, locale: Locale): MetricView {
  return {
    value: formatNumber(current.volume, locale),
    previous: formatNumber(previous.volume, locale),
    delta: signed(current.volume - previous.volume, (n) => formatNumber(n, locale)),
    health: health(current.volume, previous.volume, true),
  };
}

function conversionView(current: OverviewStage, previous: OverviewStage, locale: Locale, t: Translate): MetricView | null {
  if (current.stage === "EXPANSION") return null;
  const none = t("common.none");
  const shown = [conversionShown(current.conversion), conversionShown(previous.conversion)] as const;
  return {
    value: current.conversion === null ? none : formatPercent(current.conversion, locale),
    previous: previous.conversion === null ? none : formatPercent(previous.conversion, locale),
    delta:
      shown[0] === null || shown[1] === null
        ? null
        : t("bowtie.percentPoints", { value: signed((shown[0] - shown[1]) / 10, (n) => formatNumber(n, locale, 1)) }),
    health: health(shown[0], shown[1], true),
  };
}

function medianView(current: OverviewStage, previous: OverviewStage, locale: Locale, t: Translate): MetricView {
  const none = t("common.none");
  const shown = [hoursShown(current.medianHours), hoursShown(previous.medianHours)] as const;
  return {
    value: shown[0] === null ? none : formatDuration(shown[0], locale, t),
    previous: shown[1] === null ? none : formatDuration(shown[1], locale, t),
    delta: shown[0] === null || shown[1] === null ? null : signed(shown[0] - shown[1], (n) => formatDuration(n, locale, t)),
    // A shorter stay is the better one.
    health: health(shown[0], shown[1], false),
  };
}

/** The seven stages of the overview, formatted for the locale and judged against the previous period. */
export function stageViews(overview: BowtieOverview, locale: Locale, t: Translate): StageView[] {
  return overview.current.stages.map((current) => {
    const previous = overview.previous.stages.find((row) => row.stage === current.stage);
    // Both periods list the same seven stages; a gap would be a bug in the metric library.
    if (!previous) throw new Error(`no previous-period figures for ${current.stage}`);
    const conversion = conversionView(current, previous, locale, t);
    const volume = volumeView(current, previous, locale);
    return {
      stage: current.stage,
      label: t(`stage.${current.stage}`),
      volume: current.volume,
      volumeView: volume,
      conversion,
      medianTime: medianView(current, previous, locale, t),
      health: conversion?.health ?? volume.health,
      bottleneck: overview.bottleneck?.stage === current.stage,
    };
  });
}

/** Whether anything moved on the bow-tie in the period; with nothing, every figure would be an empty zero. */
export function hasTransitions(overview: BowtieOverview): boolean {
  return overview.current.churned > 0 || overview.current.stages.some((stage) => stage.volume > 0);
}
