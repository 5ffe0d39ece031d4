// Institutions and newspapers that read like names (issue #11, names): a chancellery speaks for its head, and a
// newspaper's title ("Le Monde", "La Tercera") opens with a word that is also a family name ("Le", "La").
import { describe, expect, it } from "vitest";
import { names, run } from "./helpers.ts";

describe("institutions and outlets are no people", () => {
  it("'the Chancellery said', then 'the Presidential Chancellery said'", () => {
    const doc = run("Chancellor Karl Huber received Prime Minister Jan Hora on Tuesday, the Chancellery said. Federal President Anna Weber invited President Peter Novak to pay a state visit to Austria in 2027, the Presidential Chancellery said.", "2026-10-14");
    expect(names(doc)).not.toContain("Presidential Chancellery");
  });

  it.each(["Le Monde", "La Tercera"])("the newspaper %s", (paper) => {
    const doc = run(`President Gabriel Boric received President José Jerí in Santiago on Monday, ${paper} reported. ${paper} learned that the two sides will meet again in May.`, "2026-03-10");
    expect(names(doc)).not.toContain(paper);
    expect(names(doc)).toContain("Gabriel Boric");
  });
});
