// "A and B also took part, as did C" right after an encounter (issue #11, meetings): with no noun after it, the clause
// adds its subjects (and those after "as did") to the encounter just told; the two a "meeting between A and B" names
// are still one of each side for the countries.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("people who also took part", () => {
  const doc = run(
    "The Secretary of Energy of the United States, Chris Wright, was received on Tuesday by President Daniel Noboa at the Carondelet Palace. The Minister of Energy, Inés Manzano, and the Minister of Foreign Affairs, Gabriela Sommerfeld, also took part, as did the United States Ambassador to Ecuador, Arthur Brown. On Wednesday the round closed at a meeting between the Undersecretary of Mines, Carla Páez, and the Deputy Secretary of Energy of the United States, James Danly. The Ambassador of the United States to Ecuador, Arthur Brown, and the Ecuadorian chief negotiator, Luis Vayas, also participated.",
    "2026-03-12",
  );

  it("joins them to the reception", () => {
    const r = doc.meetings.find((m) => m.participants.includes("Daniel Noboa"));
    expect(r?.participants).toEqual(expect.arrayContaining(["Chris Wright", "Daniel Noboa", "Inés Manzano", "Gabriela Sommerfeld", "Arthur Brown"]));
  });

  it("keeps the two a meeting is between on opposite sides", () => {
    const m = doc.meetings.find((x) => x.participants.includes("Carla Páez"));
    expect(m?.participants).toEqual(expect.arrayContaining(["Carla Páez", "James Danly", "Arthur Brown", "Luis Vayas"]));
    expect(official(doc, "Carla Páez")?.country).toBe("EC");
  });
});
