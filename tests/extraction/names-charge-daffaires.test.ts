// "Chargé d'Affaires" before a name (issue #11, names): the envoy's title, accent and apostrophe included, is a title
// like "Ambassador", so the name after it is an official's.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("a chargé d'affaires before a name", () => {
  const doc = run(
    "Canadian Chargé d'Affaires Mary Cooper met Nepali Foreign Secretary Amrit Rai in Kathmandu on Monday. The chargé d'affaires, Tom Reid, of the British Embassy attended.",
    "2026-03-11",
  );

  it("is the title of the name after it", () => {
    expect(official(doc, "Mary Cooper")).toMatchObject({ title: "Chargé d'Affaires", country: "CA" });
    expect(doc.meetings.some((m) => m.participants.includes("Mary Cooper") && m.participants.includes("Amrit Rai"))).toBe(true);
  });
});
