import Link from "next/link";
import type { ReactNode } from "react";
import type { Stage } from "@/generated/prisma/enums";
import { StageBadge } from "@/components/bowtie/stage-badge";
import { getI18n } from "@/lib/i18n/server";

export type RecordLink = { href: string; name: string; detail?: string; stage: Stage };

/** One group of related records, each a link to its page; `empty` says what it means to have none. */
export async function RecordLinks({ title, links, empty, footnote }: { title: string; links: RecordLink[]; empty: string; footnote?: ReactNode }) {
  const { t } = await getI18n();
  return (
    <section className="px-5 py-3">
      <h3 className="text-xs font-medium uppercase tracking-wide text-muted-foreground">{title}</h3>
      {links.length === 0 ? (
        <p className="mt-1 text-sm text-muted-foreground">{empty}</p>
      ) : (
        <ul className="mt-1 space-y-1.5 text-sm">
          {links.map((link) => (
            <li key={link.href} className="flex flex-wrap items-center justify-between gap-2">
              <span className="min-w-0">
                <Link href={link.href} className="font-medium text-primary hover:underline">
                  {link.name}
                </Link>
                {link.detail && <span className="text-muted-foreground"> · {link.detail}</span>}
              </span>
              <StageBadge stage={link.stage} label={t(`stage.${link.stage}`)} />
            </li>
          ))}
        </ul>
      )}
      {footnote && <p className="mt-1 text-xs text-muted-foreground">{footnote}</p>}
    </section>
  );
}
