// Officials a release leaves unqualified are of the country it names three times as often as any other (issue #11,
// countries; batch51-guided); an officer of a body above countries ("European Commissioner", "President of the
// European Council") takes no country so, while a national "minister for EU relations" does.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

const release =
  "Coordinating Minister for Economic Affairs Airlangga Hartarto held a virtual meeting on Monday with the European Commissioner for Trade, Maroš Šefčovič, to prepare the signing of the Indonesia-EU agreement.\n\n" +
  "Indonesia expects the agreement to open the European market to Indonesian exports. Indonesia and the EU concluded the talks last year, and Indonesia hopes to sign in June.\n\n" +
  "Indonesia has similar agreements with Canada and other partners, and Canada's deal has helped Indonesian exporters.";

describe("a release naming its own country most", () => {
  const doc = run(release, "2026-03-10");

  it("gives its unqualified officials that country", () => {
    expect(official(doc, "Airlangga Hartarto")?.country).toBe("ID");
  });

  it("not an officer of a body above countries", () => {
    expect(official(doc, "Maroš Šefčovič")?.country).toBeNull();
  });
});
