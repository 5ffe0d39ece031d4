// A naming tradition may declare a full-name shape of its own (surnames.json `ownShape`): the Vietnamese three
// unhyphenated words under a family name shared with Korean or Chinese ("Ha Kim Ngoc"). The shape decides the tradition
// of a shared family name and keeps the tradition's country in a report that never names that country.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { hasOwnShape, surnameOrigin, traditionsShaped } from "../../src/extraction/gazetteers.ts";
import { official, run } from "./helpers.ts";

const data = JSON.parse(readFileSync(new URL("../../src/extraction/data/surnames.json", import.meta.url), "utf8"));

describe("ownShape is data of each tradition", () => {
  it("any tradition can declare it; a row without it has no shape of its own", () => {
    const row = { ownShape: { minWords: 3, hyphenated: false } };
    expect(hasOwnShape(row, ["Nguyen", "Hong", "Dien"])).toBe(true);
    expect(hasOwnShape(row, ["Nguyen", "Dien"])).toBe(false);
    expect(hasOwnShape(row, ["Kim", "Jong-un", "X"])).toBe(false);
    expect(hasOwnShape({ ownShape: { minWords: 2, hyphenated: true } }, ["Kim", "Jong-un"])).toBe(true);
    expect(hasOwnShape({}, ["Nguyen", "Hong", "Dien"])).toBe(false);
  });

  it("the Vietnamese row declares it and the Korean and Chinese rows do not", () => {
    expect(data.VN.ownShape).toEqual({ minWords: 3, hyphenated: false });
    expect(data.KR.ownShape).toBeUndefined();
    expect(data.CN.ownShape).toBeUndefined();
  });

  it("picks the shaped tradition among those sharing a family name", () => {
    expect(surnameOrigin("Ha").length).toBeGreaterThan(1);
    expect(traditionsShaped(surnameOrigin("Ha"), ["Ha", "Kim", "Ngoc"])).toEqual(["VN"]);
    expect(traditionsShaped(surnameOrigin("Ha"), ["Ha", "Kim-ngoc"])).toEqual([]);
  });
});

describe("in a report that never names the tradition's country", () => {
  it("a name of the tradition's own shape keeps its country", () => {
    const doc = run("Deputy Minister Ha Kim Ngoc held talks in Minsk on Monday with Deputy Foreign Minister Yevgeny Shestakov of Belarus.");
    expect(official(doc, "Ha Kim Ngoc")?.country).toBe("VN");
  });

  it("a shared family name of another shape says nothing", () => {
    const doc = run("Deputy Minister Kan Zaw held talks in Minsk on Monday with Deputy Foreign Minister Yevgeny Shestakov of Belarus.");
    expect(official(doc, "Kan Zaw")?.country).not.toBe("KR");
  });
});
