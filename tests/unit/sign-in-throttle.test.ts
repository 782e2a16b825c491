import { describe, expect, it } from "vitest";
import { SignInThrottle } from "@/lib/auth/sign-in-throttle";

const MINUTE = 60_000;

function throttle() {
  let now = 0;
  const subject = new SignInThrottle({ maxFailures: 3, windowMs: 15 * MINUTE }, () => now);
  return { subject, advance: (ms: number) => (now += ms) };
}

describe("SignInThrottle", () => {
  it("locks a key after the allowed failures within the window", () => {
    const { subject, advance } = throttle();
    for (let i = 0; i < 2; i++) {
      subject.recordFailure(["email:anna@a.fi"]);
      advance(MINUTE);
    }
    expect(subject.isLocked(["email:anna@a.fi"])).toBe(false);
    subject.recordFailure(["email:anna@a.fi"]);
    expect(subject.isLocked(["email:anna@a.fi"])).toBe(true);
    expect(subject.isLocked(["email:pekka@a.fi"])).toBe(false);
  });

  it("unlocks once the oldest failure has left the window", () => {
    const { subject, advance } = throttle();
    subject.recordFailure(["k"]); // t = 0
    advance(5 * MINUTE);
    subject.recordFailure(["k"]); // t = 5 min
    subject.recordFailure(["k"]); // t = 5 min
    expect(subject.isLocked(["k"])).toBe(true);
    advance(10 * MINUTE); // t = 15 min: the first failure is exactly at the window's edge, out
    expect(subject.isLocked(["k"])).toBe(false);
  });

  it("locks when any of the keys is locked, and a success clears only its own key", () => {
    const { subject } = throttle();
    for (let i = 0; i < 3; i++) subject.recordFailure(["email:anna@a.fi", "ip:10.0.0.1"]);
    expect(subject.isLocked(["email:other@a.fi", "ip:10.0.0.1"])).toBe(true);
    subject.recordSuccess("email:anna@a.fi");
    expect(subject.isLocked(["email:anna@a.fi"])).toBe(false);
    expect(subject.isLocked(["ip:10.0.0.1"])).toBe(true);
  });
});
