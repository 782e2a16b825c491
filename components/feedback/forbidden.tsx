import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { StatusPanel } from "@/components/ui/status-panel";
import { getCurrentUser } from "@/lib/auth/current-user";
import { HOME_PATH } from "@/lib/auth/navigation";
import { getI18n } from "@/lib/i18n/server";

/** What a page shows instead of its content when the user's role may not see it. */
export async function Forbidden() {
  const [{ t }, user] = await Promise.all([getI18n(), getCurrentUser()]);
  const role = user ? t(`role.${user.role}`) : "";
  return (
    <StatusPanel code={t("forbidden.code")} title={t("forbidden.title")} body={t("forbidden.body", { role })}>
      <Link href={HOME_PATH} className={buttonClasses("secondary")}>
        {t("forbidden.back")}
      </Link>
    </StatusPanel>
  );
}
