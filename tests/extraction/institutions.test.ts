// Institutions with local names are not people (issue #11, names): legislatures, central banks,
// state companies, broadcasters, hospitals and palaces are organisations (organizations.json), and a
// title that names one of them takes its country.
import { describe, expect, it } from "vitest";
import { names, official, run } from "./helpers.ts";

describe("institutions are not people", () => {
  it.each([
    ["Tanzila Narbaeva, Chairman of the Senate of the Oliy Majlis, received the delegation on Monday.", "Oliy Majlis", "Tanzila Narbaeva"],
    ["Chairman of the Halk Maslahaty of Turkmenistan Gurbanguly Berdimuhamedov arrived in Tashkent on Monday.", "Halk Maslahaty", "Gurbanguly Berdimuhamedov"],
    ["The Amir received the minister at the Amiri Diwan, said Minister of Amiri Diwan Affairs Mohammad Abdullah Al-Sabah.", "Amiri Diwan", "Mohammad Abdullah Al-Sabah"],
    ["Al Jazeera reported that Minister of State Mohammed Al-Khulaifi had arrived in Bogota.", "Al Jazeera", "Mohammed Al-Khulaifi"],
    ["President Santiago Peña welcomed Foreign Minister Rubén Ramírez at Palacio de López on Tuesday.", "Palacio de López", "Rubén Ramírez"],
    ["Patients at Tan Tock Seng Hospital were visited by Health Minister Ong Ye Kung on Monday.", "Tan Tock Seng", "Ong Ye Kung"],
  ])("%s", (body, institution, person) => {
    const doc = run(body);
    expect(names(doc).some((n) => n.includes(institution))).toBe(false);
    expect(names(doc).some((n) => n.endsWith(person) || n === person)).toBe(true);
  });
});

describe("an institution in the title gives its country", () => {
  it.each([
    ["Bank Negara Governor Abdul Rasheed Ghaffour", "Abdul Rasheed Ghaffour", "MY"],
    ["SOCAR President Rovshan Najaf", "Rovshan Najaf", "AZ"],
    ["Speaker of the Knesset Mickey Levy", "Mickey Levy", "IL"],
    ["Speaker of the Verkhovna Rada Ruslan Stefanchuk", "Ruslan Stefanchuk", "UA"],
  ])("%s", (phrase, name, country) => {
    const doc = run(`${phrase} said on Monday that the talks had gone well.`);
    expect(official(doc, name)?.country).toBe(country);
  });
});
