// "Prefect" before a name (issue #11, names): Italian and French officials hold the prefect's rank while serving in
// another office ("The Chief of Police, Prefect Vittorio Pisani,"); the rank is a style, not part of the name.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("the prefect's rank before a name", () => {
  const doc = run(
    "Interior Minister Matteo Bianchi received the Interior Minister of Algeria, Brahim Merad, in Rome on Tuesday. The Head of the Department for Civil Liberties, Prefect Laura Lega, took part in the meeting.",
    "2026-03-11",
  );

  it("is dropped from the name", () => {
    expect(official(doc, "Laura Lega")?.country).toBe("IT");
    expect(doc.officials.some((o) => /Prefect/.test(o.name))).toBe(false);
  });
});
