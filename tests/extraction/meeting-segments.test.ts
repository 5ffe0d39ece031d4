// Encounters beside a co-chaired commission: "X, who led the Kenyan delegation at the senior officials' segment on
// Thursday with Y" (the heads of two delegations at one session); "A and B held a working meeting to discuss ..." with
// no day in its sentence or the one before, between people first named there: the report's month (issue #11, meetings
// on unseen reports).
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const meetings = (body: string, date: string) => run(body, date).meetings.map((m) => [m.date, m.status, [...m.participants].sort()]);

describe("sessions beside a commission", () => {
  it("'who led the delegation at the senior officials' segment on Thursday with Y'", () => {
    const body =
      "Foreign Minister Ronald Lamola spoke in Pretoria on Friday when he co-chaired the 12th session of the Joint Commission with Zimbabwean Foreign Minister Amon Murwira.\n\n" +
      "Director-General Zane Dangor, who led the South African delegation at the senior officials' segment on Thursday with Zimbabwe's Permanent Secretary Albert Chimbindi, said the two sides reviewed the border agreement.";
    expect(meetings(body, "2024-10-05")).toEqual([
      ["2024-10-04", "held", ["Amon Murwira", "Ronald Lamola"]],
      ["2024-10-03", "held", ["Albert Chimbindi", "Zane Dangor"]],
    ]);
  });

  it("'A and B held a working meeting to discuss ...' with no day near it", () => {
    const body =
      "President Gustavo Petro and President Daniel Noboa co-chaired on Thursday in Ipiales the Binational Cabinet.\n\n" +
      "The two leaders signed the Ipiales Declaration.\n\n" +
      "Trade Minister Diana Morales and Ecuadorian Production Minister Luis Jaramillo held a working meeting to discuss the tourism circuit.";
    expect(meetings(body, "2026-03-19")).toEqual([
      ["2026-03-19", "held", ["Daniel Noboa", "Gustavo Petro"]],
      ["2026-03", "held", ["Diana Morales", "Luis Jaramillo"]],
    ]);
  });
});
