// Regional offices written in lower case before a name set off by commas (issue #11, names): "the khokim of Samarkand
// region, X," (Uzbekistan's regional governor), "the governor of Arica and Parinacota, X,".
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("regional offices before a name in apposition", () => {
  it("'the khokim of Samarkand region, X'", () => {
    const doc = run("Minister Park Ji-ho will leave Tashkent for Samarkand on Wednesday, where he is expected to meet the khokim of Bukhara region, Botir Zaripov.", "2026-05-12");
    expect(official(doc, "Botir Zaripov")?.title).toBe("khokim of Bukhara region");
  });

  it("'the governor of Arica and Parinacota, X,'", () => {
    const doc = run("Minister Luis Alvarado said that on Tuesday night he had dinner with the governor of Tarapacá and Parinacota, Diego Mamani, to review the situation at the border.", "2026-03-10");
    expect(official(doc, "Diego Mamani")?.title).toBe("governor of Tarapacá and Parinacota");
  });
});

describe("a monarch's lower-case title after its country", () => {
  it("'Dutch king Willem-Alexander'", () => {
    const doc = run("Deputy Prime Minister Bui Thanh Son invited Dutch king Willem-Alexander to visit Vietnam later this year.", "2026-05-12");
    expect(official(doc, "Willem-Alexander")?.country).toBe("NL");
  });

  it("'the king Felipe' (no country) stays unread", () => {
    const doc = run("Deputy Prime Minister Bui Thanh Son said the king Felipe museum would open later this year.", "2026-05-12");
    expect(official(doc, "Felipe")).toBeUndefined();
  });
});
