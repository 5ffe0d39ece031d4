// Several encounters told together (issue #11, meetings): a list after a colon, a series of meetings "including with"
// several counterparts, the host's talks with each guest of a summit, a passive reception coordinated with a call,
// a gerund opener ("Before meeting the president,") that dates the talks after it, attendees told by "The discussions
// also included", and recalls that name the pair, not an attendee or a minister styled "Prince".
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const meetings = (body: string, date = "2024-11-12") =>
  run(body, date).meetings.map((m) => ({ date: m.date, participants: [...m.participants].sort() }));
const withRoles = (body: string, date = "2024-11-12") => run(body, date).meetings.map((m) => ({ roles: m.roles.map((r) => `${r.name}:${r.role}`) }));

describe("a list of encounters", () => {
  it("'received farewell calls from three heads of mission: A; B; and C' is one reception per envoy", () => {
    const ms = meetings(
      "VALDORIA, 12 November - King Aldric Venmoor today consented to receive farewell calls at the Summer Palace from three outgoing heads of mission: High Commissioner of Pakistan, Tariq Mehmood Qazi; Ambassador of Oman, Sheikh Hamad bin Said Al Rawahi; and Ambassador of Uzbekistan, Mr Dilshod Karimovich Tursunov.",
    );
    expect(ms.map((m) => m.participants)).toEqual([
      ["Aldric Venmoor", "Tariq Mehmood Qazi"],
      ["Aldric Venmoor", "Hamad bin Said Al Rawahi"],
      ["Aldric Venmoor", "Dilshod Karimovich Tursunov"],
    ]);
  });

  it("'the Ambassador of the Republic of Uzbekistan paid a farewell call on X': the envoy of that country", () => {
    const ms = meetings(
      "VALDORIA, 12 November - King Aldric Venmoor today received Ambassador of Uzbekistan Dilshod Karimovich Tursunov at the Summer Palace.\n\nEarlier on the same day, the Ambassador of the Republic of Uzbekistan paid a farewell call on the Permanent Secretary at the Ministry of Foreign Affairs, Corvina Aldesse Marrow.",
    );
    expect(ms).toContainEqual({ date: "2024-11-12", participants: ["Corvina Aldesse Marrow", "Dilshod Karimovich Tursunov"] });
  });

  it("'held a series of bilateral meetings on the sidelines of the X Meeting in Lima, including with A, B and C': one per counterpart", () => {
    const ms = meetings(
      "Lima, November 12 (ANI): External Affairs Minister Rohan Vikram Desai on Monday held a series of bilateral meetings on the sidelines of the G20 Foreign Ministers' Meeting in Lima, including with Kenyan Foreign Minister Otieno Wambua Kariuki, Chilean Foreign Minister Ignacia Rosales Vergara and Swedish Foreign Minister Elsa Margareta Lindqvist.",
    );
    expect(ms).toEqual([
      { date: "2024-11-11", participants: ["Otieno Wambua Kariuki", "Rohan Vikram Desai"] },
      { date: "2024-11-11", participants: ["Ignacia Rosales Vergara", "Rohan Vikram Desai"] },
      { date: "2024-11-11", participants: ["Elsa Margareta Lindqvist", "Rohan Vikram Desai"] },
    ]);
  });

  it("'paid a courtesy call on A and was received separately by B': two receptions of the visitor", () => {
    const ms = withRoles(
      "KUALA LUMPUR, Nov 12 (Bernama) -- Prime Minister Haris Zulkarnain today held talks with Ghanaian Vice President Kwabena Owusu Asante at Perdana Putra.\n\nAsante, who arrived in Kuala Lumpur on Sunday for a three-day official visit, also paid a courtesy call on Deputy Prime Minister Rosli Mahadi and was received separately by Foreign Minister Azman Kamaruddin at Wisma Putra.",
    );
    expect(ms.map((m) => m.roles)).toEqual([
      ["Haris Zulkarnain:participant", "Kwabena Owusu Asante:participant"],
      ["Kwabena Owusu Asante:guest", "Rosli Mahadi:host"],
      ["Kwabena Owusu Asante:guest", "Azman Kamaruddin:host"],
    ]);
  });
});

