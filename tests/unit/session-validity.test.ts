import { describe, expect, it } from "vitest";
import { SESSION_MAX_AGE_SECONDS, sessionIsCurrent } from "@/lib/auth/session-validity";

const NOW = Date.parse("2026-11-23T12:00:00.000Z");
const HOUR = 60 * 60 * 1000;
const active = (sessionsValidFrom: string | null) => ({ active: true, sessionsValidFrom: sessionsValidFrom === null ? null : new Date(sessionsValidFrom) });

describe("sessionIsCurrent", () => {
  it.each([
    ["an active user's session, nothing ever ended", NOW - HOUR, active(null), true],
    ["a session issued after the last password change", NOW - HOUR, active("2026-11-23T10:59:59.999Z"), true],
    ["the session issued at the very moment of the change (the changing browser's)", NOW - HOUR, active("2026-11-23T11:00:00.000Z"), true],
    ["a session issued a millisecond before the change", NOW - HOUR - 1, active("2026-11-23T11:00:00.000Z"), false],
    ["a session issued hours before the change", NOW - 5 * HOUR, active("2026-11-23T11:00:00.000Z"), false],
    ["a session of a deactivated user", NOW - HOUR, { active: false, sessionsValidFrom: null }, false],
    ["a session whose user no longer exists", NOW - HOUR, null, false],
    ["a session exactly at its maximum age", NOW - SESSION_MAX_AGE_SECONDS * 1000, active(null), true],
    ["a session a millisecond past its maximum age", NOW - SESSION_MAX_AGE_SECONDS * 1000 - 1, active(null), false],
  ])("%s → %s", (_label, issuedAt, holder, expected) => {
    expect(sessionIsCurrent(issuedAt, holder, NOW)).toBe(expected);
  });
});
