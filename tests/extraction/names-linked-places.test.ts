// What a bridge, road or line links are places, not people (issue #11, names): "the Friendship Bridge linking Bueng Kan and
// Bolikhamxay" names no official, whatever gazetteer lacks the two provinces.
import { describe, expect, it } from "vitest";
import { names, run } from "./helpers.ts";

describe("places after 'linking'", () => {
  it("are not officials", () => {
    const doc = run(
      "Prime Minister Sonexay Siphandone met Thai Prime Minister Anutin Charnvirakul on Monday. Sonexay asked Thailand to speed up the construction of the sixth Friendship Bridge, linking Bueng Kan and Bolikhamxay, and a railway connecting Nong Khai and Thanaleng.",
      "2026-03-11",
    );
    expect(names(doc).sort()).toEqual(["Anutin Charnvirakul", "Sonexay Siphandone"]);
  });
});
