import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { getI18n } from "@/lib/i18n/server";
import type { AnyView, ListCursor, ListSpec } from "@/lib/records/list/spec";
import { listQuery } from "@/lib/records/list/view";

/** Keyset pages: back to the first page, or on to the next; there is no page number to jump to. */
export async function ListPager({ spec, view, next }: { spec: ListSpec; view: AnyView; next: ListCursor | null }) {
  if (!view.after && !next) return null;
  const { t } = await getI18n();
  const href = (query: string) => (query ? `${spec.path}?${query}` : spec.path);
  return (
    <nav aria-label={t(`lists.${spec.kind}.pagination`)} className="mt-4 flex justify-end gap-2 text-sm">
      {view.after && (
        <Link href={href(listQuery(spec, { ...view, after: undefined }))} className={buttonClasses("secondary", "sm")}>
          {t("lists.first")}
        </Link>
      )}
      {next && (
        <Link href={href(listQuery(spec, { ...view, after: next }))} className={buttonClasses("secondary", "sm")}>
          {t("lists.next")}
        </Link>
      )}
    </nav>
  );
}
