import { describe, expect, it } from "vitest";
import { nextLink } from "@/scripts/bench/next-link";

const page = (...hrefs: string[]) => `<main>${hrefs.map((href) => `<a class="btn" href="${href}">x</a>`).join("")}</main>`;

describe("nextLink", () => {
  it("finds the list's link that carries a cursor, with its query unescaped", () => {
    const html = page("/leads?sort=name", "/leads/12", "/leads?sort=name&amp;after=WyJBYWx0byIsMTJd");
    expect(nextLink(html, "/leads")).toBe("/leads?sort=name&after=WyJBYWx0byIsMTJd");
  });

  it("takes the first page's next link, not the way back to the first page", () => {
    const html = page("/contacts", "/contacts?after=WzEsMl0");
    expect(nextLink(html, "/contacts")).toBe("/contacts?after=WzEsMl0");
  });

  it("ignores cursors of other pages and answers null on the last page", () => {
    expect(nextLink(page("/leads/5?after=abc", "/leadsx?after=abc", "/deals?q=oy"), "/leads")).toBeNull();
  });
});
