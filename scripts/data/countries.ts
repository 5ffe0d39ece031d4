// Adds to src/extraction/data/countries.json and places.json every UN member state that the hand
// list lacks, with its names, demonyms and capital, from the maintained world-countries package
// (a dev dependency: the extractor reads only its own JSON files). Hand-written rows come first and
// are never changed: they hold the spellings news reports use ("RoK", "Lao") that the package lacks.
// Usage: npx tsx scripts/data/countries.ts   (then review the diff and run the extraction tests)
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

interface Row {
  code: string;
  name: string;
  aliases: string[];
  demonyms: string[];
  matchCode?: boolean;
  shortForms?: string[];
}
interface WorldCountry {
  cca2: string;
  unMember: boolean;
  name: { common: string; official: string };
  altSpellings: string[];
  capital?: string[];
  demonyms?: { eng?: { m: string; f: string } };
}

const require = createRequire(import.meta.url);
const world = require("world-countries/countries.json") as WorldCountry[];
const DATA = new URL("../../src/extraction/data/", import.meta.url);
const countriesFile = new URL("countries.json", DATA);
const placesFile = new URL("places.json", DATA);
const rows = JSON.parse(readFileSync(countriesFile, "utf8")) as Row[];
const places = JSON.parse(readFileSync(placesFile, "utf8")) as { name: string; country: string }[];

// Spellings the package lists that are words or names in English text more often than countries.
const SKIP_NAMES = new Set(["Male", "Victoria", "Kingston", "Georgetown"]);
// Native spellings that are English words ("Island" for Iceland read "Pacific Island Affairs" as Iceland's).
const SKIP_ALIASES = new Set(["Island"]);
// Plain Latin spellings only: the reports are in English, and transliterations with diacritics
// ("Azərbaycan Respublikası") never occur in them.
const latin = (s: string) => /^[A-Za-z][A-Za-z .'()-]{3,60}$/.test(s) && !/^[A-Z]{2,3}$/.test(s);

// States with their own government that are not UN members, whose leaders meet others as heads of
// government ("Cook Islands Prime Minister"): the package lists them among dependent territories.
const SELF_GOVERNING = new Set(["CK", "NU", "XK"]);
// The demonyms news reports use where the package gives a rare form or the country's name
// ("Maldivan", "Djibouti", "Kirghiz", "Tadzhik"): added beside the package's, never instead of them.
const COMMON_DEMONYMS: Record<string, string[]> = {
  MV: ["Maldivian"],
  DJ: ["Djiboutian"],
  KG: ["Kyrgyz", "Kyrgyzstani"],
  TJ: ["Tajik", "Tajikistani"],
  CV: ["Cape Verdean"],
  SI: ["Slovenian"],
  SR: ["Surinamese"],
  BA: ["Bosnian"],
  AG: ["Antiguan"],
  IS: ["Icelandic"],
  EC: ["Ecuadorian"],
  KN: ["Kittitian"],
  VC: ["Vincentian"],
  ST: ["Santomean"],
  GW: ["Bissau-Guinean"],
  LS: ["Basotho"],
  BW: ["Botswanan"],
  TL: ["East Timorese"],
  CD: ["Congolese"],
};

// Abbreviations news reports use for a country beside its name ("PNG Minister for Defence"); the package has none.
const COMMON_ALIASES: Record<string, string[]> = {
  PG: ["PNG"],
};

const have = new Set(rows.map((r) => r.code));
let added = 0;
for (const w of world.filter((c) => c.unMember || SELF_GOVERNING.has(c.cca2)).sort((a, b) => a.cca2.localeCompare(b.cca2))) {
  if (have.has(w.cca2)) continue;
  const aliases = [...new Set([w.name.official, ...w.altSpellings].filter((s) => latin(s) && s !== w.name.common && !SKIP_ALIASES.has(s)))];
  const demonyms = [...new Set([w.demonyms?.eng?.m, w.demonyms?.eng?.f].filter((s): s is string => !!s && latin(s)))];
  // Two-letter codes are not matched as words for these rows: "Al", "So", "To" are common tokens.
  rows.push({ code: w.cca2, name: w.name.common, aliases, demonyms, matchCode: false });
  added++;
}
// "President X of the Federative Republic of Brazil": a release names a guest's country by its official long name, which
// the hand rows lack; added beside their spellings, never instead of them.
const byCode = new Map(world.map((w) => [w.cca2, w]));
let longNames = 0;
for (const r of rows) {
  const official = byCode.get(r.code)?.name.official;
  if (!official || !latin(official) || official === r.name || r.aliases.includes(official)) continue;
  r.aliases.push(official);
  longNames++;
}
let demonyms = 0;
for (const r of rows) {
  for (const a of COMMON_ALIASES[r.code] ?? []) if (!r.aliases.includes(a)) r.aliases.push(a);
  for (const d of COMMON_DEMONYMS[r.code] ?? []) {
    if (r.demonyms.includes(d)) continue;
    r.demonyms.push(d);
    demonyms++;
  }
}
const known = new Set(places.map((p) => p.name));
let capitals = 0;
for (const w of world.filter((c) => c.unMember || SELF_GOVERNING.has(c.cca2))) {
  for (const cap of w.capital ?? []) {
    if (known.has(cap) || SKIP_NAMES.has(cap) || !latin(cap)) continue;
    places.push({ name: cap, country: w.cca2 });
    known.add(cap);
    capitals++;
  }
}
// One row a line, as the hand-written files are, so that a diff shows one line per country.
const oneRowALine = (list: unknown[], sep = "") => "[\n" + list.map((r) => JSON.stringify(r).replace(/":/g, `":${sep}`).replace(/,"/g, `,${sep}"`)).join(",\n") + "\n]\n";
writeFileSync(countriesFile, oneRowALine(rows));
writeFileSync(placesFile, oneRowALine(places, " "));
console.log(`added ${added} countries, ${longNames} official names, ${demonyms} demonyms and ${capitals} capitals`);
