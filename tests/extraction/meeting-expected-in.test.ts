// "X is expected in Stockholm on 21 September for talks with Y" is a plan (issue #11), as "is expected to" is: the day
// ahead, not the one past.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("'is expected in' a place for talks", () => {
  it.each([
    "Finnish President Alexander Stubb is expected in Stockholm on 21 September for talks with Prime Minister Ulf Kristersson.",
    "Finnish President Alexander Stubb is due in Stockholm on 21 September for talks with Prime Minister Ulf Kristersson.",
  ])("%s", (text) => {
    expect(meetings(text, "2026-09-09")).toEqual([["2026-09-21", "planned", ["Alexander Stubb", "Ulf Kristersson"]]]);
  });
});
