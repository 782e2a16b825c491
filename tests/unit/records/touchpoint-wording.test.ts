import { describe, expect, it } from "vitest";
import { Channel, TouchpointType } from "@/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { createTranslator } from "@/lib/i18n/translator";
import { touchpointWording } from "@/lib/records/touchpoint-wording";

const CHANNELS = ["WEB", "EMAIL", "PHONE", "EVENT", "IN_PERSON", "SOCIAL", "PAID", "SELF_SERVICE"] as const;

// Every type in every channel, as written by hand; a channel the type already names is left out.
const EXPECTED: Record<Locale, Record<TouchpointType, readonly string[]>> = {
  en: {
    //                 WEB                     EMAIL                       PHONE                       EVENT                          IN_PERSON                      SOCIAL                              PAID                              SELF_SERVICE
    WEB_VISIT:          ["Web visit",           "Web visit by email",       "Web visit by phone",       "Web visit at an event",       "Web visit in person",         "Web visit via social media",       "Web visit via paid media",       "Web visit via self-service"],
    DOWNLOAD:           ["Download online",     "Download by email",        "Download by phone",        "Download at an event",        "Download in person",          "Download via social media",        "Download via paid media",        "Download via self-service"],
    EMAIL:              ["Email online",        "Email",                    "Email by phone",           "Email at an event",           "Email in person",             "Email via social media",           "Email via paid media",           "Email via self-service"],
    MAILING_LIST:       ["Mailing list online", "Mailing list",             "Mailing list by phone",    "Mailing list at an event",    "Mailing list in person",      "Mailing list via social media",    "Mailing list via paid media",    "Mailing list via self-service"],
    WEBINAR:            ["Webinar",             "Webinar by email",         "Webinar by phone",         "Webinar at an event",         "Webinar in person",           "Webinar via social media",         "Webinar via paid media",         "Webinar via self-service"],
    TRADE_FAIR:         ["Trade fair online",   "Trade fair by email",      "Trade fair by phone",      "Trade fair",                  "Trade fair in person",        "Trade fair via social media",      "Trade fair via paid media",      "Trade fair via self-service"],
    TELEMARKETING_CALL: ["Telemarketing call online", "Telemarketing call by email", "Telemarketing call", "Telemarketing call at an event", "Telemarketing call in person", "Telemarketing call via social media", "Telemarketing call via paid media", "Telemarketing call via self-service"],
    MEETING:            ["Meeting online",      "Meeting by email",         "Meeting by phone",         "Meeting at an event",         "Meeting in person",           "Meeting via social media",         "Meeting via paid media",         "Meeting via self-service"],
  },
  fi: {
    WEB_VISIT:          ["Verkkosivukäynti", "Verkkosivukäynti sähköpostitse", "Verkkosivukäynti puhelimitse", "Verkkosivukäynti tapahtumassa", "Verkkosivukäynti kasvokkain", "Verkkosivukäynti sosiaalisen median kautta", "Verkkosivukäynti maksetun median kautta", "Verkkosivukäynti itsepalvelun kautta"],
    DOWNLOAD:           ["Lataus verkossa", "Lataus sähköpostitse", "Lataus puhelimitse", "Lataus tapahtumassa", "Lataus kasvokkain", "Lataus sosiaalisen median kautta", "Lataus maksetun median kautta", "Lataus itsepalvelun kautta"],
    EMAIL:              ["Sähköposti verkossa", "Sähköposti", "Sähköposti puhelimitse", "Sähköposti tapahtumassa", "Sähköposti kasvokkain", "Sähköposti sosiaalisen median kautta", "Sähköposti maksetun median kautta", "Sähköposti itsepalvelun kautta"],
    MAILING_LIST:       ["Postituslista verkossa", "Postituslista", "Postituslista puhelimitse", "Postituslista tapahtumassa", "Postituslista kasvokkain", "Postituslista sosiaalisen median kautta", "Postituslista maksetun median kautta", "Postituslista itsepalvelun kautta"],
    WEBINAR:            ["Webinaari", "Webinaari sähköpostitse", "Webinaari puhelimitse", "Webinaari tapahtumassa", "Webinaari kasvokkain", "Webinaari sosiaalisen median kautta", "Webinaari maksetun median kautta", "Webinaari itsepalvelun kautta"],
    TRADE_FAIR:         ["Messut verkossa", "Messut sähköpostitse", "Messut puhelimitse", "Messut", "Messut kasvokkain", "Messut sosiaalisen median kautta", "Messut maksetun median kautta", "Messut itsepalvelun kautta"],
    TELEMARKETING_CALL: ["Puhelinmyyntisoitto verkossa", "Puhelinmyyntisoitto sähköpostitse", "Puhelinmyyntisoitto", "Puhelinmyyntisoitto tapahtumassa", "Puhelinmyyntisoitto kasvokkain", "Puhelinmyyntisoitto sosiaalisen median kautta", "Puhelinmyyntisoitto maksetun median kautta", "Puhelinmyyntisoitto itsepalvelun kautta"],
    MEETING:            ["Tapaaminen verkossa", "Tapaaminen sähköpostitse", "Tapaaminen puhelimitse", "Tapaaminen tapahtumassa", "Tapaaminen kasvokkain", "Tapaaminen sosiaalisen median kautta", "Tapaaminen maksetun median kautta", "Tapaaminen itsepalvelun kautta"],
  },
};

describe("a touchpoint as the record's history names it", () => {
  it("covers every type and channel the data model has", () => {
    expect(CHANNELS).toEqual(Object.values(Channel));
    expect(Object.keys(EXPECTED.en).sort()).toEqual(Object.values(TouchpointType).sort());
  });

  const cases = (["en", "fi"] as const).flatMap((locale) =>
    Object.values(TouchpointType).flatMap((type) => CHANNELS.map((channel, index) => [locale, type, channel, EXPECTED[locale][type][index]!] as const)),
  );
  it.each(cases)("%s: %s %s → %s", (locale, type, channel, expected) => {
    expect(touchpointWording(createTranslator(locale), type, channel)).toBe(expected);
  });

  it("reads a meeting in person as the words say it, not as a field label", () => {
    expect(touchpointWording(createTranslator("en"), "MEETING", "IN_PERSON")).toBe("Meeting in person");
    expect(touchpointWording(createTranslator("fi"), "MEETING", "IN_PERSON")).toBe("Tapaaminen kasvokkain");
  });
});
