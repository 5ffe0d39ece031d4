// A recent subject is no antecedent once another candidate was named after it (issue #11, coreference): "The Ghanaian
// minister requested ... Later that day, the President received Ivanova. On Wednesday, the minister met ..." is Ivanova,
// named in the sentence after the Ghanaian minister's.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("a subject another candidate was named after", () => {
  const doc = run(
    "The Minister of Health, Elena Ivanova, travelled on Monday to Accra, where she held a working meeting with the Ghanaian Minister of Health, Kwabena Mensah. Ivanova proposed a joint vaccine plant. The Ghanaian minister requested support for a training centre in Kumasi. Later that day, President John Mahama received Ivanova at Jubilee House. On Tuesday, in Lomé, the minister met the Togolese Minister of Health, Kossi Agbeko.",
    "2026-03-12",
  );

  it("is passed over for the one named since", () => {
    const lome = doc.meetings.find((m) => m.participants.includes("Kossi Agbeko"));
    expect(lome?.participants).toContain("Elena Ivanova");
    expect(lome?.participants).not.toContain("Kwabena Mensah");
  });
});
