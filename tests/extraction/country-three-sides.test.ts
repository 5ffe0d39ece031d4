// Reports on three countries (issue #11): coordinated demonyms before a plural counterpart noun, a country's possessive
// opening the next person's office in a list, and the host's unqualified side.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

const SUMMIT =
  "President Amos Banda has hosted his Malawian and Tanzanian counterparts, Peter Chilima and Grace Mwinyi, for the Nacala Corridor summit at State House in Lusaka. " +
  "The summit was attended by the Minister of Finance, Joseph Tembo, Malawi's Minister of Transport, Luka Phiri, and Tanzania's Minister of Works, Anna Kombo.";

describe("a report on three countries", () => {
  it("coordinated demonyms before 'counterparts' go to the names of its list in order", () => {
    const doc = run(SUMMIT, "2026-09-17");
    expect(official(doc, "Peter Chilima")?.country).toBe("MW");
    expect(official(doc, "Grace Mwinyi")?.country).toBe("TZ");
  });

  it("a country's possessive after a name set off by commas opens the next person's office", () => {
    const doc = run(SUMMIT, "2026-09-17");
    expect(official(doc, "Joseph Tembo")?.country).not.toBe("MW");
    expect(official(doc, "Luka Phiri")?.country).toBe("MW");
  });

  it("an unqualified official beside qualified guests is of the host's country at home", () => {
    const doc = run(SUMMIT, "2026-09-17");
    expect(official(doc, "Joseph Tembo")?.country).toBe("ZM");
  });
});

describe("a plural counterpart noun over names with lower-case articles (issue #11)", () => {
  it("the second name after 'al-Rashid and' takes the second demonym", () => {
    const doc = run("Saudi Foreign Minister Faisal Al-Saud hosted his Syrian and Lebanese counterparts, Omar al-Rashid and Nabil Haddad, in Riyadh on Wednesday.", "2026-06-18");
    expect(official(doc, "Omar al-Rashid")?.country).toBe("SY");
    expect(official(doc, "Nabil Haddad")?.country).toBe("LB");
  });
});
