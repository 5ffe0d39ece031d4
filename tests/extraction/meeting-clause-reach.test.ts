// Meetings whose parties or date sit outside the trigger's own phrase (issue #11, meetings, batch11):
// the second verb of a coordinated passive; an encounter told in a relative clause of an attendance
// sentence; a recall whose subject is a role plural ("The Heads of State last met"); "On the same day as
// the talks" (the talks' day, not the previous sentence's); planned consultations and credentials; a
// planned meeting of role plurals ("a meeting of their defence ministers ... in May") whose members the
// next sentence names; a host who "received his counterpart, followed by ..." with the delegations
// named in the next sentence.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const meetings = (body: string, date: string) =>
  run(body, date).meetings.map((m) => ({ date: m.date, status: m.status, participants: [...m.participants].sort() }));
const find = (ms: ReturnType<typeof meetings>, a: string, b: string) => ms.filter((m) => m.participants.includes(a) && m.participants.includes(b));

describe("the second verb of a coordinated passive", () => {
  it("'was later received by A at the palace, and met B' dates both encounters", () => {
    const ms = meetings(
      "Riga (LETA) – Estonian President Alar Karis held talks with Latvian President Edgars Rinkēvičs in Riga on Thursday.\n\nThe two presidents discussed air defence and the Rail Baltica line.\n\nKaris was later received by Prime Minister Evika Siliņa at the Cabinet, and met Saeima Speaker Daiga Mieriņa.",
      "2026-03-13",
    );
    expect(find(ms, "Alar Karis", "Evika Siliņa").map((m) => m.date)).toEqual(["2026-03-12"]);
    expect(find(ms, "Alar Karis", "Daiga Mieriņa").map((m) => m.date)).toEqual(["2026-03-12"]);
  });
});

describe("an encounter in a relative clause of an attendance sentence", () => {
  it("'attended by A and his Turkish counterpart B, who had met on Sunday evening'", () => {
    const ms = meetings(
      "Ankara (AA) – Prime Minister Giorgia Meloni held talks in Ankara on Monday with President Recep Tayyip Erdogan.\n\nThe meeting was also attended by Foreign Minister Antonio Tajani and his Turkish counterpart Hakan Fidan, who had met on Sunday evening to prepare the visit.",
      "2026-06-09",
    );
    expect(find(ms, "Antonio Tajani", "Hakan Fidan").filter((m) => m.participants.length === 2).map((m) => m.date)).toEqual(["2026-06-07"]);
  });
});

describe("a recall whose subject is a role plural", () => {
  it("'The Heads of State last met on the sidelines of ... in March 2025'", () => {
    const ms = meetings(
      "Accra (GNA) – President John Dramani Mahama held talks on Tuesday in Accra with Togolese President Faure Gnassingbé.\n\nMahama said the border posts would open next year. The Heads of State last met on the sidelines of the ECOWAS Summit in Abuja, Nigeria, in March 2025.",
      "2026-05-13",
    );
    expect(find(ms, "John Dramani Mahama", "Faure Gnassingbé").map((m) => m.date).sort()).toEqual(["2025-03", "2026-05-12"]);
  });
});

describe("a day pointing back past the previous sentence", () => {
  it("'On the same day as the talks' is the talks' day", () => {
    const ms = meetings(
      "Muscat (ONA) – Sultan Haitham bin Tarik held official talks yesterday with Kenyan President William Ruto.\n\nThe leaders discussed ports and fisheries.\n\nOn Sunday, the Kenyan President was received by Sayyid Theyazin bin Haitham at Al Alam Palace.\n\nOn the same day as the talks, Kenyan Cabinet Secretary John Mbadi met Omani Minister of Finance Sultan bin Salim al-Habsi.",
      "2026-03-03",
    );
    expect(find(ms, "John Mbadi", "Sultan bin Salim al-Habsi").map((m) => m.date)).toEqual(["2026-03-02"]);
  });
});

describe("planned encounters named by a purpose phrase", () => {
  it("'is scheduled to visit X in May for political consultations with his Y counterpart Z'", () => {
    const ms = meetings(
      "Havana (PL) – Cuban Foreign Minister Bruno Rodríguez Parrilla received Laotian Deputy Foreign Minister Phoxay Khaykhamphithoune in Havana on Monday.\n\nLaotian Foreign Minister Thongsavanh Phomvihane is scheduled to visit Cuba in May for political consultations with his Cuban counterpart Bruno Rodríguez Parrilla.",
      "2026-02-10",
    );
    expect(find(ms, "Thongsavanh Phomvihane", "Bruno Rodríguez Parrilla")).toEqual([
      { date: "2026-05", status: "planned", participants: ["Bruno Rodríguez Parrilla", "Thongsavanh Phomvihane"] },
    ]);
  });

  it("'a memorandum of understanding on political consultations' is an instrument's field, not an encounter", () => {
    const ms = meetings(
      "Rabat (MAP) – Foreign Minister Nasser Bourita held talks in Rabat on Monday with his Peruvian counterpart Elmer Schialer.\n\nThe two ministers also reviewed the memorandum of understanding on political consultations that was signed in Lima in 2021.",
      "2026-04-14",
    );
    expect(ms.map((m) => m.date)).toEqual(["2026-04-13"]);
  });

  it("'is expected to present his credentials to King X in October'", () => {
    const ms = meetings(
      "Thimphu (Kuensel) – King Jigme Khesar Namgyel Wangchuck received outgoing Indian Ambassador Sudhakar Dalela on Monday.\n\nThe new Ambassador, Mr. Sandeep Arya, is expected to present his credentials to King Jigme Khesar Namgyel Wangchuck in October.",
      "2026-08-11",
    );
    expect(find(ms, "Sandeep Arya", "Jigme Khesar Namgyel Wangchuck")).toEqual([
      { date: "2026-10", status: "planned", participants: ["Jigme Khesar Namgyel Wangchuck", "Sandeep Arya"] },
    ]);
  });
});

