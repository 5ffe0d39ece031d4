// Who else attended an encounter just told (issue #11): "Present at the talks from the Korean side were A and B" (a side
// between the noun and the verb), and "C accompanied Mr. B." (the active verb, B a party of the encounter).
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

const talks = "Speaker Woo Won-shik held talks with Hugo Motta, President of the Chamber of Deputies of Brazil, in Seoul on March 25.";

describe("a side between the encounter's noun and the verb", () => {
  it.each([
    "Present at the talks from the Korean side were Rep. Kim Young-bae and Secretary General Kim Min-ki.",
    "Also present at the talks on the Korean side were Rep. Kim Young-bae and Secretary General Kim Min-ki.",
  ])("%s", (sentence) => {
    expect(meetings(`${talks} ${sentence}`, "2026-03-26")).toEqual([["2026-03-25", "held", ["Hugo Motta", "Kim Min-ki", "Kim Young-bae", "Woo Won-shik"]]]);
  });
});

describe("'C accompanied B' after B's encounter", () => {
  it("the subject joins it", () => {
    expect(meetings(`${talks} Brazilian Ambassador to Korea Ruy Carlos Pereira accompanied Mr. Motta.`, "2026-03-26")).toEqual([
      ["2026-03-25", "held", ["Hugo Motta", "Ruy Carlos Pereira", "Woo Won-shik"]],
    ]);
  });

  it("someone accompanying a person of no encounter joins none", () => {
    expect(meetings(`${talks} Ambassador Ruy Carlos Pereira accompanied Governor Paulo Dantas to the trade fair.`, "2026-03-26")).toEqual([
      ["2026-03-25", "held", ["Hugo Motta", "Woo Won-shik"]],
    ]);
  });
});

describe("'joined the courtesy call, as did C'", () => {
  it("the subjects and those after 'as did' join the call just told", () => {
    const text =
      "Senate President Vicente Sotto III on Tuesday received Australian Senate President Sue Lines in Pasay City. Senator Panfilo Lacson and Senator Imee Marcos joined the courtesy call, as did Australian Ambassador Marc Innes-Brown.";
    expect(meetings(text, "2026-10-21")).toEqual([["2026-10-20", "held", ["Imee Marcos", "Marc Innes-Brown", "Panfilo Lacson", "Sue Lines", "Vicente Sotto III"]]]);
  });
});

describe("an invitation to address a session", () => {
  it("is no encounter", () => {
    const text =
      "Senate President Vicente Sotto III on Tuesday received Australian Senate President Sue Lines in Pasay City. He also invited Senator Lines to address a joint session of the Senate committees when she returns to Manila next year.";
    expect(meetings(text, "2026-10-21")).toEqual([["2026-10-20", "held", ["Sue Lines", "Vicente Sotto III"]]]);
  });
});
