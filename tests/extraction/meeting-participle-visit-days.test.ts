// A visit told in participles (issue #11, meetings): "spent three days in X this week, holding talks with Y on Tuesday
// and being received a day later by Z". The week gives way to the day the clause tells; the passive's agent after an
// adverbial ("received a day later by") is the host; the guest of a participle coordinated after an earlier verb's
// object and its day is the sentence's subject.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("a visit told in participles", () => {
  const doc = run(
    "Ghanaian Foreign Minister Kwame Asante spent three days in Nairobi this week, holding talks with his Kenyan counterpart Mary Wanjiru on Monday and being received a day later by President Daniel Kiprop. Senegalese Finance Minister Awa Ndiaye was received on Wednesday by Prime Minister Omar Diallo.",
    "2026-03-13",
  );

  it("dates the talks by the day of their clause, not the week", () => {
    expect(doc.meetings.find((m) => m.participants.includes("Mary Wanjiru"))?.date).toBe("2026-03-09");
  });

  it("makes the agent of 'received a day later by' the host and the subject the guest", () => {
    const r = doc.meetings.find((m) => m.participants.includes("Daniel Kiprop"));
    expect(r?.date).toBe("2026-03-10");
    expect(r?.roles).toEqual(expect.arrayContaining([{ name: "Daniel Kiprop", role: "host" }, { name: "Kwame Asante", role: "guest" }]));
  });

  it("reads a day between the participle and 'by' the same way", () => {
    const r = doc.meetings.find((m) => m.participants.includes("Omar Diallo"));
    expect(r?.roles).toEqual(expect.arrayContaining([{ name: "Omar Diallo", role: "host" }, { name: "Awa Ndiaye", role: "guest" }]));
  });
});
