// A visitor who "met" several of the host's office holders met each in turn ("Lula met Premier Li and the chairman of
// the NPC, Zhao Leji"), unless every title names one body: members of a collective presidency met together (issue #11).
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("members of one body", () => {
  it("met together", () => {
    expect(
      meetings("Turkish Minister of Foreign Affairs Hakan Fidan met yesterday in Sarajevo with the Chairman of the BiH Presidency Denis Bećirović and Presidency member Željko Komšić.", "2025-11-12"),
    ).toEqual([["2025-11-11", "held", ["Denis Bećirović", "Hakan Fidan", "Željko Komšić"]]]);
  });

  it("office holders of different bodies are still met in turn", () => {
    expect(meetings("Brazilian President Lula da Silva met Premier Li Qiang and the chairman of the NPC Standing Committee, Zhao Leji, in Beijing on Monday.", "2025-05-14")).toEqual([
      ["2025-05-12", "held", ["Li Qiang", "Lula da Silva"]],
      ["2025-05-12", "held", ["Lula da Silva", "Zhao Leji"]],
    ]);
  });
});
