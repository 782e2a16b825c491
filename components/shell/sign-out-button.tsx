"use client";

import { signOut } from "next-auth/react";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/provider";

export function SignOutButton({ loginPath }: { loginPath: string }) {
  const { t } = useI18n();
  const [pending, startTransition] = useTransition();
  return (
    <Button
      variant="secondary"
      size="sm"
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          await signOut({ redirect: false });
          // A full load, so no page of the signed-in app stays in the client's router cache.
          window.location.assign(loginPath);
        })
      }
    >
      {pending ? t("shell.signingOut") : t("shell.signOut")}
    </Button>
  );
}
