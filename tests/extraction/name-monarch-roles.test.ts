// "The Sultan proposed", "the Taoiseach": a monarch's or head's office used alone refers to its holder
// named earlier (titles.json `heads`) (issue #11, names).
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("office heads of monarchs and other traditions", () => {
  it("the Sultan is the Sultan named before, not the host", () => {
    const doc = run(
      "Manila (PNA) – President Ferdinand Marcos Jr. held talks with His Majesty Sultan Haji Hassanal Bolkiah of Brunei Darussalam in Manila on June 12. " +
        "The Sultan proposed the opening of direct flights between Bandar Seri Begawan and Davao City. Marcos invited Bruneian investors to Mindanao.",
    );
    expect(doc.proposals.find((p) => /direct flights/.test(p.text))?.speaker).toBe("Hassanal Bolkiah");
  });

  it("the Emir is the Emir named before", () => {
    const doc = run(
      "Doha (QNA) – Vietnamese President Luong Cuong held talks with Qatari Emir Tamim bin Hamad Al Thani in Doha on June 12. " +
        "The Emir proposed a joint investment fund of 1 billion USD. Luong Cuong welcomed the idea.",
    );
    expect(doc.proposals.find((p) => /investment fund/.test(p.text))?.speaker).toBe("Tamim bin Hamad Al Thani");
  });
});
