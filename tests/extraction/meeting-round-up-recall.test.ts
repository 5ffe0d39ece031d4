// A round-up of one principal's encounters with leaders of three countries or more on a summit's margins has no one
// pair: "the two leaders last met", "recalled their previous meeting" right after an encounter recall the pair of that
// encounter, not the first pair the report told (issue #11, meetings). A guest's calls on several people of one host
// country still recall the report's pair.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("a recall in a round-up of sideline meetings", () => {
  const roundUp =
    "On the margins of the summit in Nairobi, Prime Minister Hanna Virtanen held bilateral meetings with several leaders.\n\n" +
    "On Monday, Prime Minister Virtanen held a meeting with President Carlos Mendoza of Peru.\n\n" +
    "On the same day, Prime Minister Virtanen held a meeting with President Aigerim Sadykova of Kyrgyzstan.\n\n" +
    "On Tuesday, Prime Minister Virtanen held a meeting with President Kwame Asante of Ghana. ";

  it("'the two leaders ... last met' is the pair of the encounter just told", () => {
    const told = meetings(roundUp + "The two leaders last met in Accra in March 2025.", "2026-06-10");
    expect(told).toContainEqual(["2025-03", "held", ["Hanna Virtanen", "Kwame Asante"]]);
    expect(told).not.toContainEqual(["2025-03", "held", ["Carlos Mendoza", "Hanna Virtanen"]]);
  });

  it("'recalled their previous meeting' is the pair of the encounter just told", () => {
    const told = meetings(roundUp + "Prime Minister Virtanen welcomed the new trade office in Accra and recalled their previous meeting in Helsinki in May 2025.", "2026-06-10");
    expect(told).toContainEqual(["2025-05", "held", ["Hanna Virtanen", "Kwame Asante"]]);
  });

  it("a guest's calls on several people of one host country still recall the report's pair", () => {
    const told = meetings(
      "President Omar Haddad received his Ghanaian counterpart Kwame Asante at the palace on Monday. On Tuesday, Asante was received by Vice-President Leila Mansour and later held a meeting with Prime Minister Samir Khalil. The two presidents last met in Accra in March 2025.",
      "2026-06-10",
    );
    expect(told).toContainEqual(["2025-03", "held", ["Kwame Asante", "Omar Haddad"]]);
  });
});
