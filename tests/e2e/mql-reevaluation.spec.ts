import { randomUUID } from "node:crypto";
import { serverDatabase } from "./support/database";
import { expect, test, translatorOf } from "./support/demo";

/**
 * A re-evaluation cut off midway, as the server stopping leaves it: the record of the run of
 * the first segment's version in force, quiet for an hour. It had reached the segment's last
 * lead, so finishing it moves nothing and other specs see the same leads; the record is
 * removed afterwards.
 */
test("ADMIN sees an MQL re-evaluation that did not finish, runs it again and sees it finished", async ({ pageAs }) => {
  const database = serverDatabase();
  const segment = await database.segment.findFirstOrThrow({ orderBy: { priority: "asc" }, select: { id: true, nameEn: true, nameFi: true } });
  const criteria = await database.mqlCriteria.findFirstOrThrow({ where: { segmentId: segment.id, status: "ACTIVE" }, select: { id: true } });
  const { _max } = await database.lead.aggregate({ where: { segmentId: segment.id }, _max: { id: true } });
  const hourAgo = new Date(Date.now() - 3_600_000);
  const run = { runner: randomUUID(), startedAt: hourAgo, heartbeatAt: hourAgo, finishedAt: null, afterId: _max.id ?? 0, checked: 1_234, qualified: 12, unqualified: 3, skipped: 0, attempts: 1 };
  await database.mqlReevaluation.upsert({ where: { criteriaId: criteria.id }, create: { criteriaId: criteria.id, ...run }, update: run });
  try {
    const page = await pageAs("ADMIN");
    await page.goto("/settings/mql");
    const t = await translatorOf(page);
    const overview = page.getByTestId("reevaluation-notice");
    await expect(overview).toHaveAttribute("data-state", "interrupted");
    await expect(overview.getByRole("heading", { name: t("settingsMql.reevaluation.title.interrupted") })).toBeVisible();
    await expect(overview.getByRole("button", { name: t("settingsMql.reevaluation.resume") })).toBeVisible();

    await page.goto(`/settings/mql/versions/${criteria.id}`);
    const notice = page.getByTestId("reevaluation-notice");
    await notice.getByRole("button", { name: t("settingsMql.reevaluation.resume") }).click();
    await expect(notice).toHaveAttribute("data-state", "finished");
    await expect(notice.getByRole("heading", { name: t("settingsMql.reevaluation.title.finished") })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/settings/mql/versions/${criteria.id}$`));

    expect(await database.mqlReevaluation.findUniqueOrThrow({ where: { criteriaId: criteria.id } })).toMatchObject({ attempts: 2, checked: 1_234, finishedAt: expect.any(Date) });
    const admin = await database.user.findFirstOrThrow({ where: { email: "admin@rusetti.demo" }, select: { id: true } });
    expect(await database.auditLog.count({ where: { action: "mql.reevaluate", entityId: String(criteria.id), actorId: admin.id } })).toBe(1);
  } finally {
    await database.mqlReevaluation.deleteMany({ where: { criteriaId: criteria.id } });
  }
});
