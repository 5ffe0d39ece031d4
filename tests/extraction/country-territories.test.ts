// Territories with a code of their own (issue #11, countries, batch35): ISO 3166-1 gives Hong Kong (HK), Macao (MO),
// Puerto Rico (PR), Greenland (GL) and a few others their own alpha-2 code, and the contract's country is that code.
// "Chief Executive X met the Prime Minister of Vietnam ... co-operation between Hong Kong and Vietnam": the Hong Kong
// government's officers are HK, not CN (Hong Kong was a place of China in the gazetteer); a sub-national government
// without a code of its own (Scotland, Flanders, Bavaria) stays its country's.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("territories with a code of their own", () => {
  it("a Hong Kong government report: its officers are HK", () => {
    const doc = run(
      "Chief Executive Carrie Wong today met Prime Minister of Thailand Somchai Boonmee in Bangkok to discuss co-operation between Hong Kong and Thailand in trade and logistics. Ms Wong said Hong Kong is well placed to help Thai enterprises raise funds. Also today, Secretary for Financial Services Henry Tam met Thai Minister of Commerce Niran Suksai.",
      "2025-03-04",
      "CE meets Thai Prime Minister",
    );
    expect(official(doc, "Carrie Wong")?.country).toBe("HK");
    expect(official(doc, "Henry Tam")?.country).toBe("HK");
    expect(official(doc, "Somchai Boonmee")?.country).toBe("TH");
  });

  it("a Macao and a Greenland official by their demonym-free titles", () => {
    const doc = run(
      "The Chief Executive of the Macao SAR, Peter Lam, received the Premier of Greenland, Anna Motzfeldt, on Monday.",
      "2025-03-04",
    );
    expect(official(doc, "Peter Lam")?.country).toBe("MO");
    expect(official(doc, "Anna Motzfeldt")?.country).toBe("GL");
  });
});
