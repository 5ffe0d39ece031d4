// "during an audience granted ... to Y" (issue #11, meetings; batch44-guided): an audience granted to a guest, told as a
// participle after the clause of its host's acts, is a reception by the clause's subject; and "The audience, which was
// also attended by Z, served to ..." adds Z to it.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("an audience granted to a guest", () => {
  const body =
    "The President of Angola, Manuel Costa, on Tuesday asked Japan to support the financing of the Lobito railway, during an audience granted at the Presidential Palace, in Luanda, to the ambassador of Japan, Kenji Sato.";

  it("is the subject's reception of the guest", () => {
    expect(meetings(body, "2025-10-22")).toEqual([["2025-10-21", "held", ["Kenji Sato", "Manuel Costa"]]]);
  });

  it("takes the attendee a relative clause names", () => {
    const got = meetings(`${body} The audience, which was also attended by the Minister of Foreign Affairs, Rosa Tembo, served to review the partnership.`, "2025-10-22");
    expect(got).toEqual([["2025-10-21", "held", ["Kenji Sato", "Manuel Costa", "Rosa Tembo"]]]);
  });
});
