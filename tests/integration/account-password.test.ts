import { hash, verify } from "@node-rs/argon2";
import { decode } from "next-auth/jwt";
import { beforeAll, describe, expect, it } from "vitest";
import { actionDatabase, createSessionUser, formData, runAction, signInAs, takeSetCookies } from "../support/action-session";
import type { Role } from "@/generated/prisma/enums";
import { changePasswordAction } from "@/lib/account/actions";
import { authenticate } from "@/lib/auth/credentials";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { authOptions } from "@/lib/auth/options";
import { resetPasswordAction, setUserActiveAction } from "@/lib/settings/users/actions";
import type { TestDatabase } from "../support/test-database";

const SECRET = "account-password-test-secret";
process.env.NEXTAUTH_SECRET = SECRET;

const OLD = "vanha salasana ennen vaihtoa";
const NEW = "uusi salasana joka on pitkä";

describe("sessions and passwords", () => {
  const testDatabase = actionDatabase();
  let database: TestDatabase;
  let admin: CurrentUser;

  beforeAll(async () => {
    database = testDatabase();
    admin = await createSessionUser(database.prisma, "ADMIN", { name: "Aino" });
  });

  let n = 0;
  const userWith = async (password: string, role: Role = "SALES") =>
    database.prisma.user.create({
      data: { email: `kayttaja.${++n}@kuura.fi`, name: `Käyttäjä ${n}`, role, passwordHash: await hash(password) },
      select: { id: true, name: true, email: true, role: true, locale: true },
    });
  /** A session of the user as a browser holds it after signing in with the password. */
  const signedInSession = async (user: { email: string }, password: string) => {
    const signedIn = await authenticate({ email: user.email, password });
    if (!signedIn) throw new Error(`${user.email} could not sign in`);
    return { issuedAt: signedIn.issuedAt };
  };
  const currentUserWith = async (user: { id: number }, session: { issuedAt: number }) => {
    signInAs(user, session);
    return getCurrentUser();
  };
  const stateOf = async (id: number) => ({
    user: await database.prisma.user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true, sessionsValidFrom: true, updatedAt: true } }),
    audit: await database.prisma.auditLog.count(),
  });
  const change = (values: Record<string, unknown>) => runAction(changePasswordAction, formData(values));

  describe("the session token", () => {
    it("carries the moment the password was checked, through every refresh, into the session; a token without it is no session", async () => {
      const { jwt, session } = authOptions.callbacks!;
      const signedIn = { id: "7", name: "Anna", email: "anna@kuura.fi", role: "SALES" as const, locale: "fi" as const, issuedAt: 1_763_900_000_123 };
      const token = await jwt!({ token: { name: "Anna", email: "anna@kuura.fi", sub: "7" }, user: signedIn, account: null, trigger: "signIn" });
      const refreshed = await jwt!({ token, user: undefined as never, account: null });
      expect(refreshed).toMatchObject({ uid: 7, role: "SALES", locale: "fi", issuedAt: 1_763_900_000_123 });
      const fromToken = await session!({ session: { expires: "" }, token: refreshed, user: undefined as never, newSession: undefined, trigger: "update" });
      expect(fromToken.user).toEqual({ id: 7, name: "Anna", email: "anna@kuura.fi", role: "SALES", locale: "fi", issuedAt: 1_763_900_000_123 });

      const older = { uid: 7, role: "SALES" as const, locale: "fi" as const, authenticatedAt: 1_763_900_000 };
      const fromOlder = await session!({ session: { expires: "" }, token: older, user: undefined as never, newSession: undefined, trigger: "update" });
      expect(fromOlder.user).toBeUndefined();
    });
  });

  describe("an admin's reset", () => {
    it("ends the sessions the user had: the old token resolves to nobody, a sign-in with the new password works", async () => {
      const user = await userWith(OLD);
      const before = await signedInSession(user, OLD);
      expect(await currentUserWith(user, before)).toMatchObject({ id: user.id });

      signInAs(admin);
      const outcome = await runAction(resetPasswordAction, formData({ id: user.id }));
      expect(outcome).toMatchObject({ ok: true, data: { password: expect.any(String) } });
      const { password } = (outcome as { data: { password: string } }).data;
      const stored = await database.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
      expect(stored.sessionsValidFrom!.getTime()).toBeGreaterThan(before.issuedAt);

      expect(await currentUserWith(user, before)).toBeNull();
      expect(await currentUserWith(user, await signedInSession(user, password))).toMatchObject({ id: user.id });
    });
  });

  describe("a deactivation", () => {
    it("ends the sessions for good: reactivating the user does not bring back one that was open", async () => {
      const user = await userWith(OLD);
      const before = await signedInSession(user, OLD);
      signInAs(admin);
      expect(await runAction(setUserActiveAction, formData({ id: user.id, active: "false" }))).toMatchObject({ ok: true });
      expect(await currentUserWith(user, before)).toBeNull();

      signInAs(admin);
      expect(await runAction(setUserActiveAction, formData({ id: user.id, active: "true" }))).toMatchObject({ ok: true });
      expect(await currentUserWith(user, before)).toBeNull();
      expect(await currentUserWith(user, await signedInSession(user, OLD))).toMatchObject({ id: user.id });
    });
  });

  describe("changing one's own password", () => {
    it("changes it: the old one stops working, the new one signs in, the other sessions end, this browser keeps a session, and the audit entry holds no password", async () => {
      const user = await userWith(OLD);
      const otherBrowser = await signedInSession(user, OLD);
      const thisBrowser = await signedInSession(user, OLD);
      takeSetCookies();

      signInAs(user, thisBrowser);
      expect(await change({ currentPassword: OLD, newPassword: NEW, confirmPassword: NEW })).toEqual({ ok: true, data: undefined });
      const stored = await database.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
      expect(await verify(stored.passwordHash, NEW)).toBe(true);

      // This browser's cookie now holds a token issued at the very moment of the change.
      const cookies = takeSetCookies();
      expect(cookies.map((cookie) => cookie.name)).toEqual(["next-auth.session-token"]);
      const token = await decode({ token: cookies[0]!.value, secret: SECRET });
      expect(token).toMatchObject({ uid: user.id, sub: String(user.id), role: "SALES", issuedAt: stored.sessionsValidFrom!.getTime() });
      expect(await currentUserWith(user, { issuedAt: token!.issuedAt! })).toMatchObject({ id: user.id });

      expect(await currentUserWith(user, otherBrowser)).toBeNull();
      expect(await currentUserWith(user, thisBrowser)).toBeNull();
      expect(await authenticate({ email: user.email, password: OLD })).toBeNull();
      expect(await authenticate({ email: user.email, password: NEW })).toMatchObject({ id: user.id });

      const entries = await database.prisma.auditLog.findMany({ where: { entityKind: "USER", entityId: String(user.id), action: "user.changePassword" } });
      expect(entries).toEqual([expect.objectContaining({ actorId: user.id, before: null, after: null })]);
      const log = JSON.stringify(await database.prisma.auditLog.findMany());
      for (const secret of [OLD, NEW, stored.passwordHash]) expect(log).not.toContain(secret);
    });

    it("refuses a wrong current password and changes nothing: not the password, not the sessions, not the audit log, not the cookie", async () => {
      const user = await userWith(OLD);
      const session = await signedInSession(user, OLD);
      const before = await stateOf(user.id);
      takeSetCookies();

      signInAs(user, session);
      expect(await change({ currentPassword: "ei tämä", newPassword: NEW, confirmPassword: NEW })).toMatchObject({
        ok: false,
        code: "INVALID",
        fieldErrors: { currentPassword: ["This is not your current password."] },
      });
      expect(await stateOf(user.id)).toEqual(before);
      expect(takeSetCookies()).toEqual([]);
      expect(await currentUserWith(user, session)).toMatchObject({ id: user.id });
      expect(await authenticate({ email: user.email, password: OLD })).toMatchObject({ id: user.id });
    });

    it.each([
      ["a confirmation that differs", { newPassword: NEW, confirmPassword: `${NEW}!` }, { confirmPassword: ["The two new passwords differ."] }],
      ["the current password as the new one", { newPassword: OLD, confirmPassword: OLD }, { newPassword: ["The new password must differ from the current one."] }],
      ["a new password that is too short", { newPassword: "lyhyt", confirmPassword: "lyhyt" }, { newPassword: ["The new password is too short."] }],
    ])("refuses %s with a field message and changes nothing", async (_label, values, fieldErrors) => {
      const user = await userWith(OLD);
      const before = await stateOf(user.id);
      signInAs(user);
      expect(await change({ currentPassword: OLD, ...values })).toMatchObject({ ok: false, code: "INVALID", fieldErrors });
      expect(await stateOf(user.id)).toEqual(before);
    });

    it("counts wrong current passwords with the sign-in's: after five, even the right one is refused, here and at the login", async () => {
      const user = await userWith(OLD);
      signInAs(user);
      for (let i = 0; i < 5; i++) {
        expect(await change({ currentPassword: `arvaus ${i}`, newPassword: NEW, confirmPassword: NEW })).toMatchObject({ ok: false, code: "INVALID" });
      }
      const before = await stateOf(user.id);
      expect(await change({ currentPassword: OLD, newPassword: NEW, confirmPassword: NEW })).toMatchObject({
        ok: false,
        code: "INVALID",
        fieldErrors: { currentPassword: ["Too many wrong passwords for this account. Try again in a while."] },
      });
      expect(await stateOf(user.id)).toEqual(before);
      expect(await authenticate({ email: user.email, password: OLD })).toBeNull();
    });

    it("is refused to a session that a reset has already ended", async () => {
      const user = await userWith(OLD);
      const session = await signedInSession(user, OLD);
      signInAs(admin);
      await runAction(resetPasswordAction, formData({ id: user.id }));
      const before = await stateOf(user.id);
      signInAs(user, session);
      expect(await change({ currentPassword: OLD, newPassword: NEW, confirmPassword: NEW })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
      expect(await stateOf(user.id)).toEqual(before);
    });
  });
});
