// A dateline whose place is written in title case (issue #11, meetings): "Rome, 15 January 2026 - X received Y
// yesterday": the dateline's day is the wire's, so "yesterday" dates the encounter, as after "ROME, 15 January".
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("a title-case dateline before the lead", () => {
  const doc = run(
    "Madrid, 11 March 2026 - Minister of the Interior Fernando Grande-Marlaska received the Minister of the Interior of Senegal, Mouhamadou Bamba Cissé, yesterday at the ministry. Prefect Elena Rossi of the Italian police attended.",
    "2026-03-11",
  );

  it("leaves the dateline's day to the wire", () => {
    expect(doc.meetings.find((m) => m.participants.includes("Mouhamadou Bamba Cissé"))?.date).toBe("2026-03-10");
  });
});
