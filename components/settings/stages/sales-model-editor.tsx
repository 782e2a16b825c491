"use client";

import { useState } from "react";
import type { EngagementMode, StageSide, TeamFunction } from "@/generated/prisma/enums";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { BowtieStage } from "@/lib/bowtie/stages";
import { useI18n } from "@/lib/i18n/provider";
import { saveSalesModelAction } from "@/lib/settings/stages/actions";
import { updateSalesModelSchema } from "@/lib/settings/stages/schema";
import { describeOwnerCell } from "./owner-conflict";
import { SaveMessage } from "./settings-fields";
import { StaleNotice } from "./stale-notice";
import { useSettingsSave } from "./use-settings-save";

export type MatrixCell = { teamId: number; mode: EngagementMode } | null;
export type MatrixRow = Record<BowtieStage, MatrixCell>;
export type MatrixTeam = { id: number; name: string; function: TeamFunction };
export type MatrixSegment = { id: number; name: string; row: MatrixRow };
export type MatrixStage = { stage: BowtieStage; label: string; side: StageSide };

const SELECT = "h-9 w-full min-w-40 rounded-md border bg-surface px-2 text-sm text-foreground";
const MODES: EngagementMode[] = ["H2H", "DIGITAL"];

/**
 * The sales-model matrix as an editor: stages down, segments across, each cell a team (named
 * with its function) and a way of working. A segment's column is saved on its own, whole.
 */
export function SalesModelEditor({ stages, segments, teams }: { stages: MatrixStage[]; segments: MatrixSegment[]; teams: MatrixTeam[] }) {
  const { t } = useI18n();
  return (
    <Table caption={t("settingsStructure.model.caption")}>
      <THead>
        <tr>
          <Th>{t("settingsStructure.model.stage")}</Th>
          {segments.map((segment) => (
            <Th key={segment.id}>{segment.name}</Th>
          ))}
        </tr>
      </THead>
      <SegmentColumns stages={stages} segments={segments} teams={teams} />
    </Table>
  );
}

function SegmentColumns({ stages, segments, teams }: { stages: MatrixStage[]; segments: MatrixSegment[]; teams: MatrixTeam[] }) {
  const [rows, setRows] = useState<Record<number, MatrixRow>>(() => Object.fromEntries(segments.map((segment) => [segment.id, segment.row])));
  const [bases, setBases] = useState<Record<number, MatrixRow>>(() => Object.fromEntries(segments.map((segment) => [segment.id, segment.row])));
  const columns: Column[] = segments.map((segment) => ({
    segment,
    row: rows[segment.id] ?? segment.row,
    base: bases[segment.id] ?? segment.row,
    setCell: (stage, cell) => setRows((current) => ({ ...current, [segment.id]: { ...(current[segment.id] ?? segment.row), [stage]: cell } })),
    setBase: (row) => setBases((current) => ({ ...current, [segment.id]: row })),
  }));
  return (
    <TBody>
      {stages.map((stage) => (
        <Tr key={stage.stage}>
          <Th scope="row" className="align-top">
            <span className="block">{stage.label}</span>
          </Th>
          {columns.map((column) => (
            <Td key={column.segment.id}>
              <CellEditor stage={stage} column={column} teams={teams} />
            </Td>
          ))}
        </Tr>
      ))}
      <tr>
        <td />
        {columns.map((column) => (
          <Td key={column.segment.id}>
            <ColumnSave column={column} teams={teams} />
          </Td>
        ))}
      </tr>
    </TBody>
  );
}

type Column = {
  segment: MatrixSegment;
  row: MatrixRow;
  /** The column as last loaded or saved: what a save is checked against. */
  base: MatrixRow;
  setCell: (stage: BowtieStage, cell: MatrixCell) => void;
  setBase: (row: MatrixRow) => void;
};

function CellEditor({ stage, column, teams }: { stage: MatrixStage; column: Column; teams: MatrixTeam[] }) {
  const { t } = useI18n();
  const cell = column.row[stage.stage];
  const team = teams.find((candidate) => candidate.id === cell?.teamId);
  const id = `model-${column.segment.id}-${stage.stage}`;
  const set = (next: MatrixCell) => column.setCell(stage.stage, next);
  return (
    <div className="flex flex-col gap-1.5">
      <select
        id={`${id}-team`}
        aria-label={t("settingsStructure.model.team", { stage: stage.label, segment: column.segment.name })}
        value={cell ? String(cell.teamId) : ""}
        onChange={(event) => set(event.target.value === "" ? null : { teamId: Number(event.target.value), mode: cell?.mode ?? "H2H" })}
        className={cx(SELECT, "border-border")}
      >
        <option value="">{t("settingsStructure.model.noOwner")}</option>
        {teams.map((option) => (
          <option key={option.id} value={option.id}>
            {t("settingsStructure.model.teamOption", { team: option.name, function: t(`teamFunction.${option.function}`) })}
          </option>
        ))}
      </select>
      {cell && (
        <select
          id={`${id}-mode`}
          aria-label={t("settingsStructure.model.mode", { stage: stage.label, segment: column.segment.name })}
          value={cell.mode}
          onChange={(event) => set({ teamId: cell.teamId, mode: event.target.value as EngagementMode })}
          className={cx(SELECT, "border-border")}
        >
          {MODES.map((mode) => (
            <option key={mode} value={mode}>
              {t(`settingsStructure.model.mode.${mode}`)}
            </option>
          ))}
        </select>
      )}
      {team && <span className="text-xs text-muted-foreground">{t(`teamFunction.${team.function}`)}</span>}
    </div>
  );
}

function ColumnSave({ column, teams }: { column: Column; teams: MatrixTeam[] }) {
  const { t } = useI18n();
  const { segment, row, base } = column;
  const saving = useSettingsSave(saveSalesModelAction, updateSalesModelSchema);
  const describe = (_field: string, value: unknown) => describeOwnerCell(value, teams, t);

  async function submit(against: MatrixRow) {
    const cells = Object.fromEntries(Object.entries(row).map(([stage, cell]) => [stage, cell ?? { teamId: null, mode: null }]));
    await saving.save({ segmentId: segment.id, cells, base: against } as never, (data: { changed: string[] }) => {
      column.setBase(row);
      return data.changed.length ? t("settingsStructure.saved") : t("settingsStructure.unchanged");
    });
  }

  function saveMine() {
    if (!saving.conflict) return;
    const theirs = { ...base, ...Object.fromEntries(saving.conflict.fields.map((field) => [field.field, field.theirs as MatrixCell])) };
    column.setBase(theirs);
    void submit(theirs);
  }

  return (
    <div className="flex flex-col gap-2">
      <Button size="sm" onClick={() => void submit(base)} disabled={saving.pending}>
        {saving.pending ? t("settingsStructure.saving") : t("settingsStructure.model.saveSegment", { segment: segment.name })}
      </Button>
      {saving.conflict ? (
        <StaleNotice conflict={saving.conflict} label={(field) => t(`stage.${field as BowtieStage}`)} describe={describe} pending={saving.pending} onSaveMine={saveMine} />
      ) : (
        <SaveMessage error={saving.error} success={saving.success} />
      )}
    </div>
  );
}
