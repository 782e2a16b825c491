"use client";

import type { TouchpointType } from "@/generated/prisma/enums";
import { cx } from "@/components/ui/cx";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { useI18n } from "@/lib/i18n/provider";
import { TOUCHPOINT_TYPES } from "@/lib/scoring/rules";

const CONTROL = "h-9 w-24 rounded-md border bg-surface px-2 text-right text-sm tabular-nums text-foreground";

type Props = {
  points: Record<TouchpointType, string>;
  halfLifeDays: string;
  errors: Record<string, string[]> | null;
  onPoints: (points: Record<TouchpointType, string>) => void;
  onHalfLife: (days: string) => void;
};

/** Points per touchpoint type and the half-life they fade with. */
export function EngagementTable({ points, halfLifeDays, errors, onPoints, onHalfLife }: Props) {
  const { t } = useI18n();
  const halfLifeErrors = errors?.halfLifeDays;
  return (
    <>
      <Table caption={t("scoring.engagement.title")}>
        <THead>
          <tr>
            <Th>{t("scoring.engagement.type")}</Th>
            <Th numeric>{t("scoring.engagement.points")}</Th>
          </tr>
        </THead>
        <TBody>
          {TOUCHPOINT_TYPES.map((type) => {
            const messages = errors?.[`engagementPoints.${type}`];
            return (
              <Tr key={type}>
                <Th scope="row" className="font-normal normal-case">
                  {t(`recordDetail.touchpointType.${type}`)}
                </Th>
                <Td numeric>
                  <input
                    aria-label={`${t(`recordDetail.touchpointType.${type}`)}: ${t("scoring.engagement.points")}`}
                    inputMode="numeric"
                    value={points[type]}
                    onChange={(event) => onPoints({ ...points, [type]: event.target.value })}
                    aria-invalid={messages ? true : undefined}
                    className={cx(CONTROL, messages ? "border-danger" : "border-border")}
                  />
                  {messages && <p className="mt-1 text-sm text-danger">{messages.join(" ")}</p>}
                </Td>
              </Tr>
            );
          })}
        </TBody>
      </Table>
      <div className="flex flex-col gap-1.5 px-5 py-4">
        <label htmlFor="scoring-half-life" className="text-sm font-medium">
          {t("scoring.engagement.halfLife")}
        </label>
        <input
          id="scoring-half-life"
          inputMode="numeric"
          value={halfLifeDays}
          onChange={(event) => onHalfLife(event.target.value)}
          aria-invalid={halfLifeErrors ? true : undefined}
          aria-describedby={halfLifeErrors ? "scoring-half-life-error" : undefined}
          className={cx(CONTROL, halfLifeErrors ? "border-danger" : "border-border")}
        />
        {halfLifeErrors && (
          <p id="scoring-half-life-error" className="text-sm text-danger">
            {halfLifeErrors.join(" ")}
          </p>
        )}
      </div>
    </>
  );
}
