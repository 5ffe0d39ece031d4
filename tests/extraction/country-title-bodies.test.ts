// What a title says of its holder's country: an institution's country is a fallback that a country named later in the
// title overrides ("Speaker of the Milli Majlis of the Republic of Azerbaijan"), and a body of two countries ("the
// Georgia-Azerbaijan Friendship Group") is of neither (issue #11, countries).
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const official = (doc: ReturnType<typeof run>, name: string) => doc.officials.find((o) => o.name === name);

describe("countries in titles", () => {
  it("a country named after an institution is the holder's, stated, not implied", () => {
    const doc = run(
      "Tbilisi, 21 May – Today, the Chairman of the Parliament, Nodar Beridze, met with the Speaker of the Milli Majlis of the Republic of Azerbaijan, Leyla Aliyeva, who is paying an official visit to Georgia. The meeting was attended by the Chairman of the Georgia-Azerbaijan Friendship Group, Tamaz Kvaratskhelia.",
    );
    expect(official(doc, "Leyla Aliyeva")?.country).toBe("AZ");
    expect(official(doc, "Nodar Beridze")?.country).toBe("GE");
    expect(official(doc, "Tamaz Kvaratskhelia")?.country).toBe("GE");
  });
});
