// What a request or call asks of an instrument (issue #11, agreements): asking to suspend, leave, implement or review
// an instrument presupposes it exists, so it keeps its own status; asking to sign or conclude one only proposes it.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const statusOf = (body: string, words: string) => {
  const doc = run(`President Ana Ruiz held talks with Prime Minister Tom Hale in Lima on Monday. ${body}`, "2026-05-14");
  const a = doc.agreements.find((x) => x.title.includes(words));
  if (!a) throw new Error(`no agreement with "${words}" in ${JSON.stringify(doc.agreements.map((x) => x.title))}`);
  return a.status;
};

describe("instruments named in a call", () => {
  it.each([
    ["Ruiz called on the European Union to suspend its 2022 memorandum of understanding on critical minerals with Freedonia.", "critical minerals", "signed"],
    ["Hale urged Freedonia to withdraw from the memorandum of understanding on fishing rights.", "fishing rights", "signed"],
    ["Ruiz urged the parties to fully implement the agreement on the ceasefire monitoring mission.", "ceasefire monitoring", "signed"],
    ["Hale urged Freedonia to sign a memorandum of understanding on fishing rights.", "fishing rights", "proposed"],
  ])("%s", (body, words, status) => {
    expect(statusOf(body, words)).toBe(status);
  });
});
