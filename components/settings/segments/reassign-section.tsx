import { Card, CardHeader } from "@/components/ui/card";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import type { getLastReassignment, getPendingReassignment, SegmentRuleRow } from "@/lib/settings/segments/queries";
import { ReassignButton } from "./reassign-button";

type Pending = Awaited<ReturnType<typeof getPendingReassignment>>;
type Last = Awaited<ReturnType<typeof getLastReassignment>>;

/** What a re-assignment would move under the saved rules, the button that runs it, and what the last one moved. */
export async function ReassignSection({ segments, pending, last }: { segments: SegmentRuleRow[]; pending: Promise<Pending>; last: Promise<Last> }) {
  const [{ t, locale }, moves, previous] = await Promise.all([getI18n(), pending, last]);
  const number = (value: number) => formatNumber(value, locale);
  const keys = new Map((previous?.summary.segments ?? []).map((segment) => [segment.id, segment.key]));
  const nameOf = (id: number | null) => {
    if (id === null) return t("settingsStructure.preview.noSegment");
    const segment = segments.find((candidate) => candidate.id === id);
    if (segment) return locale === "fi" ? segment.nameFi : segment.nameEn;
    return t("settingsStructure.reassign.deletedSegment", { key: keys.get(id) ?? `#${id}` });
  };
  const pairs = previous ? movedPairs(previous.summary) : [];

  return (
    <Card>
      <CardHeader title={t("settingsStructure.reassign.title")} description={t("settingsStructure.reassign.description")} />
      <div className="flex flex-col gap-4 p-5">
        <p className="text-sm" data-testid="reassign-pending">
          {moves.accounts.moved + moves.leads.moved === 0
            ? t("settingsStructure.reassign.upToDate")
            : t("settingsStructure.reassign.pending", { accounts: number(moves.accounts.moved), leads: number(moves.leads.moved) })}
        </p>
        <ReassignButton accounts={moves.accounts.moved} leads={moves.leads.moved} />
        <section aria-labelledby="last-reassignment" className="flex flex-col gap-2" data-testid="last-reassignment">
          <h3 id="last-reassignment" className="text-sm font-semibold">
            {!previous
              ? t("settingsStructure.reassign.never")
              : previous.actor
                ? t("settingsStructure.reassign.last", { at: formatDateTime(previous.at, locale), name: previous.actor })
                : t("settingsStructure.reassign.lastBySystem", { at: formatDateTime(previous.at, locale) })}
          </h3>
          {previous && pairs.length === 0 && <p className="text-sm text-muted-foreground">{t("settingsStructure.reassign.nothingMoved")}</p>}
          {pairs.length > 0 && (
            <Table caption={t("settingsStructure.reassign.lastCaption")}>
              <THead>
                <tr>
                  <Th>{t("settingsStructure.reassign.from")}</Th>
                  <Th>{t("settingsStructure.reassign.to")}</Th>
                  <Th numeric>{t("settingsStructure.reassign.accounts")}</Th>
                  <Th numeric>{t("settingsStructure.reassign.leads")}</Th>
                </tr>
              </THead>
              <TBody>
                {pairs.map((pair) => (
                  <Tr key={`${pair.from}-${pair.to}`}>
                    <Td>{nameOf(pair.from)}</Td>
                    <Td>{nameOf(pair.to)}</Td>
                    <Td numeric>{number(pair.accounts)}</Td>
                    <Td numeric>{number(pair.leads)}</Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          )}
        </section>
      </div>
    </Card>
  );
}

/** Each from → to pair of a re-assignment with its accounts and leads, the largest first. */
function movedPairs(summary: { accounts: { from: number | null; to: number | null; records: number }[]; leads: { from: number | null; to: number | null; records: number }[] }) {
  const pairs = new Map<string, { from: number | null; to: number | null; accounts: number; leads: number }>();
  const add = (flow: { from: number | null; to: number | null; records: number }, kind: "accounts" | "leads") => {
    const key = `${flow.from}>${flow.to}`;
    const pair = pairs.get(key) ?? { from: flow.from, to: flow.to, accounts: 0, leads: 0 };
    pair[kind] += flow.records;
    pairs.set(key, pair);
  };
  summary.accounts.forEach((flow) => add(flow, "accounts"));
  summary.leads.forEach((flow) => add(flow, "leads"));
  return [...pairs.values()].sort((a, b) => b.accounts + b.leads - (a.accounts + a.leads));
}
