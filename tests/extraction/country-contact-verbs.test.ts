// "spoke to Kenyan President William Ruto by phone" (issue #11): a "to" before a title is the verb's, so the demonym
// opening the title still gives its holder his country; and a verb of contact ("spoke to", "phoned", "called",
// "congratulated") sets the speaker apart from the demonym of the one he contacts, as "met" and "received" do.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

const countries = (body: string) => {
  const doc = run(body, "2026-03-26");
  return Object.fromEntries(doc.officials.map((o) => [o.name, o.country]));
};

describe("a verb of contact before a demonym title", () => {
  it("'Prime Minister A spoke to Kenyan President B by phone'", () => {
    const c = countries("Prime Minister Anna Berg spoke to Kenyan President William Ruto by phone earlier this month.");
    expect(c["William Ruto"]).toBe("KE");
    expect(c["Anna Berg"]).not.toBe("KE");
  });

  it("'spoke to the Kenyan President, B,'", () => {
    const doc = run("Prime Minister Anna Berg spoke to the Kenyan President, William Ruto, on Monday about the Haiti mission.", "2026-03-26");
    expect(official(doc, "William Ruto")?.country).toBe("KE");
  });

  it("'President A phoned Ghanaian President B'", () => {
    const c = countries("President Marta Lind phoned Ghanaian President John Mahama on Tuesday to discuss cocoa prices.");
    expect(c["John Mahama"]).toBe("GH");
    expect(c["Marta Lind"]).not.toBe("GH");
  });

  it("'Chancellor A congratulated Senegalese President B'", () => {
    const c = countries("Chancellor Peter Wendt congratulated Senegalese President Bassirou Faye on his election.");
    expect(c["Bassirou Faye"]).toBe("SN");
    expect(c["Peter Wendt"]).not.toBe("SN");
  });
});
