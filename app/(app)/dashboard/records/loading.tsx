import { Skeleton } from "@/components/ui/skeleton";
import { getI18n } from "@/lib/i18n/server";

/** While the records behind a figure are counted and their first page read. */
export default async function DrillDownLoading() {
  const { t } = await getI18n();
  return (
    <div className="flex flex-col gap-6">
      <Skeleton label={t("common.loading")} className="h-16 w-2/3" />
      <Skeleton label={t("common.loading")} className="h-[32rem]" />
    </div>
  );
}
