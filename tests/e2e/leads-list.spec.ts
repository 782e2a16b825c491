import type { Prisma } from "@/generated/prisma/client";
import type { Stage } from "@/generated/prisma/enums";
import { formatNumber } from "@/lib/i18n/format";
import { serverDatabase } from "./support/database";
import { expect, test, translatorOf } from "./support/demo";

const PAGE_SIZE = 50;

/** The demo leads in `stage` that a search for `q` finds (no spaces in `q`, so first and last name can be tried apart). */
const matching = (stage: Stage, q: string): Prisma.LeadWhereInput => ({
  stage,
  OR: (["firstName", "lastName", "email", "company", "companyDomain"] as const).map((field) => ({ [field]: { contains: q, mode: "insensitive" } })),
});

test("SALES filters leads by stage, searches, pages forward and the URL holds the view", async ({ pageAs }) => {
  const database = serverDatabase();
  // The demo's largest stage, and a search in it with more than a page of matches.
  const [largest] = await database.lead.groupBy({ by: ["stage"], _count: { _all: true }, orderBy: { _count: { id: "desc" } }, take: 1 });
  const stage: Stage = largest?.stage ?? "AWARENESS";
  let q = "";
  let total = 0;
  for (const candidate of ["oy", "an", "a"]) {
    q = candidate;
    total = await database.lead.count({ where: matching(stage, q) });
    if (total > PAGE_SIZE && total <= 10_000) break;
  }
  expect(total).toBeGreaterThan(PAGE_SIZE);
  expect(total).toBeLessThanOrEqual(10_000);
  const order = [{ createdAt: "desc" }, { id: "desc" }] as const;
  const pick = { firstName: true, lastName: true } as const;
  const [firstOfPageOne, firstOfPageTwo] = await Promise.all([
    database.lead.findFirstOrThrow({ where: matching(stage, q), orderBy: [...order], select: pick }),
    database.lead.findFirstOrThrow({ where: matching(stage, q), orderBy: [...order], skip: PAGE_SIZE, select: pick }),
  ]);

  const page = await pageAs("SALES");
  await page.goto("/leads");
  const t = await translatorOf(page);
  const locale = (await page.locator("html").getAttribute("lang")) === "fi" ? "fi" : "en";
  const filters = page.getByRole("form", { name: t("lists.LEAD.filters") });
  const rows = page.getByRole("table", { name: t("leads.title") }).locator("tbody tr");
  await expect(rows).toHaveCount(PAGE_SIZE);

  await filters.getByRole("group", { name: t("lists.stage") }).getByRole("checkbox", { name: t(`stage.${stage}`) }).check();
  await filters.getByRole("searchbox", { name: t("lists.search") }).fill(q);
  await filters.getByRole("button", { name: t("lists.apply") }).click();

  await expect(page).toHaveURL(new RegExp(`[?&]stage=${stage}(&|$)`));
  expect(new URL(page.url()).searchParams.get("q")).toBe(q);
  await expect(page.getByTestId("list-count")).toHaveText(t("lists.LEAD.count", { count: formatNumber(total, locale) }));
  await expect(rows).toHaveCount(PAGE_SIZE);
  await expect(rows.first().getByRole("cell").first()).toHaveText(`${firstOfPageOne.firstName} ${firstOfPageOne.lastName}`);

  const pager = page.getByRole("navigation", { name: t("lists.LEAD.pagination") });
  await expect(pager.getByRole("link", { name: t("lists.first") })).toHaveCount(0);
  await pager.getByRole("link", { name: t("lists.next") }).click();

  await expect(page).toHaveURL(/[?&]after=[A-Za-z0-9_-]+/);
  const url = new URL(page.url());
  expect(url.searchParams.getAll("stage")).toEqual([stage]);
  expect(url.searchParams.get("q")).toBe(q);
  await expect(rows).toHaveCount(Math.min(PAGE_SIZE, total - PAGE_SIZE));
  await expect(rows.first().getByRole("cell").first()).toHaveText(`${firstOfPageTwo.firstName} ${firstOfPageTwo.lastName}`);

  // The URL alone brings the same view back.
  await page.reload();
  await expect(filters.getByRole("checkbox", { name: t(`stage.${stage}`) })).toBeChecked();
  await expect(filters.getByRole("searchbox", { name: t("lists.search") })).toHaveValue(q);
  await expect(rows.first().getByRole("cell").first()).toHaveText(`${firstOfPageTwo.firstName} ${firstOfPageTwo.lastName}`);

  await pager.getByRole("link", { name: t("lists.first") }).click();
  await expect(page).not.toHaveURL(/after=/);
  await expect(page).toHaveURL(new RegExp(`[?&]stage=${stage}(&|$)`));
  await expect(rows.first().getByRole("cell").first()).toHaveText(`${firstOfPageOne.firstName} ${firstOfPageOne.lastName}`);
});
