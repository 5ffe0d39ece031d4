// A Cambodian honorific title in another romanisation (issue #11, names): "Samdech Vibol Sena Pheakdey" is the style of
// "Samdech Vibol Sena Pheakdei", not part of the name after it.
import { describe, expect, it } from "vitest";
import { names, run } from "./helpers.ts";

describe("'Samdech Vibol Sena Pheakdey'", () => {
  it("is stripped as a style", () => {
    const doc = run(
      "On 9 May afternoon, the visiting minister also paid a courtesy call on Samdech Vibol Sena Pheakdey Keo Sovann, Deputy Prime Minister of Cambodia.",
      "2026-05-10",
    );
    expect(names(doc)).toEqual(["Keo Sovann"]);
  });
});
