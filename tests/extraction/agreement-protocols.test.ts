// A protocol that extends, renews or amends an agreement (issue #11, agreements): the protocol is the instrument, the
// agreement inside its title is not a second one, and "by N years" says how long, not what about.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const rows = (doc: ReturnType<typeof run>) => doc.agreements.map((a) => [a.kind, a.title, a.status]);

describe("protocols to an agreement", () => {
  it("'a protocol extending the 2019 ... Agreement by ten years' is one protocol", () => {
    const doc = run("Prime Minister Ana Ruiz and President Tom Hale signed on Friday a protocol extending the 2019 Anglo-Freedonian Agreement on Fisheries by ten years.", "2026-08-14");
    expect(rows(doc)).toEqual([["protocol", "protocol extending the 2019 Anglo-Freedonian Agreement on Fisheries", "signed"]]);
  });

  it("'a protocol renewing the ... Treaty' is one protocol", () => {
    const doc = run("The foreign ministers signed a protocol renewing the Treaty of Friendship between the two countries.", "2026-08-14");
    expect(rows(doc).map((r) => r.slice(0, 2))).toEqual([["protocol", "protocol renewing the Treaty of Friendship between the two countries"]]);
  });
});
