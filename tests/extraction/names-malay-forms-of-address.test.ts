// Malay forms of address are styles (issue #11, names; batch47-guided): "YAB Tuan Chow Kon Yeow", "Tuan Liew Chin Tong",
// "Puan ...", "YB ..." name Chow Kon Yeow and Liew Chin Tong; "YAB", "YB", "YBhg" count only in capitals.
import { describe, expect, it } from "vitest";
import { names, run } from "./helpers.ts";

describe("Malay forms of address", () => {
  it("are not part of the name", () => {
    const doc = run(
      "Mayor Park Jin-ho met the Chief Minister of Penang, YAB Tuan Chow Wei Ming, in George Town. The Deputy Minister of Investment, Tuan Lim Kah Seng, and YB Puan Siti Aminah also attended.",
      "2026-03-10",
    );
    expect(names(doc).sort()).toEqual(["Chow Wei Ming", "Lim Kah Seng", "Park Jin-ho", "Siti Aminah"]);
  });
});

// ("Speaker Puan Maharani": a form of address that is also a given name, before a single name word, opens the name;
// batch52-guided.)
describe("a style that is also a given name", () => {
  it("opens a two-word name", () => {
    const doc = run("Speaker Puan Maharani received the Korean Speaker Woo Won-shik on Tuesday. Puan Siti Aminah, the deputy speaker, also attended.", "2026-03-04");
    expect(doc.officials.map((o) => o.name)).toEqual(expect.arrayContaining(["Puan Maharani", "Siti Aminah"]));
  });
});
