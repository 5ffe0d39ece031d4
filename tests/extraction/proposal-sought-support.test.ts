// "sought X's support for" is a request (issue #11, proposals; batch40's b40_03 "sought Iran's help"): seeking a party's
// support, backing or help asks for it, as "requested" does; seeking to do something ("as both sides seek to expand
// cooperation") or seeking markets asks no one.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const acts = (body: string) => run(body, "2026-03-13").proposals.map((p) => [p.speaker, p.kind, p.text]);

describe("'sought Peru's backing for'", () => {
  it("is a request", () => {
    expect(acts("President Ana Ruiz received Chilean Foreign Minister Pedro Soto in Lima on Monday. Soto sought Peru's backing for Chile's candidacy to the Security Council.")).toEqual([
      ["Pedro Soto", "request", "Peru's backing for Chile's candidacy to the Security Council"],
    ]);
  });

  it("while seeking to do something is not", () => {
    expect(acts("President Ana Ruiz received Chilean Foreign Minister Pedro Soto in Lima on Monday, as both sides seek to expand cooperation in mining. Soto is seeking new markets.")).toEqual([]);
  });
});
