// Three verb phrases of an encounter with a named person (issue #11, meetings): "had an audience with King X" (a
// reception, X the host), "had a call with X" (a call), "exchanged views with X" (a meeting).
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("an audience, a call and an exchange of views with someone", () => {
  const doc = run(
    "Foreign Minister Ana Kovac had an audience with King Harald Olsen on Monday. On Tuesday she had a call with Foreign Minister Lars Ekberg. Defence Minister Ivo Maric exchanged views with Defence Minister Jan Holm in Oslo on Wednesday.",
    "2026-03-13",
  );

  it("are encounters", () => {
    expect(doc.meetings.map((m) => [m.date, m.kind, [...m.participants].sort()])).toEqual([
      ["2026-03-09", "reception", ["Ana Kovac", "Harald Olsen"]],
      ["2026-03-10", "phone_call", ["Ana Kovac", "Lars Ekberg"]],
      ["2026-03-11", "meeting", ["Ivo Maric", "Jan Holm"]],
    ]);
    expect(doc.meetings[0].roles.find((r) => r.name === "Harald Olsen")?.role).toBe("host");
  });
});
