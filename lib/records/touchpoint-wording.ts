import type { Channel, TouchpointType } from "@/generated/prisma/enums";
import type { Translate } from "@/lib/i18n/translator";

/**
 * The channel a type of touch already names: "Email by email" or "Trade fair at an event"
 * says it twice, so those read as the type alone.
 */
const IMPLIED_CHANNEL: Partial<Record<TouchpointType, Channel>> = {
  WEB_VISIT: "WEB",
  EMAIL: "EMAIL",
  MAILING_LIST: "EMAIL",
  WEBINAR: "WEB",
  TRADE_FAIR: "EVENT",
  TELEMARKETING_CALL: "PHONE",
};

/**
 * A touchpoint as the record's history names it: its type, then how it happened as the
 * language says it ("Meeting in person", "Download via paid media"; "Tapaaminen kasvokkain").
 */
export function touchpointWording(t: Translate, type: TouchpointType, channel: Channel): string {
  const what = t(`recordDetail.touchpointType.${type}`);
  if (IMPLIED_CHANNEL[type] === channel) return what;
  return t("recordDetail.timeline.touchpoint", { type: what, how: t(`recordDetail.timeline.channel.${channel}`) });
}
