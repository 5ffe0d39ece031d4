// "The defence ministers of Colombia and Ecuador, A and B," (issue #11, countries): a plural title that names two
// countries gives them to the two names after it, respectively, as a title would; a namesake in the office-holders list
// (Spain's Prime Minister Pedro Sánchez) does not override it.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("a plural title of two countries over two names", () => {
  const doc = run(
    "The defence ministers of Colombia and Ecuador, Pedro Sánchez and Gian Carlo Loffredo, signed on Tuesday in Ipiales a memorandum of understanding on intelligence sharing. On Wednesday, Sánchez travelled to Quito, where he met Ecuador's Interior Minister John Reimberg.",
    "2026-03-12",
  );

  it("places each name in its country", () => {
    expect(official(doc, "Pedro Sánchez")?.country).toBe("CO");
    expect(official(doc, "Gian Carlo Loffredo")?.country).toBe("EC");
  });
});
