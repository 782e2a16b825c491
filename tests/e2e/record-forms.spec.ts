import { randomBytes } from "node:crypto";
import { serverDatabase } from "./support/database";
import { DEMO_USERS, expect, test, translatorOf } from "./support/demo";

const tag = () => randomBytes(4).toString("hex");

test("two people edit one account: the later save shows what the first changed and overwrites nothing", async ({ pageAs }) => {
  const database = serverDatabase();
  const account = await database.account.create({ data: { name: `Kaksoset ${tag()} Oy`, industry: "Retail", country: "FI" }, select: { id: true } });
  const admin = await database.user.findUniqueOrThrow({ where: { email: DEMO_USERS.ADMIN }, select: { name: true } });

  const first = await pageAs("ADMIN");
  const second = await pageAs("SALES");
  await Promise.all([first.goto(`/accounts/${account.id}/edit`), second.goto(`/accounts/${account.id}/edit`)]);
  const [t1, t2] = await Promise.all([translatorOf(first), translatorOf(second)]);

  await first.getByLabel(t1("recordForms.field.industry")).fill("Energy");
  await first.getByRole("button", { name: t1("recordForms.save") }).click();
  await expect(first).toHaveURL(new RegExp(`/accounts/${account.id}$`));

  await second.getByLabel(t2("recordForms.field.industry")).fill("Mining");
  await second.getByLabel(t2("recordForms.field.employees")).fill("250");
  await second.getByRole("button", { name: t2("recordForms.save") }).click();

  const panel = second.getByTestId("conflict-panel");
  await expect(panel).toBeVisible();
  await expect(panel).toContainText(t2("recordForms.conflict.by", { name: admin.name }));
  await expect(panel).toContainText(`${t2("recordForms.field.industry")}: ${t2("recordForms.conflict.change", { from: "Retail", to: "Energy" })}`);
  await expect(panel).toContainText(t2("recordForms.conflict.yours", { value: "Mining" }));
  // The user's input is still in the form, and nothing of theirs was overwritten.
  await expect(second.getByLabel(t2("recordForms.field.industry"))).toHaveValue("Mining");
  await expect(second).toHaveURL(new RegExp(`/accounts/${account.id}/edit$`));
  expect(await database.account.findUniqueOrThrow({ where: { id: account.id } })).toMatchObject({ industry: "Energy", employees: null, version: 2 });

  // Knowingly saving over theirs goes through with the new version.
  await panel.getByRole("button", { name: t2("recordForms.conflict.saveMine") }).click();
  await expect(second).toHaveURL(new RegExp(`/accounts/${account.id}$`));
  expect(await database.account.findUniqueOrThrow({ where: { id: account.id } })).toMatchObject({ industry: "Mining", employees: 250, version: 3 });
});

test("a new lead with a contact's email is refused with a link to that contact", async ({ pageAs }) => {
  const database = serverDatabase();
  const email = `kaisa.${tag()}@kuura.fi`;
  const contact = await database.contact.create({ data: { firstName: "Kaisa", lastName: "Mäki", email }, select: { id: true } });
  const leadsBefore = await database.lead.count();

  const page = await pageAs("MARKETING");
  await page.goto("/leads/new");
  const t = await translatorOf(page);
  await page.getByLabel(t("recordForms.field.firstName")).fill("Kaisa");
  await page.getByLabel(t("recordForms.field.lastName")).fill("Mäki");
  await page.getByLabel(t("recordForms.field.email")).fill(email.toUpperCase());
  await page.getByLabel(t("recordForms.field.source")).selectOption("WEBINAR");
  await page.getByRole("button", { name: t("recordForms.create") }).click();

  const message = page.locator("#field-email-error");
  await expect(message).toContainText(t("recordForms.duplicate.CONTACT"));
  await expect(message.getByRole("link", { name: "Kaisa Mäki" })).toHaveAttribute("href", `/contacts/${contact.id}`);
  await expect(page).toHaveURL(/\/leads\/new$/);
  await expect(page.getByLabel(t("recordForms.field.firstName"))).toHaveValue("Kaisa");
  expect(await database.lead.count()).toBe(leadsBefore);
});

test("a required field left empty is named in the form before anything is sent", async ({ pageAs }) => {
  const page = await pageAs("SALES");
  await page.goto("/accounts/new");
  const t = await translatorOf(page);
  await page.getByLabel(t("recordForms.field.name")).fill("Ilman maata Oy");
  await page.getByRole("button", { name: t("recordForms.create") }).click();
  await expect(page.locator("#field-industry-error")).toHaveText(t("validation.required"));
  await expect(page.getByLabel(t("recordForms.field.name"))).toHaveValue("Ilman maata Oy");
  await expect(page).toHaveURL(/\/accounts\/new$/);
});

test("leadership reads records but is refused the create and edit forms", async ({ pageAs }) => {
  const database = serverDatabase();
  const account = await database.account.findFirstOrThrow({ select: { id: true } });
  const page = await pageAs("LEADERSHIP");
  for (const path of ["/accounts/new", `/accounts/${account.id}/edit`, "/leads/new", "/deals/new"]) {
    expect((await page.goto(path))?.status(), path).toBe(403);
  }
  const marketing = await pageAs("MARKETING");
  expect((await marketing.goto("/contacts/new"))?.status()).toBe(200);
  expect((await marketing.goto(`/accounts/${account.id}/edit`))?.status()).toBe(403);
});
