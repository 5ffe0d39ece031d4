// An acronym the report spells out ("the Bank of Korea (BOK)") opening a title ("BOK Deputy Governor X") gives the
// institution's country (issue #11).
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("a title opened by an acronym the report defines", () => {
  const doc = run(
    "Bank Indonesia (BI) and the Bank of Korea (BOK) on Monday signed a memorandum. The meeting was attended by BI Senior Deputy Governor Destry Damayanti and BOK Deputy Governor Ryoo Sang-dai.",
    "2026-05-12",
  );

  it("takes the country the spelled-out name holds", () => {
    expect(official(doc, "Ryoo Sang-dai")?.country).toBe("KR");
    expect(official(doc, "Destry Damayanti")?.country).toBe("ID");
  });
});
