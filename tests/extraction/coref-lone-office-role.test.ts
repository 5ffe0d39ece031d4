// A role with a country ("The Armenian Foreign Minister") for the report's only holder of that office, whose country
// nothing has told yet when the role is read (issue #11): that holder, when nothing else of the country fits and no
// lead sentence names the office.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("the lone holder of the office", () => {
  it("is the role's antecedent", () => {
    expect(meetings("Foreign Minister Ararat Mirzoyan arrived in Athens on Tuesday. The Armenian Foreign Minister met with Speaker Nikitas Kaklamanis.", "2026-01-29")).toEqual([
      ["2026-01-27", "held", ["Ararat Mirzoyan", "Nikitas Kaklamanis"]],
    ]);
  });
});
