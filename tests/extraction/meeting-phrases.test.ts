// Encounters told by phrases the frames did not read (issue #11, meetings, fourth pass): a meeting noun with
// a participle, place and day before its parties ("the talks held in Cairo on Monday between A and B"), a
// possessive call ("X's call with Y"), "held discussions with", "has been granted an audience with", "had a phone
// call with", "telephoned", "hosted a dinner in honour of", "welcomed X" (a person, not "the results"), "sat down /
// conferred / talked with", a body
// "chaired by" two people that "would convene", attendees told as "Present at the meeting were" and "The
// meeting was attended by".
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const meetings = (body: string, date: string) =>
  run(body, date).meetings.map((m) => ({ date: m.date, status: m.status, kind: m.kind, participants: [...m.participants].sort() }));

describe("a meeting noun before its parties", () => {
  it("'the talks held in Accra on Tuesday between A and B'", () => {
    const ms = meetings(
      "Lomé (ATOP) – President Faure Gnassingbé welcomed the outcome of the talks held in Accra on Tuesday between Foreign Minister Robert Dussey and Ghanaian Foreign Minister Samuel Okudzeto Ablakwa.",
      "2025-03-13",
    );
    expect(ms).toEqual([{ date: "2025-03-11", status: "held", kind: "talks", participants: ["Robert Dussey", "Samuel Okudzeto Ablakwa"] }]);
  });

  it("'Minister X's call with Minister Y on May 2' names only the two parties", () => {
    const ms = meetings(
      "Ottawa (GAC) – The Deputy Minister's trip follows Foreign Minister Mélanie Joly's call with Foreign Minister Penny Wong on May 2.",
      "2024-05-06",
    );
    expect(ms).toEqual([{ date: "2024-05-02", status: "held", kind: "phone_call", participants: ["Mélanie Joly", "Penny Wong"] }]);
  });
});

describe("verbs the frames lacked", () => {
  it("'held discussions with'", () => {
    const ms = meetings("Male (PSM) – Foreign Minister Abdulla Khaleel held discussions with Indian External Affairs Minister S. Jaishankar on Thursday.", "2025-01-03");
    expect(ms).toEqual([{ date: "2025-01-02", status: "held", kind: "talks", participants: ["Abdulla Khaleel", "S. Jaishankar"] }]);
  });

  it("'has been granted an audience with' is a reception on the report's day", () => {
    const ms = meetings("Apia (SO) – Australian Foreign Minister Penny Wong has been granted an audience with Head of State Tuimalealiifano Vaaletoa Sualauvi II at the state house.", "2024-10-23");
    expect(ms).toEqual([{ date: "2024-10-23", status: "held", kind: "reception", participants: ["Penny Wong", "Tuimalealiifano Vaaletoa Sualauvi II"] }]);
  });

  it.each([
    ["had a phone call with", "phone_call"],
    ["telephoned", "phone_call"],
    ["spoke by phone with", "phone_call"],
    ["hosted a dinner in honour of", "reception"],
    ["welcomed", "reception"],
    ["sat down with", "meeting"],
    ["conferred with", "meeting"],
    ["talked with", "meeting"],
    ["held bilateral consultations with", "talks"],
    ["held a tete-a-tete with", "meeting"],
  ])("'X %s Y'", (verb, kind) => {
    const ms = meetings(`Wellington (RNZ) – Prime Minister Christopher Luxon ${verb} Fijian Prime Minister Sitiveni Rabuka on Sunday.`, "2024-08-13");
    expect(ms).toEqual([{ date: "2024-08-11", status: "held", kind, participants: ["Christopher Luxon", "Sitiveni Rabuka"] }]);
  });

  it("', a day after X held talks with Y' is not among the objects of the first encounter", () => {
    const ms = meetings(
      "Wellington (RNZ) – Prime Minister Christopher Luxon met Fijian Prime Minister Sitiveni Rabuka on Sunday, a day after Foreign Minister Winston Peters held talks with Fijian Deputy Prime Minister Biman Prasad.",
      "2024-08-13",
    );
    expect(ms[0].participants).toEqual(["Christopher Luxon", "Sitiveni Rabuka"]);
  });

  it("'welcomed the results of ...' is no reception", () => {
    expect(meetings("Wellington (RNZ) – Prime Minister Christopher Luxon and Fijian Prime Minister Sitiveni Rabuka on Sunday welcomed the results of the maritime dialogue.", "2024-08-13")).toEqual([]);
  });

  it("'the council, chaired by the two presidents, would convene in March'", () => {
    const ms = meetings(
      "Nairobi (KNA) – President William Ruto spoke by phone with Ugandan President Yoweri Museveni on Monday. The two presidents agreed that the Joint Permanent Commission, chaired by the two presidents, would convene in Kampala in March.",
      "2025-01-14",
    );
    expect(ms.map((m) => [m.date, m.status, m.participants])).toEqual([
      ["2025-01-13", "held", ["William Ruto", "Yoweri Museveni"]],
      ["2025-03", "planned", ["William Ruto", "Yoweri Museveni"]],
    ]);
  });
});

describe("attendees told after the encounter", () => {
  it.each([
    "Present at the talks were Trade Minister Ruth Kinsella and Finance Minister Abel Okoro.",
    "The talks were attended by Trade Minister Ruth Kinsella and Finance Minister Abel Okoro.",
  ])("%s", (attendees) => {
    const ms = meetings(
      `Lusaka (ZNBC) – President Hakainde Hichilema held talks with Malawian President Lazarus Chakwera on Friday.\n\n${attendees}`,
      "2024-08-03",
    );
    expect(ms.map((m) => m.participants)).toEqual([["Abel Okoro", "Hakainde Hichilema", "Lazarus Chakwera", "Ruth Kinsella"]]);
  });
});
