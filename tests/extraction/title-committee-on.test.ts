// A body's field after "on" inside a title (issue #11): "the Chair of the Committee on Foreign Affairs, X" names X with
// the whole office, and the committee is the organisation.
import { describe, expect, it } from "vitest";
import { meetings, names, official, run } from "./helpers.ts";

describe("'on' after a body's noun continues the title", () => {
  it.each([
    ["the Chair of the Committee on Foreign Affairs, David McAllister", "David McAllister", "Chair of the Committee on Foreign Affairs", "Committee on Foreign Affairs"],
    ["the Chairperson of the Commission on Human Rights, Maria Santos", "Maria Santos", "Chairperson of the Commission on Human Rights", "Commission on Human Rights"],
  ])("met %s", (phrase, name, title, organization) => {
    const doc = run(`On Tuesday, visiting lawmaker Masakazu Sekiguchi met ${phrase}.`, "2026-11-26");
    expect(names(doc)).toContain(name);
    expect(official(doc, name)?.title).toBe(title);
    expect(official(doc, name)?.organization).toBe(organization);
  });

  it("the meeting has both people", () => {
    expect(meetings("On Tuesday, visiting lawmaker Masakazu Sekiguchi met the Chair of the Committee on Foreign Affairs, David McAllister.", "2026-11-26")).toEqual([
      ["2026-11-24", "held", ["David McAllister", "Masakazu Sekiguchi"]],
    ]);
  });

  it("a lower-case 'lawmaker' before a name is a title", () => {
    const doc = run("On Tuesday, visiting lawmaker Masakazu Sekiguchi met Speaker Ana Costa.", "2026-11-26");
    expect(official(doc, "Masakazu Sekiguchi")?.title).toBe("lawmaker");
  });

  it("a day after 'on' is no field", () => {
    const doc = run("The Chairman of the Committee on Tuesday received Ambassador Lee Kinyanjui.", "2026-11-26");
    expect(names(doc)).toEqual(["Lee Kinyanjui"]);
  });
});
