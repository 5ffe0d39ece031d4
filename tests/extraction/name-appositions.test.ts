// "Title, Name," appositions without a style (issue #11, names): the comma after the name closes
// the apposition, so the title before the first comma is the person's, and a country at the end of
// that title (in brackets too) is the person's country.
import { describe, expect, it } from "vitest";
import { names, official, run } from "./helpers.ts";

describe("Title, Name, ...", () => {
  it.each([
    ["The Foreign Minister of Ghana, Shirley Ayorkor Botchwey, said on Monday that trade would grow.", "Shirley Ayorkor Botchwey", "Foreign Minister", "GH"],
    ["The British Ambassador to Senegal, Juliette John, who attended the signing, said the project mattered.", "Juliette John", "Ambassador to Senegal", "GB"],
    ["The Prime Minister of Fiji, Sitiveni Rabuka, received the delegation in Suva on Tuesday.", "Sitiveni Rabuka", "Prime Minister", "FJ"],
    ["Also present was the Minister of Industry and Commerce of Zimbabwe, Mangaliso Ndlovu.", "Mangaliso Ndlovu", "Minister of Industry and Commerce", "ZW"],
  ])("%s", (body, name, title, country) => {
    const doc = run(body);
    expect(names(doc)).toContain(name);
    expect(official(doc, name)?.title).toBe(title);
    expect(official(doc, name)?.country).toBe(country);
  });

  it.each([
    ["The meeting was attended by the Consul General of Sweden in Jerusalem, Lars Erik Holm.", "Lars Erik Holm", "SE"],
    ["On Friday she will meet the Prime Minister of Côte d'Ivoire, Koffi Adama Diallo.", "Koffi Adama Diallo", "CI"],
  ])("a title that ends in a place or a country of several words before the comma (%s)", (body, name, country) => {
    const doc = run(body);
    expect(names(doc)).toContain(name);
    expect(official(doc, name)?.country).toBe(country);
  });

  it("an international body's officer keeps no country ('President of the European Commission, Ursula von der Leyen, said')", () => {
    const doc = run('President of the European Commission, Ursula von der Leyen, said: "Chile is a reliable partner."');
    expect(names(doc)).toContain("Ursula von der Leyen");
    expect(official(doc, "Ursula von der Leyen")?.country).toBeNull();
  });

  it("a place-named given name after such a title ('The President of the Republic, Santiago Peña Palacios,')", () => {
    const doc = run("The President of the Republic, Santiago Peña Palacios, received the minister on Tuesday.");
    expect(names(doc)).toEqual(["Santiago Peña Palacios"]);
    expect(official(doc, "Santiago Peña Palacios")?.title).toBe("President of the Republic");
  });

  it("a country in brackets closes the title ('of the Republic of China (Taiwan), Lin Chia-lung,')", () => {
    const doc = run("Peña received the Minister of Foreign Affairs of the Republic of China (Taiwan), Lin Chia-lung, who is on an official visit.");
    expect(official(doc, "Lin Chia-lung")?.country).toBe("TW");
  });

  it("a country's possessive before the office leaves the title ('X, Nigeria's Minister of Foreign Affairs,')", () => {
    const doc = run("Shirley Ayorkor Botchwey met Yusuf Tuggar, Nigeria's Minister of Foreign Affairs, in Abuja on Monday.");
    expect(official(doc, "Yusuf Tuggar")?.title).toBe("Minister of Foreign Affairs");
    expect(official(doc, "Yusuf Tuggar")?.country).toBe("NG");
  });

  it("a comma before a name that goes on with a verb is no apposition ('On Monday, President X met ...')", () => {
    const doc = run("In Hanoi, Pham Minh Chinh met the delegation on Monday. Prime Minister Pham Minh Chinh spoke.");
    expect(official(doc, "Pham Minh Chinh")?.title).toBe("Prime Minister");
  });
});
