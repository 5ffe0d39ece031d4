// "the negotiations of A with B were held" (issue #11, meetings): agencies of the CIS render their talks so. The noun
// names an encounter only with its parties after it ("of A with B", "between A and B"); "the talks of A with B" is the
// same frame for a noun that always names one.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("a meeting noun with 'of A with B'", () => {
  const doc = run(
    "President Emomali Rahmon received Indian External Affairs Minister Subrahmanyam Jaishankar on 10 March. Earlier on the same day, the negotiations of Subrahmanyam Jaishankar with the Minister of Foreign Affairs of Tajikistan Sirojiddin Muhriddin were held at the Foreign Ministry. The talks of the two ministers' deputies with business leaders followed. The negotiations on a trade agreement continue.",
    "2026-03-12",
  );

  it("is an encounter of both", () => {
    const m = doc.meetings.find((x) => x.participants.includes("Sirojiddin Muhriddin"));
    expect(m?.participants.sort()).toEqual(["Sirojiddin Muhriddin", "Subrahmanyam Jaishankar"]);
    expect(m?.date).toBe("2026-03-10");
  });

  it("negotiations on an instrument are none", () => {
    expect(doc.meetings).toHaveLength(2);
  });
});
