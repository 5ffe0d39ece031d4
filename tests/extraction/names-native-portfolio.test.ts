// Offices written in another language (issue #11, names): India's press calls its defence minister "Raksha Mantri"
// before his style and name, and then by the bare office as a sentence's subject.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("a portfolio of another language before its title word", () => {
  const doc = run(
    "Raksha Mantri Shri Arvind Mehra held talks with the Defence Secretary of Kenya, Mr Paul Wekesa, in New Delhi on Tuesday. Raksha Mantri proposed that the two sides hold an annual naval dialogue. Videsh Mantri Sunita Rao hosted a lunch for the delegation.",
    "2026-03-11",
  );

  it("is part of the title, and the style before the name is dropped", () => {
    expect(official(doc, "Arvind Mehra")).toMatchObject({ title: "Raksha Mantri", country: "IN" });
    expect(official(doc, "Sunita Rao")?.title).toBe("Videsh Mantri");
  });

  it("the bare office as a subject is its holder", () => {
    expect(doc.proposals.find((p) => p.text.includes("annual naval dialogue"))?.speaker).toBe("Arvind Mehra");
  });
});
