// Latin American capitals are places, not people (issue #11, names): "La Paz" at the start of a wrapped line.
import { describe, expect, it } from "vitest";
import { names, run } from "./helpers.ts";

describe("capitals that look like names", () => {
  it.each(["La Paz", "San José"])("%s", (city) => {
    const doc = run(`     Santiago, May 14 (ABI).- President Gabriel Boric met President Luis Arce of Bolivia on Wednesday.\n     Boric will travel to\n${city} in August to hold a second meeting with his Bolivian counterpart.`, "2026-05-14");
    expect(names(doc)).not.toContain(city);
  });
});
