// "hosted A and B for several hours of talks" (issue #11, batch21): guests of two countries hosted for one purpose
// met together, as "for the trilateral meeting" already read.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("guests hosted for talks", () => {
  it("'for several hours of talks': one encounter of the three", () => {
    const body =
      "Kelania's Foreign Minister Marta Voss on Sunday hosted Miranian Foreign Minister Ilan Serrat and Ostrian Foreign Minister Sami Kord for several hours of talks in Veldran.";
    expect(meetings(body, "2026-04-06")).toEqual([["2026-04-05", "held", ["Ilan Serrat", "Marta Voss", "Sami Kord"]]]);
  });
});
