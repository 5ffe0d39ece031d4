// A one-word place right after a title and a given name, closing the name, is the family name (issue #11, names):
// "President Ana Lima and Angolan President José Nunes" names Ana Lima, not "Ana" and a title "Lima and Angolan President".
import { describe, expect, it } from "vitest";
import { names, run } from "./helpers.ts";

describe("a place as a family name", () => {
  it("closes the name after a title and a given name", () => {
    expect(names(run("President Ana Lima and Angolan President José Nunes signed a memorandum on research on Tuesday.", "2026-11-23")).sort()).toEqual(["Ana Lima", "José Nunes"]);
  });
});
