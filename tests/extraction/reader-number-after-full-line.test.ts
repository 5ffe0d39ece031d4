// A hard-wrapped line cut before a number (issue #11, reader): "to allow the nearly\n17,000 workers": in a report of
// known wrap width, a line ending on a lower-case word runs on into a number that would not have fitted on it.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const text = [
  " date 2025-10-09",
  "Minister urges Qatar to open labour market",
  "",
  "The Minister of Labour of Nepal, Sharat Singh Bhandari, has urged Qatar",
  "to reopen its labour market for Nepali workers without any middlemen",
  "and through a fully online recruitment system during talks in Doha on",
  "Tuesday with the Qatari Minister of Labour, Ali bin Smaikh Al Marri.",
  "",
  "Bhandari also requested the Qatari side to let the whole group of nearly",
  "12,000 workers who had received approval but could not travel before",
  "the deadline to enter Qatar without paying fresh fees, and asked Qatar",
  "to hold the next Joint Committee meeting in Kathmandu in December.",
].join("\n");

describe("a number on the line after a full one", () => {
  it("goes on the sentence, so the request is read whole", () => {
    const doc = extract(text, { source: "t.txt" });
    const p = doc.proposals.find((x) => x.kind === "request");
    expect(p?.text).toMatch(/^the Qatari side to let the whole group of nearly 12,000 workers who had received approval/);
  });
});
