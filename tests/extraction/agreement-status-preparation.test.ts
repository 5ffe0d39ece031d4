// Instruments being prepared and negotiations still to start on a qualified name (issue #11, agreements): "is under
// development", "is under preparation" tell a text still being worked out (under negotiation); "agreed to begin
// negotiations on a bilateral Labour Mobility Arrangement" only proposes it, an adjective of scope between the
// article and the name notwithstanding.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const status = (doc: ReturnType<typeof run>, word: string) => doc.agreements.find((a) => a.title.includes(word))?.status;
const lead = "Foreign Minister Ana Costa met Foreign Minister Lee Kinyanjui in Nairobi on Monday. ";

describe("instruments in preparation", () => {
  it.each([
    "An agreement on the mutual recognition of academic diplomas is under development.",
    "A guarantee agreement for the Lake Turkana wind project is under preparation, while the port plan is ready.",
    "A protocol on academic diplomas is currently under preparation, officials said.",
  ])("%s", (sentence) => {
    const doc = run(lead + sentence, "2026-05-12");
    expect(doc.agreements.map((a) => a.status)).toEqual(["under_negotiation"]);
  });
});

describe("negotiations still to start on a qualified name", () => {
  it.each([
    "The two leaders agreed to begin negotiations on a bilateral Labour Mobility Arrangement.",
    "The ministers agreed to start talks on a comprehensive Air Services Agreement.",
  ])("%s", (sentence) => {
    const doc = run(lead + sentence, "2026-05-12");
    expect(doc.agreements.map((a) => a.status)).toEqual(["proposed"]);
  });
});