describe("the day of an encounter told after another", () => {
  it("'Before meeting the president, X held talks with Y' is the day of the reception by the president", () => {
    const ms = meetings(
      "Bogor (ANTARA) - President Bagus Wiryawan received Turkish Vice President Kemal Aydoğan at Bogor Palace on Monday.\n\nThe two countries agreed to conclude their trade negotiations next year.\n\nBefore meeting the president, Aydoğan held talks with Vice President Hendra Kusumo at the Vice Presidential Palace in Jakarta.",
    );
    expect(ms).toEqual([
      { date: "2024-11-11", participants: ["Bagus Wiryawan", "Kemal Aydoğan"] },
      { date: "2024-11-11", participants: ["Hendra Kusumo", "Kemal Aydoğan"] },
    ]);
  });
});

describe("the day 'today' means", () => {
  it("a dateline with a weekday and an ordinal ('VALDORIA, Tuesday, 12th November 2024 -') over the next day's header", () => {
    const ms = meetings(
      "VALDORIA, Tuesday, 12th November 2024 - King Aldric Venmoor today received the credentials of Ambassador of Uzbekistan Dilshod Karimovich Tursunov at the Summer Palace.",
      "2024-11-13",
    );
    expect(ms).toEqual([{ date: "2024-11-12", participants: ["Aldric Venmoor", "Dilshod Karimovich Tursunov"] }]);
  });
});

describe("the host's talks inside a summit", () => {
  const summit =
    "Dushanbe, 12.11.2024 - President of the Republic of Tajikistan Davron Rustamzoda, President of the Kyrgyz Republic Almaz Temirbekov and President of the Republic of Uzbekistan Farrukh Nazarov held a trilateral meeting in Dushanbe today.\n\nBefore the summit, the Leader of the Nation held bilateral talks with President Almaz Temirbekov, and later with President Farrukh Nazarov.\n\nThe three leaders last held a trilateral meeting in Khujand in March 2023.";

  it("'Before the summit, the Leader of the Nation held bilateral talks with B, and later with C': the host with each guest, that day", () => {
    const ms = meetings(summit);
    expect(ms.slice(0, 3)).toEqual([
      { date: "2024-11-12", participants: ["Almaz Temirbekov", "Davron Rustamzoda", "Farrukh Nazarov"] },
      { date: "2024-11-12", participants: ["Almaz Temirbekov", "Davron Rustamzoda"] },
      { date: "2024-11-12", participants: ["Davron Rustamzoda", "Farrukh Nazarov"] },
    ]);
  });

  it("'The three leaders last held a trilateral meeting' after the bilateral talks is the three, not the last pair", () => {
    expect(meetings(summit)[3]).toEqual({ date: "2023-03", participants: ["Almaz Temirbekov", "Davron Rustamzoda", "Farrukh Nazarov"] });
  });
});

