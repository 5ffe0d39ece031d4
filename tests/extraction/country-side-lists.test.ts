// Participants given by side (issue #11, countries): "On the Ukrainian side, it was attended by A and B; on the Norwegian
// side, by C" gives each side's country to its names.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("participants named by side", () => {
  it("after 'it was attended by' and after a comma before 'by'", () => {
    const doc = run(
      "President Volodymyr Zelenskyy met Prime Minister Jonas Gahr Store of Norway in Kyiv on Monday. The talks were held with the delegations. On the Ukrainian side, it was attended by Head of the Office Oleh Marchenko and Minister of Defence Taras Bondar; on the Norwegian side, by Minister of Trade Kari Nordmann.",
      "2026-04-02",
    );
    expect(official(doc, "Oleh Marchenko")?.country).toBe("UA");
    expect(official(doc, "Taras Bondar")?.country).toBe("UA");
    expect(official(doc, "Kari Nordmann")?.country).toBe("NO");
  });
});
