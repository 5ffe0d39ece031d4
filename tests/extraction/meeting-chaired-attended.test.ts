import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("an encounter chaired by one and attended by others", () => {
  it("the chair and those who attended are one encounter on the report's day", () => {
    expect(
      meetings(
        "The forum was chaired by President Rumen Radev and attended by President Aleksandar Vucic of Serbia and President Gordana Siljanovska-Davkova of North Macedonia.",
        "2026-03-12",
      ),
    ).toEqual([["2026-03-12", "held", ["Aleksandar Vucic", "Gordana Siljanovska-Davkova", "Rumen Radev"]]]);
  });
});
