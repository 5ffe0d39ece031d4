// A newsroom's credit lines are page furniture (issue #11, page reading): "Edited by X", "Editor: X", "Reporter: X",
// "Reporting by X", "Written by X", "Compiled by X" name journalists, not officials of the report. (A media contact
// line may name a government spokesperson, an official, and is left to the rules.)
import { describe, expect, it } from "vitest";
import { names, run } from "./helpers.ts";

describe("credit lines", () => {
  it("name no official", () => {
    for (const line of ["Edited by Sam Brown", "Editor: Tran Thi Binh", "Reporter: Nguyen Van An", "Reporting by Johan Nilsson", "Written by Ahmed Karim", "Compiled by Lena Holm"]) {
      const doc = run(`Croatian Foreign Minister Ana Kovac met Swedish Foreign Minister Lars Ekberg in Stockholm on Monday.\n\n${line}`, "2026-03-13");
      expect(names(doc).sort()).toEqual(["Ana Kovac", "Lars Ekberg"]);
    }
  });
});
