// A spouse named without a title (issue #11, names, batch09): "accompanied by his wife, Nehmat Aoun"
// names a person (cues.json `spouses`), of the country of the person named just before.
import { describe, expect, it } from "vitest";
import { names, official, run } from "./helpers.ts";

describe("spouses", () => {
  it("'his wife, X' is a person of the partner's country", () => {
    const doc = run(
      "VATICAN CITY - Pope Leo XIV received President Joseph Aoun of Lebanon in audience on Monday in the Apostolic Palace. The President was accompanied by his wife, Nehmat Aoun, and a delegation.",
    );
    expect(names(doc)).toContain("Nehmat Aoun");
    expect(official(doc, "Nehmat Aoun")?.country).toBe("LB");
  });

  it("'her husband X' too", () => {
    const doc = run("Prime Minister Jacinda Ardern of New Zealand arrived in Hanoi on June 12 with her husband Clarke Gayford.");
    expect(names(doc)).toContain("Clarke Gayford");
    expect(official(doc, "Clarke Gayford")?.country).toBe("NZ");
  });
});
