import { Card, CardHeader } from "@/components/ui/card";
import { getI18n } from "@/lib/i18n/server";
import { FieldList, type FieldItem } from "./field-list";

export async function DetailsCard({ items }: { items: FieldItem[] }) {
  const { t } = await getI18n();
  return (
    <Card>
      <CardHeader title={t("recordDetail.details")} />
      <FieldList items={items} />
    </Card>
  );
}
