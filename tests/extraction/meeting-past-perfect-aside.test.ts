// A flashback in the past perfect is no anchor (issue #11, meetings; batch44-guided): after "A and B had discussed the
// council in a phone call on January 10th", "Later in the day, X was received by Y" goes on from the story's day.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("'later in the day' after a past-perfect flashback", () => {
  const got = meetings(
    "Foreign Minister Hakan Demir hosted Hungarian Foreign Minister Peter Kovacs in Ankara on January 22nd. Demir said President Ali Kaya and Prime Minister Viktor Nagy had discussed the council in a phone call on January 10th. Later in the day, Kovacs was received by President Kaya.",
    "2026-01-22",
  );

  it("is the story's day", () => {
    expect(got).toContainEqual(["2026-01-22", "held", ["Ali Kaya", "Peter Kovacs"]]);
  });

  it("while the flashback keeps its own", () => {
    expect(got).toContainEqual(["2026-01-10", "held", ["Ali Kaya", "Viktor Nagy"]]);
  });
});
