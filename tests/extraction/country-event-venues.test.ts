// Countries named only as the venue of an event or a greeting's addressee are no side of the report (issue #11).
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("the venue of a planned gathering", () => {
  it("is nobody's home: the bare officials stay with the report's own country", () => {
    const doc = run(
      [
        "President of Moldova Ion Rusu met Prime Minister of Georgia Levan Beridze in Chisinau on Monday.",
        "The Minister of Foreign Affairs, Elena Cojocaru, also took part in the meeting.",
        "Moldova, Georgia and Türkiye signed a transport memorandum in 2024.",
        "The two leaders will meet again at the Eastern Partnership Summit in Ankara in July.",
      ].join(" "),
    );
    expect(official(doc, "Elena Cojocaru")?.country).not.toBe("TR");
  });
});

describe("greetings sent to other leaders", () => {
  it("are sent by the subject after a fronted source, to the other side", () => {
    const doc = run(
      [
        "Italian Foreign Minister Marco Rossi met President of Algeria Karim Bensaid in Algiers on Tuesday.",
        'According to a statement from the Algerian presidency, Bensaid invited Prime Minister Laura Conti to visit Algeria "soon" and conveyed his greetings to President Paolo Ferri.',
        "Italy and Algeria signed two agreements.",
      ].join(" "),
    );
    expect(official(doc, "Paolo Ferri")?.country).toBe("IT");
  });

  it("to several leaders, go to the report's other countries in the order their envoys were named", () => {
    const doc = run(
      [
        "ISLAMABAD, Oct 15 (APP): Foreign Minister Tariq Aziz on Thursday hosted the trilateral meeting of Pakistan, Türkiye and Azerbaijan, attended by Turkish Foreign Minister Mehmet Kaya and Azerbaijani Foreign Minister Elchin Mammadov.",
        "Later, the visiting ministers called on Prime Minister Imran Qureshi, who said Pakistan valued the partnership.",
        "The Prime Minister asked the two ministers to convey his warm greetings to President Ahmet Demir and President Rauf Aliyev.",
      ].join(" "),
    );
    expect(official(doc, "Ahmet Demir")?.country).toBe("TR");
    expect(official(doc, "Rauf Aliyev")?.country).toBe("AZ");
  });
});

describe("a host named in apposition", () => {
  it("is not of the guest's demonym", () => {
    const doc = run(
      [
        "Kenyan President Daniel Mwangi and his host, President Amina Juma, held talks at State House in Kampala on Friday.",
        "They were joined by Uganda's Foreign Affairs minister Sam Okello and Kenya's Foreign Affairs minister Peter Kamau.",
        "Kenya and Uganda agreed to extend the railway.",
      ].join(" "),
    );
    expect(official(doc, "Daniel Mwangi")?.country).toBe("KE");
    expect(official(doc, "Amina Juma")?.country).toBe("UG");
  });
});

describe("a traveller in a clause with no subject of its own", () => {
  it("is the sentence's subject, not the person named last", () => {
    const doc = run(
      [
        "New Zealand Prime Minister John Harper met Prime Minister Mark Ellis in Canberra on Monday.",
        "On Tuesday night, Harper dined with Opposition Leader Susan Grant at Parliament House in Canberra before flying to Sydney.",
        "Australia and New Zealand agreed to deepen defence ties, and Australia will host the next round.",
      ].join(" "),
    );
    expect(official(doc, "Susan Grant")?.country).toBe("AU");
  });
});
