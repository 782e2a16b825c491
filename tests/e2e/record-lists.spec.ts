import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import type { Prisma } from "@/generated/prisma/client";
import { formatNumber } from "@/lib/i18n/format";
import { serverDatabase } from "./support/database";
import { expect, test, translatorOf } from "./support/demo";

const PAGE_SIZE = 50;

const localeOf = async (page: Page) => ((await page.locator("html").getAttribute("lang")) === "fi" ? "fi" : "en");

test("LEADERSHIP filters accounts, picks columns, pages on and downloads the view as CSV", async ({ pageAs }) => {
  const database = serverDatabase();
  const where: Prisma.AccountWhereInput = { tier: { in: ["KEY", "MID"] } };
  const total = await database.account.count({ where });
  expect(total).toBeGreaterThan(PAGE_SIZE);
  const order = [{ name: "asc" }, { id: "asc" }] as const;
  const [first, second] = await Promise.all([
    database.account.findFirstOrThrow({ where, orderBy: [...order], select: { id: true, name: true } }),
    database.account.findFirstOrThrow({ where, orderBy: [...order], skip: PAGE_SIZE, select: { name: true } }),
  ]);

  const page = await pageAs("LEADERSHIP");
  await page.goto("/accounts");
  const t = await translatorOf(page);
  const locale = await localeOf(page);
  const filters = page.getByRole("form", { name: t("lists.ACCOUNT.filters") });
  const table = page.getByRole("table", { name: t("accounts.title") });
  const rows = table.locator("tbody tr");
  await expect(rows).toHaveCount(PAGE_SIZE);

  const tiers = filters.getByRole("group", { name: t("lists.tier") });
  await tiers.getByRole("checkbox", { name: t("tier.KEY") }).check();
  await tiers.getByRole("checkbox", { name: t("tier.MID") }).check();
  await filters.getByLabel(t("lists.sort")).selectOption("name");
  const columns = filters.getByRole("group", { name: t("lists.columns") });
  await columns.getByRole("checkbox", { name: t("lists.column.domain") }).check();
  await columns.getByRole("checkbox", { name: t("lists.column.industry") }).uncheck();
  await filters.getByRole("button", { name: t("lists.apply") }).click();

  await expect(page).toHaveURL(/[?&]sort=name(&|$)/);
  await expect(page).not.toHaveURL(/[?&]shown=/);
  const url = new URL(page.url());
  expect(url.searchParams.getAll("tier")).toEqual(["KEY", "MID"]);
  // Name opens A→Z although the form was showing newest first.
  expect(url.searchParams.get("dir")).toBeNull();
  expect(url.searchParams.get("cols")?.split(",")).toEqual(["domain", "country", "segment", "tier", "stage", "owner", "created"]);
  await expect(page.getByTestId("list-count")).toHaveText(t("lists.ACCOUNT.count", { count: formatNumber(total, locale) }));
  await expect(table.getByRole("columnheader", { name: t("lists.column.domain") })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: t("lists.column.industry") })).toHaveCount(0);
  const firstName = rows.first().getByRole("link", { name: first.name, exact: true });
  await expect(firstName).toHaveAttribute("href", `/accounts/${first.id}`);

  await page.getByRole("navigation", { name: t("lists.ACCOUNT.pagination") }).getByRole("link", { name: t("lists.next") }).click();
  await expect(page).toHaveURL(/[?&]after=[A-Za-z0-9_-]+/);
  await expect(rows.first().getByRole("cell").first()).toHaveText(second.name);

  // The export is the whole view, not the page shown.
  const toolbar = page.getByRole("toolbar", { name: t("lists.toolbar") });
  const csvLink = toolbar.getByRole("link", { name: t("lists.downloadCsv") });
  expect(new URL(await csvLink.getAttribute("href") ?? "", page.url()).searchParams.get("after")).toBeNull();
  const [download] = await Promise.all([page.waitForEvent("download"), csvLink.click()]);
  const csv = (await readFile((await download.path())!, "utf8")).replace(/^\uFEFF/, "").trimEnd().split("\r\n");
  expect(csv[0]).toBe("id,name,domain,country,segment,tier,stage,owner,created_at");
  expect(csv).toHaveLength(total + 1);
  expect(csv[1]!.startsWith(`${first.id},`)).toBe(true);
});

