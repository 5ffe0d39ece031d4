// A speaker who calls on a country is not of it (issue #11, countries, batch26): "as President Volodymyr Zelenskyy urged
// Britain to send more air defence systems" in a British outlet's report from Kyiv; context alone had made him British.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("the country a speaker calls on", () => {
  const body = [
    "The foreign secretary has signed a new drone deal with Ukraine during a visit to Kyiv, as President Olena Kovalenko urged Britain to send more air defence systems.",
    "Yvette Moore arrived by train on Thursday and held talks with Ms Kovalenko at the presidential office.",
    "Britain and Ukraine signed a memorandum of understanding on drones. Britain will fund the first production line in Ukraine.",
  ].join("\n\n");

  it("is not the speaker's own when only context placed the speaker", () => {
    expect(official(run(body, "2026-02-20"), "Olena Kovalenko")?.country).toBe("UA");
  });

  it("leaves a speaker whose title names the country alone ('British Foreign Secretary X urged Britain's allies')", () => {
    const doc = run("British Foreign Secretary Yvette Moore urged Britain to keep its promises to Ukraine, in talks with President Olena Kovalenko in Kyiv on Thursday.", "2026-02-20");
    expect(official(doc, "Yvette Moore")?.country).toBe("GB");
  });
});
