"use client";

import { signIn } from "next-auth/react";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { ACCOUNT_DEACTIVATED } from "@/lib/auth/sign-in-errors";
import { useI18n } from "@/lib/i18n/provider";

type LoginState = { email: string; error: string | null; signedIn: boolean };

const INITIAL: LoginState = { email: "", error: null, signedIn: false };

export function LoginForm({ returnTo }: { returnTo: string }) {
  const { t } = useI18n();
  // The server never says which of email and password was wrong, and neither does the message.
  const refusal = (error: string | null | undefined) =>
    error === "CredentialsSignin" ? t("login.invalid") : error === ACCOUNT_DEACTIVATED ? t("login.deactivated") : t("login.failed");
  const [state, formAction, pending] = useActionState<LoginState, FormData>(async (_previous, formData) => {
    const email = String(formData.get("email") ?? "");
    const password = String(formData.get("password") ?? "");
    try {
      const result = await signIn("credentials", { email, password, redirect: false });
      if (result?.ok && !result.error) {
        // A full load, so the server renders the app with the new session from the start.
        window.location.assign(returnTo);
        return { email, error: null, signedIn: true };
      }
      return { email, error: refusal(result?.error), signedIn: false };
    } catch {
      return { email, error: t("login.failed"), signedIn: false };
    }
  }, INITIAL);

  const busy = pending || state.signedIn;
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <Field
        id="email"
        name="email"
        type="email"
        label={t("login.email")}
        autoComplete="username"
        required
        defaultValue={state.email}
        aria-describedby={state.error ? "login-error" : undefined}
      />
      <Field
        id="password"
        name="password"
        type="password"
        label={t("login.password")}
        autoComplete="current-password"
        required
        aria-describedby={state.error ? "login-error" : undefined}
      />
      {state.error && (
        <p id="login-error" role="alert" className="rounded-md bg-danger-soft px-3 py-2 text-sm text-danger">
          {state.error}
        </p>
      )}
      <Button type="submit" disabled={busy} className="mt-2 w-full">
        {busy ? t("login.submitting") : t("login.submit")}
      </Button>
    </form>
  );
}
