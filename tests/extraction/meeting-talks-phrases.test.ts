// Talks told in phrases the frames missed (issue #11, meetings, batch22): "held delegation-level talks", an instrument
// signed "following talks", and a reference ("The meeting at the palace lasted an hour") with no encounter told before.
import { describe, expect, it } from "vitest";
import { meetings, run } from "./helpers.ts";

const lead = "Foreign Minister Raj Kumar and his French counterpart Jean Dupont on Wednesday called for an early conclusion of negotiations.";

describe("held QUALIFIER talks", () => {
  it.each(["delegation-level", "wide-ranging", "in-depth", "extensive", "frank and cordial"])("held %s talks", (q) => {
    expect(meetings(`${lead} The two ministers held ${q} talks at Hyderabad House.`, "2026-03-05")).toEqual([["2026-03-04", "held", ["Jean Dupont", "Raj Kumar"]]]);
  });

  it("'held no talks' tells no encounter", () => {
    expect(meetings(`${lead} The two ministers held no talks at Hyderabad House.`, "2026-03-05")).toEqual([]);
  });
});

// "A and B signed an agreement on policing following talks in Canberra": the instrument's field ends at the preposition,
// and the talks are the pair's encounter; with a present perfect and no day, on the report's own day (batch22).
describe("an instrument signed following talks", () => {
  it("dated by its sentence", () => {
    expect(meetings("Prime Minister Anna Berg and her Fijian counterpart Jone Tuilagi signed a new agreement on policing after talks in Canberra on Wednesday.", "2026-04-09")).toEqual([
      ["2026-04-08", "held", ["Anna Berg", "Jone Tuilagi"]],
    ]);
  });

  it("told in the present perfect with no day: the report's day", () => {
    expect(meetings("Prime Minister Anna Berg and her Fijian counterpart Jone Tuilagi have signed a new agreement on policing following talks at Parliament House in Canberra.", "2026-04-09")).toEqual([
      ["2026-04-09", "held", ["Anna Berg", "Jone Tuilagi"]],
    ]);
  });

  it("a field of the instrument is no encounter ('an agreement on political consultations')", () => {
    expect(meetings("Prime Minister Anna Berg and her Fijian counterpart Jone Tuilagi have signed an agreement on political consultations.", "2026-04-09")).toEqual([]);
  });
});

// "A and B reached an understanding on Tuesday. The meeting at the palace lasted an hour and a half": with no encounter
// told before it, the reference is the two principals' encounter, on the day told before it (batch22).
describe("a reference to an encounter no verb told", () => {
  const lead = "Argentine President Javier Milei and his Paraguayan counterpart, Santiago Peña, reached an understanding on Tuesday on the debt of the dam.";

  it.each(["The meeting at the Palacio de López lasted an hour and a half.", "The talks, held behind closed doors, focused on energy.", "The two-hour meeting took place at the presidential palace."])("%s", (ref) => {
    expect(meetings(`${lead} ${ref}`, "2026-05-27")).toEqual([["2026-05-26", "held", ["Javier Milei", "Santiago Peña"]]]);
  });

  it("talks about a deal are no encounter ('The talks on the treaty stalled')", () => {
    expect(meetings(`${lead} The talks on the treaty stalled in 2023.`, "2026-05-27")).toEqual([]);
  });
});

// "The annual leaders' meeting, which ran for most of the day, was also attended by A and B": modifiers and an aside
// before the attendance; the pair told signing on Wednesday just before is the encounter's (batch22).
describe("attendance of a qualified meeting with an aside", () => {
  it("adds the attendees to the principals' encounter", () => {
    const body =
      "Prime Minister Anna Berg and her New Zealand counterpart Tom Reid signed a defence treaty at Kirribilli House on Wednesday. The treaty commits the two countries to joint planning. The annual leaders' meeting, which ran for most of the day, was also attended by Defence Minister Ray Marsh and New Zealand's Defence Minister, Jo Collins.";
    expect(meetings(body, "2026-08-27")).toEqual([["2026-08-26", "held", ["Anna Berg", "Jo Collins", "Ray Marsh", "Tom Reid"]]]);
  });
});