describe("attendees and the pair of a recall", () => {
  const report =
    "Georgetown, Guyana – President Dr Rashid Ameerally on Thursday hosted the Most Honourable Desmond Clarke, ON, PC, MP, Prime Minister of Jamaica, at State House, where the two leaders held bilateral talks.\n\nThe discussions also included Prime Minister Brigadier (Ret'd) Leon Fitzroy Persaud, Foreign Affairs Minister Tessa Ramcharan and Jamaica's Minister of Foreign Affairs and Foreign Trade, Senator the Hon. Marcia Grant Palmer.\n\nThe two leaders last met in Montego Bay in July.";

  it("'The discussions also included A, B and C' join the talks just told", () => {
    expect(meetings(report, "2024-11-15")[0]).toEqual({
      date: "2024-11-14",
      participants: ["Desmond Clarke", "Leon Fitzroy Persaud", "Marcia Grant Palmer", "Rashid Ameerally", "Tessa Ramcharan"],
    });
  });

  it("'Also present at the talks were A and B' after talks and then a reception: the talks", () => {
    const ms = meetings(
      "KUALA LUMPUR, Nov 12 (Bernama) -- Prime Minister Haris Zulkarnain today held talks with Ghanaian Vice President Kwabena Owusu Asante at Perdana Putra.\n\nAsante, who arrived on Sunday, was later received by Foreign Minister Azman Kamaruddin at Wisma Putra.\n\nAlso present at the talks were Ghanaian High Commissioner Kofi Mensah Boateng and Malaysian High Commissioner Farid Hakimi Yusri.",
    );
    expect(ms).toEqual([
      { date: "2024-11-12", participants: ["Farid Hakimi Yusri", "Haris Zulkarnain", "Kofi Mensah Boateng", "Kwabena Owusu Asante"] },
      { date: "2024-11-12", participants: ["Azman Kamaruddin", "Kwabena Owusu Asante"] },
    ]);
  });

  it("'Also present at the calls were A and B': the calls of that day on the same host, not a call on another official", () => {
    const ms = meetings(
      "NAY PYI TAW, 12 November - Union Minister for Foreign Affairs U Zaw Min Htike received Ambassador of Laos Bounmy Sisavath at the Ministry of Foreign Affairs today.\n\nOn the same day, the Ambassador also called on Deputy Minister for Commerce Daw Khin Mya Thwe.\n\nSeparately, Union Minister U Zaw Min Htike received Ambassador of Nepal Prakash Raj Adhikari in the evening.\n\nAlso present at the calls were Permanent Secretary U Kyaw Soe Lin and Director-General Daw Thandar Aung.",
    );
    expect(ms).toEqual([
      { date: "2024-11-12", participants: ["Bounmy Sisavath", "Kyaw Soe Lin", "Thandar Aung", "Zaw Min Htike"] },
      { date: "2024-11-12", participants: ["Bounmy Sisavath", "Khin Mya Thwe"] },
      { date: "2024-11-12", participants: ["Kyaw Soe Lin", "Prakash Raj Adhikari", "Thandar Aung", "Zaw Min Htike"] },
    ]);
  });

  it("'On the Ukrainian side, it was attended by A and B; on the Norwegian side, by C' after the meeting: all join it", () => {
    const ms = meetings(
      "President of Ukraine Taras Melnychuk met with Prime Minister of the Kingdom of Norway Sigrun Haldorsen Vik, who arrived in Kyiv on a visit today.\n\nThe meeting took place first in a one-on-one format and then with the participation of the delegations. On the Ukrainian side, it was attended by Head of the Office of the President Oleh Kravchuk and Minister of Foreign Affairs Dmytro Savchenko; on the Norwegian side, by Minister of Foreign Affairs Eirik Brekke Lunde.",
    );
    expect(ms).toEqual([
      { date: "2024-11-12", participants: ["Dmytro Savchenko", "Eirik Brekke Lunde", "Oleh Kravchuk", "Sigrun Haldorsen Vik", "Taras Melnychuk"] },
    ]);
  });

  it("'The two leaders last met' after a reception 'in the presence of' a leader: the host and his guest", () => {
    const ms = meetings(
      "Georgetown, Guyana – President Dr Rashid Ameerally on Thursday hosted the Most Honourable Desmond Clarke, ON, PC, MP, Prime Minister of Jamaica, at State House, in the presence of Prime Minister Brigadier (Ret'd) Leon Fitzroy Persaud.\n\nThe two leaders last met in Montego Bay in July.",
      "2024-11-15",
    );
    expect(ms[1]).toEqual({ date: "2024-07", participants: ["Desmond Clarke", "Rashid Ameerally"] });
  });

  it("'The Crown Prince and X last met' is the Crown Prince, not a minister styled Prince", () => {
    const ms = meetings(
      "JEDDAH — Talks between Crown Prince and Prime Minister Mohammed bin Faisal and Pakistan's Prime Minister Imran Qadir Shehzad at Al-Salam Palace in Jeddah on Tuesday focused on energy.\n\nDuring the talks, which were attended by Minister of Foreign Affairs Prince Turki bin Nawaf and Pakistan's Foreign Minister Asif Raza Malik, the two sides reviewed their defence agreement.\n\nPrince Turki and Malik also met on Monday to prepare the visit. The Crown Prince and Shehzad last met in Riyadh in October 2023.",
    );
    expect(ms[ms.length - 1]).toEqual({ date: "2023-10", participants: ["Imran Qadir Shehzad", "Mohammed bin Faisal"] });
  });
});
