import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { StatusPanel } from "@/components/ui/status-panel";
import { getI18n } from "@/lib/i18n/server";

export async function NotFoundView() {
  const { t } = await getI18n();
  return (
    <StatusPanel code={t("notFound.code")} title={t("notFound.title")} body={t("notFound.body")}>
      <Link href="/" className={buttonClasses("secondary")}>
        {t("notFound.back")}
      </Link>
    </StatusPanel>
  );
}