// "A and B agreed Thursday to ... At their meeting at the prime minister's office, A and B also welcomed ...": the fronted
// meeting has no day of its own and takes the one the sentence before gives (batch22).
describe("a fronted meeting with no day of its own", () => {
  it("takes the day told just before", () => {
    const body = "Prime Minister Kenji Arai and Philippine President Jose Santos agreed Thursday to start negotiations on a defence pact. At their meeting at the prime minister's office in Tokyo, Arai and Santos also welcomed the progress of the access agreement.";
    expect(meetings(body, "2026-09-11")).toEqual([["2026-09-10", "held", ["Jose Santos", "Kenji Arai"]]]);
  });
});

// "X held a summit with Y ... <two sentences on its topics> The small-group summit was followed by an expanded summit
// attended by A, B and C": the attendees join the summit told three sentences before (batch25).
describe("an expanded session told a few sentences after the encounter", () => {
  it("joins its attendees to it", () => {
    const body = [
      "President Lee Min-ho held a summit with Polish President Jan Nowak at the presidential office on Wednesday.",
      "Lee said the defence cooperation between the two countries had become a model of partnership.",
      "Under a contract signed last year, a Korean firm will deliver 180 tanks to Poland by 2031.",
      "The small-group summit was followed by an expanded summit attended by National Security Adviser Park Sung-ho and Polish Defence Minister Adam Kowal.",
    ].join(" ");
    expect(meetings(body, "2026-08-06")).toEqual([["2026-08-05", "held", ["Adam Kowal", "Jan Nowak", "Lee Min-ho", "Park Sung-ho"]]]);
  });
});

// "A and B led the ministerial segment of the Bi-National Commission": a session the pair led is their encounter
// (batch23); leading a delegation is not.
describe("a segment or session led by two people", () => {
  it("is their working session", () => {
    expect(meetings("On Tuesday, Minister Ronald Lamola and Namibia's Minister Selma Ashipala-Musavyi led the ministerial segment of the commission.", "2026-08-05")).toEqual([
      ["2026-08-04", "held", ["Ronald Lamola", "Selma Ashipala-Musavyi"]],
    ]);
  });

  it("leading a delegation tells no encounter", () => {
    expect(meetings("On Tuesday, President William Ruto led the Kenyan delegation to the summit.", "2026-08-05")).toEqual([]);
  });
});

// "A discussed with the Emir of Qatar, B, on Wednesday in Doha humanitarian assistance": an agency calque of "held talks
// with" (batch23); "discussed with reporters" is none, and after a call it is that call.
describe("discussed with", () => {
  it("tells the pair's encounter", () => {
    expect(meetings("The head of the Sovereignty Council, Gen. Abdel Fattah al-Burhan, discussed with the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, on Wednesday in Doha humanitarian assistance.", "2026-05-14")).toEqual([
      ["2026-05-13", "held", ["Abdel Fattah al-Burhan", "Tamim bin Hamad Al Thani"]],
    ]);
  });

  it("with reporters tells none", () => {
    expect(meetings("President William Ruto discussed with reporters on Wednesday the railway project.", "2026-05-14")).toEqual([]);
  });

  it("after a phone call is that call", () => {
    expect(run("President William Ruto held a phone call with President Yoweri Museveni on Wednesday. Ruto discussed with Museveni the railway project.", "2026-05-14").meetings.map((m) => m.kind)).toEqual(["phone_call"]);
  });
});

// "said in her press conference on Wednesday that she had spoken by phone with Y on Monday": the day between the
// reporting verb and its "that" dates the saying (batch22).
describe("a day of the saying before 'that'", () => {
  it("does not date the call reported", () => {
    expect(meetings("President Claudia Sheinbaum said in her morning press conference on Wednesday that she had spoken by phone with President Donald Trump on Monday.", "2026-07-02")).toEqual([
      ["2026-06-29", "held", ["Claudia Sheinbaum", "Donald Trump"]],
    ]);
  });
});

