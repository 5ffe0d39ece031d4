// Clause-level meeting frames (issue #11, meetings): the parties of an encounter are the officials of
// its clause — the subject (coordinated or not), the objects up to the end of the clause — and not
// the source quoted for it, nor a name in a later phrase; voice decides host and guest.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const meetings = (body: string, date = "2024-05-17") =>
  run(body, date).meetings.map((m) => ({ kind: m.kind, date: m.date, status: m.status, participants: [...m.participants].sort(), roles: m.roles }));

describe("the source of the report is no party", () => {
  it.each([
    "Prime Minister Petteri Orpo will hold talks with President Edgars Rinkevics in Riga on Monday, government spokesman Jussi Lehto said.",
    "Prime Minister Petteri Orpo will hold talks with President Edgars Rinkevics in Riga on Monday, according to spokesman Jussi Lehto.",
  ])("%s", (body) => {
    expect(meetings(`Helsinki (STT) – ${body}`)).toEqual([expect.objectContaining({ date: "2024-05-20", status: "planned", participants: ["Edgars Rinkevics", "Petteri Orpo"] })]);
  });
});

describe("frames without an object: the coordinated subject are the parties", () => {
  it("signed the accords after holding talks", () => {
    const ms = meetings(
      "Oslo (NTB) – Norway and Chile on Wednesday signed two accords on green shipping.\n\nTrade Minister Cecilie Myrseth and Chilean Economy Minister Nicolás Grau signed the accords after holding talks at the ministry.",
    );
    expect(ms).toEqual([expect.objectContaining({ kind: "talks", date: "2024-05-15", participants: ["Cecilie Myrseth", "Nicolás Grau"] })]);
  });

  it("'spoke by phone' takes no object from a later phrase", () => {
    const ms = meetings(
      "Ottawa (CP) – Prime Minister Justin Trudeau held a video call with President Andrés Manuel López Obrador on Thursday.\n\nThe two leaders first spoke by phone in March, days after Foreign Minister Mélanie Joly returned from Mexico City.",
    );
    expect(ms.map((m) => [m.date, m.participants])).toEqual([
      ["2024-05-16", ["Andrés Manuel López Obrador", "Justin Trudeau"]],
      ["2024-03", ["Andrés Manuel López Obrador", "Justin Trudeau"]],
    ]);
  });

  it("held a working session with X", () => {
    const ms = meetings("Accra (GNA) – Trade Minister Kobina Tahir Hammond held a working session with Bavarian State Minister Hubert Aiwanger in Accra on Monday.");
    expect(ms).toEqual([expect.objectContaining({ kind: "working_session", date: "2024-05-13", participants: ["Hubert Aiwanger", "Kobina Tahir Hammond"] })]);
  });
});

describe("objects end with their clause", () => {
  it("', in the first visit ... of the X government' adds nobody", () => {
    const ms = meetings(
      "Lima (Andina) – Foreign Minister Javier González-Olaechea held talks in Lima on Monday with his Bolivian counterpart Celinda Sosa, in the first visit to Peru by a member of the Arce government.",
    );
    expect(ms.map((m) => m.participants)).toEqual([["Celinda Sosa", "Javier González-Olaechea"]]);
  });

  it("'met X and confirmed ... the prime minister's trip' adds nobody", () => {
    const ms = meetings(
      "Tokyo (Kyodo) – Prime Minister Fumio Kishida held talks with President Rodrigo Duterte on Wednesday. On the same day, Foreign Minister Yoko Kamikawa met Philippine Foreign Secretary Enrique Manalo and confirmed close coordination ahead of the prime minister's trip.",
    );
    expect(ms.map((m) => m.participants)).toEqual([
      ["Fumio Kishida", "Rodrigo Duterte"],
      ["Enrique Manalo", "Yoko Kamikawa"],
    ]);
  });
});

describe("voice and participles", () => {
  it("'where he was received by X': the guest is the sentence's subject", () => {
    const ms = meetings(
      "Munich (dpa) – Bavarian Premier Markus Söder met Chief Minister Siddaramaiah Gowda in Bengaluru on Monday, accompanied by Economy Minister Hubert Aiwanger.\n\nAiwanger said Bavarian firms want to invest in Karnataka.\n\nOn Tuesday Söder travelled to New Delhi, where he was received by Commerce Minister Piyush Goyal.",
    );
    const m = ms.find((x) => x.participants.includes("Piyush Goyal"));
    expect(m).toMatchObject({ date: "2024-05-14", participants: ["Markus Söder", "Piyush Goyal"] });
    expect(m!.roles).toEqual(expect.arrayContaining([{ name: "Markus Söder", role: "guest" }, { name: "Piyush Goyal", role: "host" }]));
  });

  it("'the commission, co-chaired by A and B, will meet in CITY in MONTH': planned, dated to the month ahead", () => {
    const ms = meetings(
      "Astana (Kazinform) – The intergovernmental commission, co-chaired by Deputy Prime Minister Serik Zhumangarin and Deputy Prime Minister Shahin Mustafayev, will hold its next meeting in Baku in November.",
    );
    expect(ms).toEqual([expect.objectContaining({ date: "2024-11", status: "planned", participants: ["Serik Zhumangarin", "Shahin Mustafayev"] })]);
  });

  it("'The Greek minister was later received by X': a role noun with a demonym is the guest", () => {
    const ms = meetings(
      "Ankara (AA) – Turkish Foreign Minister Hakan Fidan hosted his Greek counterpart Giorgos Gerapetritis in Ankara on Monday for talks.\n\nThe Greek minister was later received by President Recep Tayyip Erdogan at the Presidential Complex.",
    );
    const m = ms.find((x) => x.participants.includes("Recep Tayyip Erdogan"));
    expect(m).toMatchObject({ date: "2024-05-13", participants: ["Giorgos Gerapetritis", "Recep Tayyip Erdogan"] });
    expect(m!.roles).toEqual(expect.arrayContaining([{ name: "Giorgos Gerapetritis", role: "guest" }]));
  });
});
