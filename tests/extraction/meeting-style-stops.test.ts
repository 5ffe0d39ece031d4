// "On Wednesday, Mr. A and Ms. B co-chaired the Joint Committee": the full stop of a short style inside a coordinated
// subject ends no clause, so both co-chairs are its parties (issue #11, meetings on unseen reports).
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const meetings = (body: string, date: string) => run(body, date).meetings.map((m) => [m.date, m.status, [...m.participants].sort()]);

describe("a coordinated subject with styles", () => {
  it("'On Wednesday, Mr. A and Ms. B co-chaired the Joint Committee'", () => {
    const body =
      "President Lai Ching-te met Thai Commerce Minister Suphajee Suthumpun in Taipei on Thursday.\n\n" +
      "Economic Affairs Minister Kung Ming-hsin and Ms. Suphajee signed a memorandum on semiconductor supply chains.\n\n" +
      "On Wednesday, Ms. Suphajee and Mr. Kung co-chaired the Thailand-Taiwan Joint Economic Committee in Taipei.";
    expect(meetings(body, "2026-07-10")).toEqual([
      ["2026-07-09", "held", ["Lai Ching-te", "Suphajee Suthumpun"]],
      ["2026-07-08", "held", ["Kung Ming-hsin", "Suphajee Suthumpun"]],
    ]);
  });
});
