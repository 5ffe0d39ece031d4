// Heads of regions and cities (issue #11, names): the Kazakh "Akim of Almaty X", "the khokim of Samarkand region X" with
// no comma before the name, and "the Governor of the region, X," whose field is a lower-case place noun.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("local heads before their names", () => {
  const doc = run(
    "Tomorrow the minister will travel to Almaty, where he will meet with the Akim of Almaty Darkhan Satov. On Friday he will meet the khokim of Samarkand region Erkin Turdiev. The visit ends in Saint-Louis, where the President is to meet the Governor of the region, Hassan Diallo.",
    "2026-03-11",
  );

  it("an akim of a city", () => {
    expect(official(doc, "Darkhan Satov")).toMatchObject({ title: "Akim of Almaty", country: "KZ" });
  });

  it("a khokim of a region written with its place noun and no comma", () => {
    expect(official(doc, "Erkin Turdiev")?.title).toBe("khokim of Samarkand region");
  });

  it("a governor 'of the region'", () => {
    expect(official(doc, "Hassan Diallo")?.title).toBe("Governor of the region");
  });
});
