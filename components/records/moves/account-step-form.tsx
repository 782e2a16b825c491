"use client";

import { completeOnboardingAction, startOnboardingAction } from "@/lib/actions/moves/account";
import { useI18n } from "@/lib/i18n/provider";
import { MoveForm } from "./move-form";

const STEPS = {
  startOnboarding: { action: startOnboardingAction, label: "recordDetail.moves.startOnboarding" },
  completeOnboarding: { action: completeOnboardingAction, label: "recordDetail.moves.completeOnboarding" },
} as const;

/** A customer's one-click steps along the retention side: onboarding started, onboarding done. */
export function AccountStepForm({ step, id, version }: { step: keyof typeof STEPS; id: number; version: number }) {
  const { t } = useI18n();
  return <MoveForm action={STEPS[step].action} id={id} version={version} submit={t(STEPS[step].label)} />;
}
