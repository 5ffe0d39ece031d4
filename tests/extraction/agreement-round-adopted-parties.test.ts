// Agreements (issue #11): an apposition telling a round of talks under way ("agreed to conclude X, now in its third round
// of negotiations") is under negotiation; "is expected to be adopted" is proposed; and a title's first word after "with"
// ("talks with Prime Minister X") is no party.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const agreement = (body: string, title: string) => run(body, "2026-03-10").agreements.find((a) => a.title.includes(title));

describe("agreement status and parties", () => {
  it("an apposition of a round of negotiations makes it under negotiation", () => {
    const a = agreement("President Shavkat Mirziyoyev received Foreign Minister Hakan Fidan. Both sides agreed to conclude the Free Trade Agreement, now in its fourth round of negotiations.", "Free Trade Agreement");
    expect(a?.status).toBe("under_negotiation");
  });

  it("'is expected to be adopted' is proposed", () => {
    const a = agreement("Prime Minister Hun Manet will hold talks with Prime Minister Sonexay Siphandone in Vientiane, when a Joint Declaration on the Comprehensive Strategic Partnership is expected to be adopted.", "Joint Declaration");
    expect(a?.status).toBe("proposed");
  });

  it("takes no title word for a party", () => {
    const a = agreement("Prime Minister Hun Manet will hold talks with Prime Minister Sonexay Siphandone in Vientiane, when a Joint Declaration on the Comprehensive Strategic Partnership is expected to be adopted.", "Joint Declaration");
    expect(a?.parties).not.toContain("Prime");
  });

  it("the instrument's acronym opening the next sentence refers to it ('The CEPA ... came into force')", () => {
    const a = agreement("Foreign Minister Sugiono held talks with Foreign Minister Winston Peters on Monday, the first visit since the Indonesia-New Zealand Comprehensive Economic Partnership Agreement was signed in 2024. The CEPA, ratified by both sides, came into force this year.", "Comprehensive Economic Partnership");
    expect(a?.status).toBe("in_force");
    expect(a?.parties).not.toContain("Foreign");
  });
});