// Talks held today, then "X invited Y to visit New Delhi for the next round of political consultations": the undated
// plan is not the talks, which stay held (batch26).
describe("an undated plan after the talks", () => {
  it("leaves the talks held", () => {
    const body = "Foreign Minister Helen Byrne held talks in Dublin with Indian Minister of External Affairs Raj Kumar on Thursday. Kumar invited Ms Byrne to visit New Delhi for the next round of political consultations.";
    expect(run(body, "2026-03-13").meetings.map((m) => [m.date, m.status])).toEqual([["2026-03-12", "held"]]);
  });
});

// "The two leaders last met ..." after talks that a deputy prime minister attended: the two leaders, not the deputy
// (batch25).
describe("'the two leaders' after talks with a deputy present", () => {
  it("are the prime ministers", () => {
    const body = [
      "Prime Minister Sitiveni Rabuka held talks with his Solomon Islands counterpart Jeremiah Manele in Suva on Tuesday.",
      "Fiji's Deputy Prime Minister Manoa Kamikamica also attended the talks.",
      "The two leaders last met on the sidelines of the Forum Leaders Meeting in Honiara in September 2025.",
    ].join(" ");
    expect(meetings(body, "2026-11-12")).toEqual([
      ["2026-11-10", "held", ["Jeremiah Manele", "Manoa Kamikamica", "Sitiveni Rabuka"]],
      ["2025-09", "held", ["Jeremiah Manele", "Sitiveni Rabuka"]],
    ]);
  });
});

// "X hosted the Trilateral Ministerial Meeting, attended by A and B. Later, the visiting ministers called on Prime
// Minister Y": the guests of that meeting, not its host, called on Y (batch22).
describe("'the visiting ministers' after a meeting one of them hosted", () => {
  it("are its guests", () => {
    const body = "Foreign Minister Mohammad Ishaq Dar on Thursday hosted the fourth Trilateral Ministerial Meeting of Pakistan, Türkiye and Azerbaijan, attended by Turkish Foreign Minister Hakan Fidan and Azerbaijani Foreign Minister Jeyhun Bayramov. Later, the visiting ministers called on Prime Minister Muhammad Shehbaz Sharif at the Prime Minister's House.";
    expect(meetings(body, "2026-10-15")).toEqual([
      ["2026-10-15", "held", ["Hakan Fidan", "Jeyhun Bayramov", "Mohammad Ishaq Dar"]],
      ["2026-10-15", "held", ["Hakan Fidan", "Jeyhun Bayramov", "Muhammad Shehbaz Sharif"]],
    ]);
  });
});

// "After the JCBC, Minister X paid a courtesy call on President Y": a session named by its acronym dates the call to its
// day (batch18).
describe("after a session named by its acronym", () => {
  it("the call is on the session's day", () => {
    const body = "Jakarta, 19 August 2026 - Foreign Minister Budi Santoso and Foreign Minister of Viet Nam Le Hoai Trung today co-chaired the 6th Joint Commission for Bilateral Cooperation (JCBC) in Jakarta. After the JCBC, Minister Trung paid a courtesy call on President Prabowo Subianto at the Merdeka Palace.";
    expect(meetings(body, "2026-08-19")).toEqual([
      ["2026-08-19", "held", ["Budi Santoso", "Le Hoai Trung"]],
      ["2026-08-19", "held", ["Le Hoai Trung", "Prabowo Subianto"]],
    ]);
  });
});

// "held a working meeting with his Cabo Verdean counterpart": a counterpart narrowed by a demonym is the one minister of
// that country (batch18).
describe("his DEMONYM counterpart", () => {
  it("is that country's holder of the same office", () => {
    const body = "The summit was also attended by the Minister of State and Foreign Affairs, Paulo Rangel, and the Minister of Foreign Affairs of Cabo Verde, José Luís Livramento. On Tuesday, 31 March, Minister Paulo Rangel held a working meeting with his Cabo Verdean counterpart at the Palácio das Necessidades.";
    expect(meetings(body, "2026-04-02")).toEqual([["2026-03-31", "held", ["José Luís Livramento", "Paulo Rangel"]]]);
  });
});
