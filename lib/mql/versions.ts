import type { PrismaClient } from "@/generated/prisma/client";
import type { ApprovalSide, CriteriaStatus } from "@/generated/prisma/enums";
import type { MqlRule } from "@/lib/bowtie/mql";
import { MQL_RULE_SELECT } from "@/lib/bowtie/mql-inputs";
import type { Tx } from "@/lib/bowtie/tx";
import { criteriaFingerprint } from "./fingerprint";
import type { MqlDraftFields } from "./schema";

type Reader = PrismaClient | Tx;

/** Statuses of a version that can still be edited, discarded and approved. */
export const OPEN_STATUSES: readonly CriteriaStatus[] = ["DRAFT", "APPROVED"];

export type Approval = { side: ApprovalSide; userId: number; userName: string; approvedAt: Date };

/** One version of a segment's MQL agreement, in full. */
export type MqlVersion = {
  id: number;
  segmentId: number;
  version: number;
  status: CriteriaStatus;
  fields: MqlDraftFields;
  fingerprint: string;
  createdBy: string | null;
  createdAt: Date;
  activatedAt: Date | null;
  /** When the next version took over: the first activation after this one's. */
  supersededAt: Date | null;
  approvals: Approval[];
};

export type SegmentAgreement = { id: number; key: string; nameEn: string; nameFi: string; active: MqlVersion | null; versions: MqlVersion[] };

const SELECT = {
  id: true,
  segmentId: true,
  version: true,
  status: true,
  ...MQL_RULE_SELECT,
  notes: true,
  createdAt: true,
  activatedAt: true,
  createdBy: { select: { name: true } },
  approvals: { select: { side: true, userId: true, approvedAt: true, user: { select: { name: true } } }, orderBy: { approvedAt: "asc" } },
} as const;

type Row = Awaited<ReturnType<typeof readRows>>[number];

function readRows(client: Reader, where: { segmentId?: number; id?: number; status?: { in: CriteriaStatus[] } }) {
  return client.mqlCriteria.findMany({ where, select: SELECT, orderBy: [{ segmentId: "asc" }, { version: "desc" }] });
}

export function ruleOf(fields: MqlDraftFields): MqlRule {
  const { notes: _notes, ...rule } = fields;
  return rule;
}

function toVersion(row: Row, siblings: readonly Row[]): MqlVersion {
  const { createdBy, approvals, notes, segmentId, id, version, status, createdAt, activatedAt, ...rule } = row;
  const fields: MqlDraftFields = { ...rule, notes };
  const later = activatedAt
    ? siblings.filter((other) => other.activatedAt && other.activatedAt > activatedAt).map((other) => other.activatedAt!.getTime())
    : [];
  return {
    id,
    segmentId,
    version,
    status,
    fields,
    fingerprint: criteriaFingerprint(fields),
    createdBy: createdBy?.name ?? null,
    createdAt,
    activatedAt,
    supersededAt: status === "SUPERSEDED" && later.length ? new Date(Math.min(...later)) : null,
    approvals: approvals.map((approval) => ({ side: approval.side, userId: approval.userId, userName: approval.user.name, approvedAt: approval.approvedAt })),
  };
}

/** Every segment, in priority order, with its active version and every version it has kept, newest first. */
export async function listAgreements(client: Reader): Promise<SegmentAgreement[]> {
  const [segments, rows] = await Promise.all([
    client.segment.findMany({ select: { id: true, key: true, nameEn: true, nameFi: true }, orderBy: { priority: "asc" } }),
    readRows(client, {}),
  ]);
  return segments.map((segment) => {
    const own = rows.filter((row) => row.segmentId === segment.id);
    const versions = own.map((row) => toVersion(row, own));
    return { ...segment, active: versions.find((version) => version.status === "ACTIVE") ?? null, versions };
  });
}

/** One version in full, with its segment's other versions for the dates between them; null when there is none. */
export async function getVersion(id: number, client: Reader): Promise<MqlVersion | null> {
  const [row] = await readRows(client, { id });
  if (!row) return null;
  const siblings = await readRows(client, { segmentId: row.segmentId });
  return toVersion(row, siblings);
}

/** The segment's version in force, in full. */
export async function getActiveVersion(segmentId: number, client: Reader): Promise<MqlVersion | null> {
  const rows = await readRows(client, { segmentId });
  const active = rows.find((row) => row.status === "ACTIVE");
  return active ? toVersion(active, rows) : null;
}
