// A title names the body its holder heads with "of the", and the body's name may be a word no gazetteer knows (issue
// #11, titles): "The President of the Generalitat of Catalonia, X," is one title, and X a whole name; the walk used to
// stop at the unknown word and the name was cut to its last word by a later mention.
import { describe, expect, it } from "vitest";
import { names, official, run } from "./helpers.ts";

describe("a title 'of the' body", () => {
  it("'The President of the Generalitat, X,'", () => {
    const doc = run("The President of the Generalitat, Jordi Puigverd, met Mexican Foreign Minister Ana Ruiz in Mexico City on Tuesday.", "2026-02-25");
    expect(official(doc, "Jordi Puigverd")?.title).toBe("President of the Generalitat");
  });

  it("'The President of the Generalitat of Catalonia, X,' with the place after the body", () => {
    const doc = run(
      "The President of the Generalitat of Catalonia, Jordi Puigverd, met Mexican Foreign Minister Ana Ruiz in Mexico City on Tuesday. Puigverd proposed a business council.",
      "2026-02-25",
    );
    expect(official(doc, "Jordi Puigverd")?.country).toBe("ES");
    expect(names(doc)).not.toContain("Puigverd");
    expect(doc.proposals.map((p) => p.speaker)).toEqual(["Jordi Puigverd"]);
  });
});
