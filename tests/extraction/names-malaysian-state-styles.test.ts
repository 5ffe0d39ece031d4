// Malaysian state honours and women's styles are not names (issue #11, names): "Datuk Patinggi", "Datuk Amar" (Sarawak),
// "Datuk Seri Panglima" (Sabah), "Datin Paduka" stand before a name as "Datuk Seri" does.
import { describe, expect, it } from "vitest";
import { names, run } from "./helpers.ts";

describe("state honours before a name", () => {
  it("are styles", () => {
    const doc = run(
      "Sarawak Premier Datuk Patinggi Tan Sri Abang Johari Openg received Deputy Minister Datin Paduka Hajah Norah Ismail and Sabah Chief Minister Datuk Seri Panglima Hajiji Noor on Monday.",
      "2026-03-13",
    );
    expect(names(doc).sort()).toEqual(["Abang Johari Openg", "Hajiji Noor", "Norah Ismail"]);
  });
});
