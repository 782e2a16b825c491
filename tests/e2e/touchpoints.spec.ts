import { randomBytes } from "node:crypto";
import { touchpointWording } from "@/lib/records/touchpoint-wording";
import { serverDatabase } from "./support/database";
import { expect, test, translatorOf } from "./support/demo";

const unique = () => randomBytes(4).toString("hex");

/** A lead of its own, with no history yet, so the touch logged on it is the newest entry. */
const newLead = () =>
  serverDatabase().lead.create({ data: { firstName: "Touko", lastName: `Kontakti ${unique()}`, source: "WEB", createdAt: new Date("2016-05-01") }, select: { id: true } });

test("MARKETING logs a meeting on a lead and sees it in the lead's history", async ({ pageAs }) => {
  const lead = await newLead();
  const note = `Demo at their office ${unique()}`;
  const page = await pageAs("MARKETING");
  await page.goto(`/leads/${lead.id}`);
  const t = await translatorOf(page);

  await page.locator("summary", { hasText: t("touchpoints.open") }).click();
  const form = page.getByTestId("log-touchpoint");
  await form.getByLabel(t("touchpoints.type")).selectOption("MEETING");
  await form.getByLabel(t("touchpoints.channel")).selectOption("IN_PERSON");
  await expect(form.getByLabel(t("touchpoints.when"))).not.toHaveValue("");
  await form.getByLabel(t("touchpoints.note")).fill(note);
  await form.getByRole("button", { name: t("touchpoints.submit") }).click();

  await expect(form.getByRole("status")).toHaveText(t("touchpoints.saved"));
  const newest = page.getByTestId("timeline").locator("li").first();
  await expect(newest).toContainText(touchpointWording(t, "MEETING", "IN_PERSON"));
  await expect(newest).toContainText(note);
  const stored = await serverDatabase().lead.findUniqueOrThrow({ where: { id: lead.id }, select: { firstTouchAt: true, touchpoints: { select: { type: true, userId: true } } } });
  expect(stored.firstTouchAt).not.toBeNull();
  expect(stored.touchpoints).toEqual([{ type: "MEETING", userId: expect.any(Number) }]);
});

test("SALES reads a lead but is offered no touchpoint form", async ({ pageAs }) => {
  const lead = await newLead();
  const page = await pageAs("SALES");
  await page.goto(`/leads/${lead.id}`);
  const t = await translatorOf(page);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText(t("touchpoints.title"), { exact: true })).toHaveCount(0);
  await expect(page.getByTestId("log-touchpoint")).toHaveCount(0);
});
