// A delegation whose leader the report names (issue #11, coreference and meetings): "X and a high-level delegation of the
// CPC held talks ... The Chinese delegation was led by Y ... A day earlier, the delegation had called on Z": the talks are
// X's with Y, and Y called on Z; "invited X to lead a party delegation" is another delegation.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("the delegation led by Y", () => {
  const found = meetings(
    "Secretary-General of the Lao People's Revolutionary Party Thongloun Sisoulith and a high-level delegation of the Communist Party of Vietnam held talks in Vientiane on Tuesday. The Vietnamese delegation was led by Le Hoai Trung, head of the Party Central Committee's Commission for External Relations. Minister Trung invited Secretary-General Thongloun to lead a party delegation to Hanoi. A day earlier, the delegation had called on Prime Minister Sonexay Siphandone at his office.",
    "2026-04-08",
  );

  it("is its leader, before and after he is named", () => {
    expect(found).toContainEqual(["2026-04-07", "held", ["Le Hoai Trung", "Thongloun Sisoulith"]]);
    expect(found).toContainEqual(["2026-04-06", "held", ["Le Hoai Trung", "Sonexay Siphandone"]]);
  });
});
