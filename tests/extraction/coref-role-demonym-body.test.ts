// "the President of the Moldovan Parliament" (issue #11, meetings; batch46-guided): a role whose body is qualified by a
// demonym is the one holder of that body's office of that country, here the speaker the report named as "President of
// the Parliament of the Republic of Moldova", not the Ukrainian chairman of his own parliament.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("a role of a body qualified by a demonym", () => {
  it("is that country's holder", () => {
    const got = meetings(
      "Chairman of the Verkhovna Rada of Ukraine Petro Bondar held a meeting with the President of the Parliament of the Republic of Moldova Ion Ceban, who is in Kyiv on an official visit. On Wednesday, the President of the Moldovan Parliament is scheduled to be received by President of Ukraine Taras Melnyk.",
      "2025-06-10",
    );
    expect(got).toContainEqual(["2025-06-11", "planned", ["Ion Ceban", "Taras Melnyk"]]);
  });
});
