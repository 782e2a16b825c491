import type { Metadata } from "next";
import { AccountDetails } from "@/components/account/account-details";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { authorizePage } from "@/lib/auth/guards";
import { getI18n } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("account.title") };
}

export default async function AccountPage() {
  const user = await authorizePage("profile.view");
  const { t } = await getI18n();
  return (
    <>
      <PageHeader title={t("account.title")} description={t("account.description")} />
      <div className="grid max-w-5xl items-start gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
        <Card>
          <CardHeader title={t("account.details.title")} description={t("account.details.body")} />
          <div className="px-5 py-5">
            <AccountDetails user={user} />
          </div>
        </Card>
        <Card>
          <CardHeader title={t("account.password.title")} description={t("account.password.body")} />
          <div className="px-5 py-5">
            <ChangePasswordForm />
          </div>
        </Card>
      </div>
    </>
  );
}
