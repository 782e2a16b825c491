/**
 * The "Next" link of a record list page's HTML: the only link to the list that carries a
 * cursor (`after`), as "First" drops it and the filter, sort and column links start over.
 */
export function nextLink(html: string, listPath: string): string | null {
  const links = [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]!.replaceAll("&amp;", "&"));
  return links.find((href) => href.startsWith(`${listPath}?`) && /[?&]after=/.test(href)) ?? null;
}