test("SALES searches and filters deals, selects rows, and has no CSV download", async ({ pageAs }) => {
  const database = serverDatabase();
  const open = await database.deal.findFirstOrThrow({ where: { status: "OPEN" }, orderBy: { id: "asc" }, select: { account: { select: { name: true } } } });
  const q = open.account.name;
  const where: Prisma.DealWhereInput = {
    status: "OPEN",
    OR: [{ name: { contains: q, mode: "insensitive" } }, { account: { name: { contains: q, mode: "insensitive" } } }],
  };
  const matches = await database.deal.findMany({ where, orderBy: [{ amountMinor: "desc" }, { id: "desc" }], select: { id: true, name: true } });
  expect(matches.length).toBeGreaterThan(0);

  const page = await pageAs("SALES");
  await page.goto("/deals?dir=asc");
  const t = await translatorOf(page);
  const filters = page.getByRole("form", { name: t("lists.DEAL.filters") });
  await expect(filters.getByLabel(t("lists.direction"))).toHaveValue("asc");
  await filters.getByRole("group", { name: t("lists.status") }).getByRole("checkbox", { name: t("dealStatus.OPEN") }).check();
  await filters.getByRole("searchbox", { name: t("lists.search") }).fill(q);
  await filters.getByLabel(t("lists.sort")).selectOption("amount");
  await filters.getByRole("button", { name: t("lists.apply") }).click();

  await expect(page).toHaveURL(/[?&]sort=amount(&|$)/);
  await expect(page).not.toHaveURL(/[?&]shown=/);
  // The old sort's ascending order does not carry over: amounts open highest first.
  expect(new URL(page.url()).searchParams.get("dir")).toBeNull();
  await expect(filters.getByLabel(t("lists.direction"))).toHaveValue("desc");
  const rows = page.getByRole("table", { name: t("deals.title") }).locator("tbody tr");
  await expect(rows).toHaveCount(Math.min(PAGE_SIZE, matches.length));
  await expect(rows.first().getByRole("link", { name: matches[0]!.name, exact: true })).toHaveAttribute("href", `/deals/${matches[0]!.id}`);

  // Row checkboxes belong to the deals' bulk form; select-all ticks the page's.
  const boxes = rows.getByRole("checkbox");
  await expect(boxes.first()).toHaveAttribute("form", "bulk-deal");
  await expect(boxes.first()).toHaveAttribute("name", "ids[]");
  await expect(boxes.first()).toHaveAttribute("value", String(matches[0]!.id));
  await page.getByRole("checkbox", { name: t("lists.selectAll") }).check();
  for (const box of await boxes.all()) await expect(box).toBeChecked();

  await expect(page.getByRole("link", { name: t("lists.downloadCsv") })).toHaveCount(0);
  const refused = await page.request.get(`/api/records/deals?q=${encodeURIComponent(q)}`);
  expect(refused.status()).toBe(403);
});

test("MARKETING opens the contacts list from the sidebar", async ({ pageAs }) => {
  const page = await pageAs("MARKETING");
  await page.goto("/dashboard");
  const t = await translatorOf(page);
  await page.getByRole("navigation", { name: t("nav.label") }).getByRole("link", { name: t("nav.contacts") }).click();
  await expect(page).toHaveURL(/\/contacts$/);
  await expect(page.getByRole("heading", { level: 1, name: t("contacts.title") })).toBeVisible();
  await expect(page.getByRole("table", { name: t("contacts.title") }).locator("tbody tr")).toHaveCount(PAGE_SIZE);
});
