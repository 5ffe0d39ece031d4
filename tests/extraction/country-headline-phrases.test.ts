// A country of several words in the headline counts as a whole, as in the sentences (issue #11): "Republic of China
// (Taiwan)" names Taiwan, not China, so a Taiwanese official's family name shared with the Chinese tradition does not
// make him Chinese in a report that never names China. A place inside a person's name ("Santiago") or a street's
// ("Chongqing S. Rd." in a Taipei address) names no country either.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

const BODY =
  "Premier Cho Jung-tai received Prime Minister John Briceño of Belize at the Executive Yuan on Monday. " +
  "Minister of Economic Affairs Kuo Jyh-huei also attended the talks. Taiwan and Belize agreed to expand trade in " +
  "agricultural products, and Briceño thanked Taiwan for its support to Belize.";

describe("a country of several words in the headline", () => {
  it("'Republic of China (Taiwan)' in the headline does not name China", () => {
    const doc = run(BODY, "2026-04-14", "Executive Yuan, Republic of China (Taiwan)");
    expect(official(doc, "Kuo Jyh-huei")?.country).toBe("TW");
  });

  it("'the Republic of China' as a headline's subject does not name China", () => {
    const doc = run(BODY, "2026-04-14", "Republic of China and Belize expand farm trade");
    expect(official(doc, "Kuo Jyh-huei")?.country).toBe("TW");
  });
});

describe("places that name no country", () => {
  it("a street named after a city in an address line ('Shanghai E. Rd.') does not name China", () => {
    const doc = run(`${BODY}\nExecutive Yuan · No. 1, Sec. 1, Shanghai E. Rd., Taipei`, "2026-04-14");
    expect(official(doc, "Kuo Jyh-huei")?.country).toBe("TW");
  });

  it("'Guangzhou Street' does not either", () => {
    const doc = run(`${BODY}\nPress Office, 3 Guangzhou Street, Taipei`, "2026-04-14");
    expect(official(doc, "Kuo Jyh-huei")?.country).toBe("TW");
  });
});
