// A bare role repeated in the next sentence keeps the holder it was just given (issue #11, coreference): after "C invited
// A ..., adding that the President accepted", "The President is expected to meet D" is A again, not C, the last subject.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("the same bare role in consecutive sentences", () => {
  const doc = run(
    "President John Mahama on Monday held talks with Indonesian President Prabowo Subianto on the margins of the summit in Jakarta. Prabowo invited Mahama to attend the Asia-Africa Forum in Bandung in April, the spokesman said, adding that the President accepted the invitation. The President is expected to meet Malaysian Prime Minister Anwar Ibrahim on Tuesday.",
    "2026-03-10",
  );

  it("keeps its holder over the last sentence's subject", () => {
    const planned = doc.meetings.find((m) => m.participants.includes("Anwar Ibrahim"));
    expect(planned?.participants).toContain("John Mahama");
    expect(planned?.participants).not.toContain("Prabowo Subianto");
  });
});
