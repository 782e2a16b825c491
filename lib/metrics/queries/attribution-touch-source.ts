import { Prisma } from "@/generated/prisma/client";
import type { LeadSource, TouchpointType } from "@/generated/prisma/enums";

// A touchpoint has no source of its own, so one is read from it, most specific first:
// 1. its campaign's source: the campaign is what brought the touch about;
// 2. a touch by none of our people (web visit, download, mailing, webinar, fair) is the
//    channel it came through, by type;
// 3. a touch by one of our people (call, email, meeting), or of a type with no channel of
//    its own, is follow-up work on the buyer: it is credited to the source of the path,
//    the origin lead's source or, without one, the deal's.
// With none of these the touch has no source and is left off the path.

/** The source of a touch of each type that came in through its own channel. */
export const CHANNEL_SOURCE: Readonly<Partial<Record<TouchpointType, LeadSource>>> = {
  WEB_VISIT: "WEB",
  DOWNLOAD: "DOWNLOAD",
  MAILING_LIST: "MAILING_LIST",
  WEBINAR: "WEBINAR",
  TRADE_FAIR: "TRADE_FAIR",
  TELEMARKETING_CALL: "TELEMARKETING",
};

/** A touch's attribution source by the rules above. */
export function touchSource(
  touch: { type: TouchpointType; userId: number | null },
  campaignSource: LeadSource | null,
  pathSource: LeadSource | null,
): LeadSource | null {
  return campaignSource ?? (touch.userId === null ? CHANNEL_SOURCE[touch.type] : undefined) ?? pathSource;
}

/** The same rules in SQL: `touch` and `campaign` are aliases, `pathSource` an expression. */
export function touchSourceSql(touch: Prisma.Sql, campaign: Prisma.Sql, pathSource: Prisma.Sql): Prisma.Sql {
  const cases = Object.entries(CHANNEL_SOURCE).map(
    ([type, source]) => Prisma.sql`WHEN ${Prisma.raw(`'${type}'`)} THEN ${Prisma.raw(`'${source}'`)}::"LeadSource"`,
  );
  return Prisma.sql`coalesce(${campaign}.source,
    CASE WHEN ${touch}."userId" IS NULL THEN CASE ${touch}.type::text ${Prisma.join(cases, " ")} END END,
    ${pathSource})`;
}
