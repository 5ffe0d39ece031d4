// A news lead tells the role before anyone is named, and the next sentence opens on the holder's bare name ("The Taoiseach
// has described ... after talks with X. Micheál Martin said ..."): with no one of that title in the report, the role is
// that official (issue #11, coreference, batch20 and batch26). "was earlier received by" is the story's day.
import { describe, expect, it } from "vitest";
import { meetings, official, run } from "./helpers.ts";

const body = [
  "The Taoiseach has described Ireland and Iceland as natural partners after talks with Icelandic Prime Minister Anna Jonsdottir at Government Buildings in Dublin this afternoon.",
  "Michael Ryan said the two leaders had discussed energy security and fisheries.",
  "Ms Jonsdottir, who is on a two-day visit to Ireland, was earlier received by President Mary Byrne at Aras an Uachtarain.",
].join("\n\n");

describe("a lead's role named in the next sentence", () => {
  it("is the official opening that sentence, who takes the title", () => {
    const doc = run(body, "2026-03-11");
    expect(official(doc, "Michael Ryan")?.title).toBe("Taoiseach");
    expect(official(doc, "Michael Ryan")?.country).toBe("IE");
  });

  it("gives the talks and the earlier reception, both on the report's day", () => {
    expect(meetings(body, "2026-03-11")).toEqual([
      ["2026-03-11", "held", ["Anna Jonsdottir", "Michael Ryan"]],
      ["2026-03-11", "held", ["Anna Jonsdottir", "Mary Byrne"]],
    ]);
  });

  it("refers back once someone is named: no lookahead after the lead", () => {
    const doc = run("Prime Minister Anna Jonsdottir arrived in Dublin on Tuesday. The Taoiseach welcomed the visit. Michael Ryan said talks would follow.", "2026-03-11");
    expect(official(doc, "Michael Ryan")?.title ?? null).toBeNull();
  });
});

describe("a name with an apposition of its own after the lead", () => {
  it("is not the role's holder", () => {
    const doc = run("The Taoiseach has described Ireland and Iceland as natural partners. John Walsh, an analyst at the institute, said the ties were growing.", "2026-03-11");
    expect(official(doc, "John Walsh")?.title ?? null).not.toBe("Taoiseach");
  });
});
