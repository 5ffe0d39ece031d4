// An alias clause inside a coordinated subject: "A, known as X, and B met on Monday" is an encounter of A and B
// (issue #11, batch13 misses).
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const meetings = (body: string, date: string) => run(body, date).meetings.map((m) => [m.date, m.status, [...m.participants].sort()]);

describe("an alias clause inside the subject", () => {
  it("'President A, known as X, and Chilean President B met on Monday'", () => {
    const body = "President Rosa Quispe Salas, known as Rosita, and Chilean President Tomás Vera met on Monday at the Government Palace.";
    expect(meetings(body, "2025-06-03")).toEqual([["2025-06-02", "held", ["Rosa Quispe Salas", "Tomás Vera"]]]);
  });
});
