// A nickname the text ties to a person is an alias (issue #11, names): "Joko Widodo, popularly
// known as Jokowi"; later "Jokowi" refers to him and makes no second official.
import { describe, expect, it } from "vitest";
import { names, official, run } from "./helpers.ts";

describe("nicknames", () => {
  it.each([
    ["President Joko Widodo, popularly known as Jokowi, received the minister at the Merdeka Palace. Jokowi said ties were strong.", "Joko Widodo", "Jokowi"],
    ["Foreign Minister Mohamad Hasan, who is popularly known as Tok Mat, held talks in Jakarta.", "Mohamad Hasan", "Tok Mat"],
    ["Prime Minister Ahmad Zahid Hamidi (known as Zahid) held talks in Jakarta.", "Ahmad Zahid Hamidi", "Zahid"],
  ])("%s", (body, name, nick) => {
    const doc = run(body, "2024-01-10");
    expect(official(doc, name)?.aliases).toContain(nick);
    expect(names(doc)).not.toContain(nick);
  });

  it("a later use of the nickname is the same person", () => {
    const doc = run("President Joko Widodo, popularly known as Jokowi, met Prime Minister Anwar Ibrahim in Bogor on Monday. Jokowi proposed that the two countries finish the border talks.", "2024-01-10");
    expect(doc.proposals[0]?.speaker).toBe("Joko Widodo");
  });
});
