// "had a short exchange with Y", "had a conversation with Y", "had an exchange of views with Y": an encounter, as "had
// talks with Y" is (issue #11, meetings).
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("'had an exchange with'", () => {
  it("a short exchange on a summit's margins", () => {
    expect(
      meetings("On the margins of the plenary session on Thursday, President Nicu Dinu also had a short exchange with Greek prime minister Kostas Mitsos on the gas corridor.", "2026-03-07"),
    ).toEqual([["2026-03-05", "held", ["Kostas Mitsos", "Nicu Dinu"]]]);
  });

  it("an exchange of views and a conversation", () => {
    expect(
      meetings("President Nicu Dinu had an exchange of views with Prime Minister Kostas Mitsos on Thursday. On Friday he had a long conversation with Chancellor Anna Berg.", "2026-03-07"),
    ).toEqual([
      ["2026-03-05", "held", ["Kostas Mitsos", "Nicu Dinu"]],
      ["2026-03-06", "held", ["Anna Berg", "Nicu Dinu"]],
    ]);
  });
});
