import { describe, expect, it } from "vitest";
import { DEFAULT_ATTRIBUTION_MODEL, parseSourcesParams, withModel } from "@/lib/validation/sources-params";

describe("parseSourcesParams", () => {
  it.each([
    ["", { model: DEFAULT_ATTRIBUTION_MODEL, chart: "factory" }],
    ["model=FIRST_TOUCH&chart=attribution", { model: "FIRST_TOUCH", chart: "attribution" }],
    ["model=LINEAR&model=LAST_TOUCH", { model: "LINEAR", chart: "factory" }],
    // Unknown values fall back to the defaults instead of failing the page.
    ["model=U_SHAPED&chart=pie", { model: DEFAULT_ATTRIBUTION_MODEL, chart: "factory" }],
    ["model=first_touch", { model: DEFAULT_ATTRIBUTION_MODEL, chart: "factory" }],
  ])("%s", (query, expected) => {
    expect(parseSourcesParams(new URLSearchParams(query))).toEqual(expected);
  });

  it("reads a page's searchParams record too", () => {
    expect(parseSourcesParams({ model: ["LAST_TOUCH", "LINEAR"], period: "quarter" })).toEqual({ model: "LAST_TOUCH", chart: "factory" });
  });
});

describe("withModel", () => {
  it("adds a model to the filters' query, or leaves the default out", () => {
    expect(withModel("period=quarter&segment=2", "LINEAR")).toBe("period=quarter&segment=2&model=LINEAR");
    expect(withModel("", "FIRST_TOUCH")).toBe("model=FIRST_TOUCH");
    expect(withModel("period=year&model=LINEAR", DEFAULT_ATTRIBUTION_MODEL)).toBe("period=year");
  });
});
