// "The talks came at the sixth round of foreign office consultations held in Dhaka. A led the Bangladesh side while B
// led the Japanese side. C was also present": the heads of two sides, in a sentence with no verb of encounter, are the
// parties of the session the report tells, on the day it told last; one head alone is no encounter (issue #11).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const meetings = (body: string) =>
  extract(` date 2026-04-22 Dhaka, Tokyo hold foreign office consultations\n\n${body}\n`, { source: "t.txt" }).meetings.map((m) => [m.date, m.participants.slice().sort().join(" + ")]);

const LEAD = "Bangladesh and Japan on Tuesday agreed to speed up negotiations on an economic partnership agreement. The understanding came at the sixth round of foreign office consultations between the two countries held in Dhaka.";

describe("the heads of two sides", () => {
  it("are the parties of the session, with who was present", () => {
    expect(meetings(`${LEAD} Foreign secretary Asad Alam Siam led the Bangladesh side while Japan's deputy minister for foreign affairs Hiroshi Kawano led the Japanese side. Japanese ambassador in Dhaka Shinichi Saida was also present.`)).toEqual([
      ["2026-04-21", "Asad Alam Siam + Hiroshi Kawano + Shinichi Saida"],
    ]);
  });

  it("are the parties with delegations too", () => {
    expect(meetings(`${LEAD} Foreign secretary Asad Alam Siam led the Bangladeshi delegation, and Deputy Minister Hiroshi Kawano led the Japanese delegation.`)).toEqual([["2026-04-21", "Asad Alam Siam + Hiroshi Kawano"]]);
  });

  it("make no encounter when one side's head is told alone", () => {
    expect(meetings(`${LEAD} Foreign secretary Asad Alam Siam led the Bangladesh side.`)).toEqual([]);
  });
});
