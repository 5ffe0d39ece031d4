// "his Ghanaian counterpart, Prof. Jane Opoku-Agyemang" (issue #11): a style between the counterpart phrase and the name
// ("Prof.", "Dr.", "Dr") leaves the counterpart's country to the name, as a title there does.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("a style after 'his X counterpart,'", () => {
  it("'his Ghanaian counterpart, Prof. A'", () => {
    const doc = run("Vice President Kashim Wali and his Ghanaian counterpart, Prof. Ama Mensah, yesterday called for a faster corridor project.", "2026-06-18");
    expect(official(doc, "Ama Mensah")?.country).toBe("GH");
  });

  it("'her Kenyan counterpart, Dr. A'", () => {
    const doc = run("President Ana Silva received her Kenyan counterpart, Dr. Peter Mutua, on Monday.", "2026-06-18");
    expect(official(doc, "Peter Mutua")?.country).toBe("KE");
  });

  it("'his Zambian counterpart Dr A' (no comma)", () => {
    const doc = run("Foreign Minister Tomas Berg met his Zambian counterpart Dr Mulenga Phiri in Lusaka on Monday.", "2026-06-18");
    expect(official(doc, "Mulenga Phiri")?.country).toBe("ZM");
  });
});