describe("role nouns resolve to a whole title word", () => {
  it("'His Majesty' is the King, not the 'Ambassador ... to the Kingdom'", () => {
    const ms = meetings(
      "Amman (Petra) – The Ambassador of Korea to the Kingdom, Mr. Lee Sang-jin, paid a farewell call on His Majesty King Abdullah II on Monday.\n\nLee Sang-jin thanked Jordan for its support during his term.\n\nKorea's new Ambassador, Mr. Park Min-su, is expected to present his credentials to His Majesty in December.",
      "2026-09-15",
    );
    expect(ms.filter((m) => m.status === "planned")).toEqual([{ date: "2026-12", status: "planned", participants: ["Abdullah II", "Park Min-su"] }]);
  });
});

describe("a planned meeting of role plurals whose members the next sentence names", () => {
  it("'agreed to convene a meeting of their defence ministers in Rome in May' then 'A will meet B at the meeting'", () => {
    const ms = meetings(
      "Seoul (Yonhap) – President Lee Jae-myung held talks with Italian Prime Minister Giorgia Meloni by phone on Feb. 3, and the two leaders agreed to convene a meeting of their foreign and defence ministers, known as the \"2+2,\" in Rome in May.\n\nDefence Minister Ahn Gyu-back will meet his Italian counterpart, Guido Crosetto, at the meeting.",
      "2026-02-04",
    );
    expect(find(ms, "Ahn Gyu-back", "Guido Crosetto")).toEqual([{ date: "2026-05", status: "planned", participants: ["Ahn Gyu-back", "Guido Crosetto"] }]);
    expect(ms.filter((m) => m.date === "2026-05" && m.participants.includes("Giorgia Meloni"))).toEqual([]);
  });
});

describe("a host who received 'his counterpart', the delegations named next", () => {
  const body =
    "PRESS RELEASE\n\n1. The Prime Minister of the Kingdom of Thailand, His Excellency Anutin Charnvirakul, undertook an Official Visit to Singapore from 3 to 5 March 2026 at the invitation of the Prime Minister of Singapore, Lawrence Wong.\n\n2. On 4 March 2026, Prime Minister Wong received his counterpart at the Istana, followed by a tete-a-tete and a delegation-level meeting. The Thai delegation included the Minister of Foreign Affairs, Sihasak Phuangketkeow, while the Singapore side included the Minister for Foreign Affairs, Vivian Balakrishnan.";
  it("'his counterpart' is the one of another country with the host's office", () => {
    const ms = meetings(body, "2026-03-05");
    expect(ms).toEqual([
      { date: "2026-03-04", status: "held", participants: ["Anutin Charnvirakul", "Lawrence Wong", "Sihasak Phuangketkeow", "Vivian Balakrishnan"] },
    ]);
  });
  it("a delegation named after a sentence that tells no delegation joins nothing", () => {
    const ms = meetings(
      "Kuala Lumpur (Bernama) – Prime Minister Anwar Ibrahim received Vietnamese Deputy Prime Minister Bui Thanh Son at Seri Perdana on Tuesday.\n\nThe two sides reaffirmed their trade target.\n\nThe Vietnamese delegation also included Vietnam's Ambassador to Malaysia Dinh Ngoc Linh.",
      "2025-06-25",
    );
    expect(ms.map((m) => m.participants)).toEqual([["Anwar Ibrahim", "Bui Thanh Son"]]);
  });
});

describe("a leader named only in a conveyed message is no antecedent", () => {
  it("'who conveyed greetings of President Y' then 'the Indonesian official'", () => {
    const ms = meetings(
      "DOHA, March 9 (QNA) -- His Highness the Amir Sheikh Tamim bin Hamad al-Thani received at the Amiri Diwan on Monday Indonesian Foreign Minister Sugiono Wibowo, who conveyed greetings of President Prabowo Subianto to His Highness.\n\nHis Excellency the Prime Minister Sheikh Mohammed bin Abdulrahman al-Thani also received the Indonesian official on the same day.",
      "2026-03-10",
    );
    expect(ms.map((m) => m.participants)).toEqual([
      ["Sugiono Wibowo", "Tamim bin Hamad al-Thani"],
      ["Mohammed bin Abdulrahman al-Thani", "Sugiono Wibowo"],
    ]);
  });
});
