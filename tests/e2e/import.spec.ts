import { readFileSync } from "node:fs";
import { leadCsv } from "@/scripts/bench/import-leads-csv";
import { DEMO_USERS, expect, test, translatorOf } from "./support/demo";

const unique = () => `e2e${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

/** A Finnish-Excel-style lead file: semicolons, CRLF, a quoted field with a separator in it. */
function leadFile(tag: string, badEmail: boolean): Buffer {
  const rows = [
    "Etunimi;Sukunimi;Sähköposti;Yritys;Lead Source;Maa",
    `Aino;Import${tag};aino.${tag}@kuura.fi;"Kuura; Oy";Webinar;Suomi`,
    `Eero;Import${tag};${badEmail ? "eero-at-kuura" : `eero.${tag}@kuura.fi`};Kuura Oy;Trade Show;FI`,
    `Sanna;Import${tag};sanna.${tag}@routa.se;Routa AB;Organic search;Ruotsi`,
  ];
  return Buffer.from(`\uFEFF${rows.join("\r\n")}\r\n`, "utf8");
}

test("SALES imports leads: errors by row and column, rejected rows download, a fixed file applies with progress, and the same file again is already up to date", async ({ pageAs }) => {
  // Three uploads, three checks, a download and an apply: more than the default 30 s on a busy machine.
  test.setTimeout(120_000);
  const tag = unique();
  const page = await pageAs("SALES");
  await page.goto("/import");
  const t = await translatorOf(page);

  /** Uploads a lead file from the upload page and dry-runs it with the mapping its header suggests. */
  const uploadAndCheck = async (name: string, buffer: Buffer) => {
    await page.getByRole("radio", { name: t("import.kind.LEAD") }).check();
    await page.getByLabel(t("import.file")).setInputFiles({ name, mimeType: "text/csv", buffer });
    await page.getByRole("button", { name: t("import.upload") }).click();
    await expect(page).toHaveURL(/\/import\/\d+$/);
    await expect(page.getByRole("combobox", { name: "Sähköposti" })).toHaveValue("email");
    await page.getByRole("button", { name: t("import.dryRun") }).click();
  };

  // A file with one bad email: the dry run names the row, the column and the reason.
  await uploadAndCheck("liidit.csv", leadFile(tag, true));

  await expect(page.getByTestId("import-rejected-count")).toHaveText(t("import.report.rejected", { count: 1 }));
  await expect(page.getByTestId("import-create-count")).toHaveText(t("import.report.create", { count: 2 }));
  const errors = page.getByRole("table", { name: t("import.report.errors") });
  await expect(errors.locator("tbody tr")).toHaveCount(1);
  await expect(errors.locator("tbody tr").first().getByRole("cell")).toHaveText(["3", "Sähköposti", t("validation.email")]);
  await expect(page.getByRole("button", { name: t("import.apply") })).toHaveCount(0);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: t("import.downloadRejected") }).click()]);
  const rejected = readFileSync((await download.path())!, "utf8");
  expect(rejected).toContain("eero-at-kuura");
  expect(rejected).toContain(`,3,Sähköposti: ${t("validation.email")}`);
  expect(rejected).not.toContain("aino.");

  // The fixed file applies whole, with a progress bar, and the leads appear in the list.
  await page.getByRole("link", { name: t("import.newImport") }).click();
  await uploadAndCheck("liidit-korjattu.csv", leadFile(tag, false));
  await expect(page.getByTestId("import-rejected-count")).toHaveText(t("import.report.rejected", { count: 0 }));
  await page.getByRole("button", { name: t("import.apply") }).click();
  await expect(page.getByRole("progressbar", { name: t("import.progress") })).toBeVisible();
  await expect(page.getByText(t("import.applied", { created: 3, updated: 0, unchanged: 0 }))).toBeVisible();

  await page.reload();
  await expect(page.getByTestId("import-status")).toContainText(t("import.status.APPLIED"));

  // The same file again matches the three leads, which already hold its values: nothing to update.
  await page.getByRole("link", { name: t("import.newImport") }).click();
  await uploadAndCheck("liidit-uudelleen.csv", leadFile(tag, false));
  await expect(page.getByTestId("import-unchanged-count")).toHaveText(t("import.report.unchanged", { count: 3 }));
  await expect(page.getByTestId("import-update-count")).toHaveText(t("import.report.update", { count: 0 }));
  await expect(page.getByTestId("import-create-count")).toHaveText(t("import.report.create", { count: 0 }));
  await page.goto(`/leads?q=Import${tag}`);
  const rows = page.getByRole("table", { name: t("leads.title") }).locator("tbody tr");
  await expect(rows).toHaveCount(3);
  await expect(page.getByRole("cell", { name: `Aino Import${tag}` })).toBeVisible();
});

test("the import refuses roles without the rights, on the page and in the routes", async ({ pageAs }) => {
  const leadership = await pageAs("LEADERSHIP");
  expect((await leadership.goto("/import"))?.status()).toBe(403);
  const upload = await leadership.request.post("/api/import?kind=LEAD&name=x.csv", { data: "Email\na@b.fi\n", headers: { "Content-Type": "text/csv" } });
  expect(upload.status()).toBe(403);

  const marketing = await pageAs("MARKETING");
  await marketing.goto("/import");
  const t = await translatorOf(marketing);
  await expect(marketing.getByRole("radio", { name: t("import.kind.LEAD") })).toBeVisible();
  await expect(marketing.getByRole("radio", { name: t("import.kind.ACCOUNT") })).toHaveCount(0);
  const accounts = await marketing.request.post("/api/import?kind=ACCOUNT&name=x.csv", { data: "Name\nKuura\n", headers: { "Content-Type": "text/csv" } });
  expect(accounts.status()).toBe(403);
  const leads = await marketing.request.post("/api/import?kind=LEAD&name=x.csv", { data: "Email\nm@b.fi\n", headers: { "Content-Type": "text/csv" } });
  expect(leads.status()).toBe(201);
});

test("a 100,000-row export (about 16 MB) uploads through the route in one request body", async ({ pageAs }) => {
  test.setTimeout(120_000);
  const page = await pageAs("SALES");
  const body = Buffer.from(leadCsv(100_000, DEMO_USERS.SALES), "utf8");
  expect(body.length).toBeGreaterThan(10 * 1024 * 1024);
  const upload = await page.request.post("/api/import?kind=LEAD&name=hubspot-export.csv", { data: body, headers: { "Content-Type": "text/csv" }, timeout: 90_000 });
  expect(upload.status()).toBe(201);
  const { id } = (await upload.json()) as { id: number };
  const progress = await page.request.get(`/api/import/${id}`);
  expect(await progress.json()).toMatchObject({ status: "UPLOADED", total: 100_000, processed: 0 });
});
