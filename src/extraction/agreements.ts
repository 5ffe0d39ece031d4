// Agreements: named instruments (MoU, joint statement, agreement, treaty, ...) with the title as
// written, the kind in snake case, and a status taken from the nearest status cue.
import type { Doc, Sent } from "./doc.ts";
import { evidenceOf } from "./doc.ts";
import type { AgreementStatus } from "./types.ts";
import { type PhraseHit, cues, lookupCountry, tokenCountry, functionWords, personalTitles, styles, titleWords, titleOpeners, instrumentCapitalOnly, instrumentDeterminers, instrumentEvaluative, instrumentGeneric, instrumentHeads, instrumentPurposes, instrumentLoose, instrumentAmounts, instrumentDocuments, instrumentModifiers, instrumentNonTopic, instrumentVerbs, knownInstruments } from "./gazetteers.ts";
import { cuePattern, escapeRe, fold, lowerText, mayMatch } from "./text.ts";
import { looksLikeHeadline } from "./reader.ts";

const HEADS = Object.entries(instrumentHeads).sort((a, b) => b[0].length - a[0].length);
// A head ends where letters end, not at \b: "Joint Communiqué" ends in a letter that \b does not count as one.
const HEAD_RE = cuePattern(`\\b(${HEADS.map(([h]) => escapeRe(h).replace(/\s+/g, "\\s+")).join("|")})(?![\\p{L}\\p{N}_])`, "giu");
const PLURAL_HEADS = new Set(["memoranda of understanding", "memorandums of understanding", "mous", "agreements", "contracts"]);
// The singular a plural head's instruments are named by ("including one on X": "memorandum of understanding on X").
const SINGULAR: Record<string, string> = { "memoranda of understanding": "memorandum of understanding", "memorandums of understanding": "memorandum of understanding", mous: "MoU", agreements: "agreement", contracts: "contract" };
// "a memorandum on X and another on Y", "twelve memorandums, including one on X and another on Y": instruments told by
// ellipsis, one per complement.
// "two memoranda, one on X and the other on Y": a bare "one" after the comma opens the list too.
const ELLIPSIS_OPEN_RE = /^\s*(?:\([^)]{1,15}\)\s*)?(?:,?\s+(?:and|including|among\s+them|notably|namely|such\s+as)\s+|,\s+(?=one\s))(?=(?:one|another|a\s+second|a\s+third|the\s+other)\s+(?:on|for|in\s+the\s+field\s+of|regarding|concerning)\s)/i;
const ELLIPSIS_ITEM_RE = /^(?:one|another|a\s+second|a\s+third|the\s+other)\s+(?=(?:on|for|in\s+the\s+field\s+of|regarding|concerning)\s)/i;
const ELLIPSIS_NEXT_RE = /^(?:,\s*(?:and\s+)?|\s+and\s+)(?=(?:one|another|a\s+second|a\s+third|the\s+other)\s)/i;
const STATUS_ORDER: AgreementStatus[] = ["under_negotiation", "in_force", "signed", "proposed"];
const STATUS_RES = STATUS_ORDER.map((st) => ({
  status: st,
  re: cuePattern(`\\b(?:${cues.statusCues[st].map((c) => escapeRe(c).replace(/\s+/g, "\\s+")).join("|")})`, "giu"),
}));
// "will start negotiations on an", "agreed to begin negotiating a": negotiations still to start, right before the instrument.
const alt = (words: string[]) => words.map((w) => escapeRe(w).replace(/\s+/g, "\\s+")).join("|");
// "to begin negotiations on a revision of the", "to start talks on updating the": a change of an instrument still to be negotiated.
const REVISION_OF = `(?:\\s+(?:${alt(cues.negotiationStarts.revisions)})(?:\\s+(?:of|to))?(?:\\s+(?:an?|the|its|their|this|that|existing|current))*)?`;
// "agreed to begin negotiations on a bilateral Labour Mobility Arrangement": lower-case words of scope (instruments.json
// `modifiers`) between the article and a capitalised name are outside the title, yet still part of the governed phrase.
const SCOPE_BEFORE_NAME = `(?:\\s+(?:${alt([...instrumentModifiers])})){0,2}`;
const NEGOTIATION_START_RE = new RegExp(
  `(?<![\\p{L}\\p{M}\\d'’])(?:${alt(cues.negotiationStarts.intent)})\\s+(?:(?:formally|officially|now|soon|shortly|also)\\s+)?(?:${alt(cues.negotiationStarts.verbs)})\\s+(?:${alt(cues.negotiationStarts.objects)})(?:\\s+(?:on|for|over|about|towards?))?(?:\\s+(?:an?|the|new|possible|revised|updated|amended))*${REVISION_OF}${SCOPE_BEFORE_NAME}\\s+$`,
  "iu",
);
// "are expected to announce the launch of negotiations on an", "called for the opening of talks on a": a start told as a
// noun after an intention or a call.
const NEGOTIATION_START_NOUN_RE = new RegExp(
  `(?<![\\p{L}\\p{M}\\d'’])(?:${alt(cues.negotiationStarts.nounIntent)})\\s+(?:[\\p{Ll}-]+\\s+){0,3}?(?:the\\s+)?(?:${alt(cues.negotiationStarts.nouns)})\\s+of\\s+(?:formal\\s+|official\\s+)?(?:${alt(cues.negotiationStarts.objects)})(?:\\s+(?:on|for|over|about|towards?))?(?:\\s+(?:an?|the|new|possible))*${REVISION_OF}\\s+$`,
  "iu",
);
// Words that may precede a head inside a capitalised title ("Comprehensive and Progressive Agreement").
const TITLE_JOINERS = new Set(["and", "of", "for", "on", "in", "the", "-", "–"]);
// "signed a power trade agreement on Sunday": a day is when, not what about; "renewed for another four years" is how
// long. "in the field of youth and sports": a field is what about; so is what a plan or convention is "against" ("a
// joint action plan against irregular migration").
// "an agreement to avoid double taxation": an infinitive of purpose (instruments.json `purposes`) names it too.
const COMPLEMENT_RE = new RegExp(
  String.raw`^\s*(?:\([^)]{1,15}\)\s*)?(?:on|of|for|against|between|concerning|regarding|to\s+(?:${instrumentPurposes.map((v) => v.replace(/ /g, String.raw`\s+`)).join("|")})|amending|establishing|supplementing|extending|renewing|prolonging|upgrading|elevating|in\s+the\s+(?:fields?|areas?|spheres?|domains?)\s+of)\b(?!\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tomorrow|yesterday|behalf|the\s+(?:sidelines?|side-lines?|margins?|occasion|eve)|(?:another\s+|a\s+further\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:more\s+|further\s+)?(?:years?|months?))\b)`,
  "i",
);
// "the Supplementary Treaty to the 1985 Treaty on ...": a year may open the instrument supplemented.
const CAPITAL_COMPLEMENT_RE = /^\s+to\s+the(?=\s+(?:(?:19|20)\d\d\s+)?\p{Lu})/u;
// A title ends at a clause boundary: a comma before a capitalised word that starts a clause (", Japan will
// provide", not ", Investment and Tourism"), a finite verb ("covers training", "entered into force"), or a verb
// coordinated with the one that governs the instrument ("signing an MoU on X and discussing Airbus orders", "agreed to
// finalise the MoU on X and to start negotiations on Y").
// A line break ends a title unless the line was cut in mid-phrase ("a treaty on the navigation and\nmaintenance of ...").
// ("a Joint Statement on X for adoption at the next summit": what it is for ends the title.)
// (", Agriculture Secretary Francisco Tiu Laurel Jr. said Wednesday": a reporting clause after the comma ends it too.)
const COMPLEMENT_STOP_RE =
  /,(?=\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,7}(?:said|says|told|stated|noted|added|announced)\b)|\n(?![ \t]*\p{Ll})(?<!\b(?:of|the|and|on|for|in|an?|to|with)[ \t]*\n)|[,;.](?!\d)(?!\s+\p{Lu}[\p{Ll}]+(?:-\p{Lu}?[\p{Ll}]+)*(?:,|\s+(?:and|&|of|for|on|in|the)\b|\s+\p{Lu}|\s*$)(?!Agreement|Memorandum|MoU|Joint))|\s+to\s+(?:replace|supersede)\s+(?:the\s+(?:one|old|previous|existing|earlier)|it)\b|\s+(?:now|being|which|that|who|signed|issued|reached|adopted|took|takes|came|comes|entered|enters|goes|went|covers|includes|provides|aims|seeks|sets|allows|enables|envisages|outlines|stipulates|establishes|focuses|paves|creates|requires|expires|remains|has|have|had|was|were|is|are|will|would|should|could|must|may|might|shall|as|at|during|so)\b|\s+and\s+\p{Ll}+ing\s+(?=\p{Lu}|(?:a|an|the|their|its|his|her|ways|views|plans|measures)\b)|\s+in\s+(?=\p{Ll}+ing\b|\d)|\s+(?:next|last|later|earlier|soon|today|yesterday|tomorrow|before|after)\b|\s+for\s+(?:adoption|signature|approval|endorsement)\b|\s+(?:by|for)\s+(?:another\s+|a\s+further\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|another)\s+(?:more\s+|further\s+)?(?:years?|months?)\b|\s+on\s+(?=behalf\b|the\s+(?:sidelines?|side-lines?|margins?|occasion)\b)|\s+(?:on|by|from|since|until|in)\s+(?=(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)|\s+and\s+\p{Ll}+ed\b|\s+and\s+to\s+\p{Ll}|\s+(?:along|together)\s+with\b|\s+and\s+the\s+(?=(?:Agreed\s+)?(?:Minutes|Memorandum|Agreement|Protocol|Treaty|Convention|Joint\s+(?:Statement|Declaration|Communiqu)|Action\s+Plan|Exchange\s+of\s+(?:Notes|Letters))\b)|\s+and\s+(?:of\s+|on\s+)?(?:an?|another|the\s+other|two|three|four|five|six|seven|eight|nine|ten|several)\s+|\s+\((?!\p{Lu}[\p{L}\d-]{1,12}\)\s*(?:[.;,]|$|(?!(?:and|or|but|as|to|which|that|who|is|are|was|were|will|would|has|have|had|in|on|at|for|of|with|by|from|signed|between|such)\b)\p{Ll}))/u;

// "The realignment of the FIR boundary, under an agreement that ...": a sentence opened by a noun phrase of "the N of X"
// and an instrument in apposition to it.
const SUBJECT_BEFORE_RE = /^\s*(The\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+\s+of\s+[^,;:()"“”]{3,90}?),\s+(?:under|by|through|pursuant\s+to)\s+(?:an?|the)\s+$/u;
const RELATIVE_AFTER_RE = /^\s*,?\s+(?:that|which)\s/;
// "with the Ministry of Energy, Petroleum and Mines of the Republic of Senegal", "with Uzbekistan": a capitalised partner.
const WITH_PARTNER_RE =
  /^\s*(?:\([^)]{1,15}\)\s*)?with\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:(?:,\s+|\s+(?:of|and|the|&)\s+|\s+)(?:the\s+)?\p{Lu}[\p{L}'’-]*)*/u;
const PARTNER_END_RE = /^\s*(?:[,;.]|\s(?:is|are|was|were|will|would|has|have|had|signed|to)\b|$)/;
// ("the Second Protocol to Amend ...": an ordinal too.)
const NAMED_NUMBERS = new Set(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "twenty", "first", "second", "third", "fourth", "fifth", "sixth"]);
// "..., to replace the one in force since 1983, will begin in the second half": negotiations still to start.
const STARTS_LATER_RE = /^[^.;]*?\b(?:will|are\s+to|are\s+(?:expected|due|scheduled|set)\s+to|would)\s+(?:formally\s+|officially\s+)?(?:begin|start|open|be\s+launched|commence|get\s+under\s*way)\b/iu;
const GERUND_BEFORE_RE = /\b\p{Ll}{3,}ing\s+(?:an?|the|two|three|several)\s+$/u;

const TITLE_YEARS_RE = /^\s+(?:19|20)\d\d(?:\s*[-–]\s*(?:(?:19|20)\d\d|\d\d))?(?![\d%])(?!\s*(?:per\s*cent|percent|million|billion)\b)/;
const PHASE_BEFORE_RE = /(?<![\p{L}-])(?:first|second|third|fourth|fifth|sixth|next|new|final)\s+(?:phase|stage)\s+of\s+the\s+$/iu;
const SOURCE_BEFORE_RE = /\b(?:according\s+to|(?:said|stated|announced|noted)\s+in)\s+(?:an?|the|their)\s+$/i;
const YEAR_RE = /^(?:19|20)\d\d$/;
const ORDINALS = new Set(["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]);

// "The treaty, in force since 1973, governs ...": a bare head with the article, set off by a comma before its state.
// Only as the sentence's subject: a bare head inside a clause ("called on Baghdad to respect the agreement, which had been
// in force since 2013") may mean an instrument the report never named.
const BARE_REFERENCE_RE = /^\s*(?:the|this|that)\s+(treaty|agreement|convention|protocol|accord|pact|memorandum|mou|charter)\s*,\s/iu;

/** "The Itaipu Treaty ...", then "The treaty, in force since 1973, governs the plant": a bare definite head, with words
 * right after it that tell a state, names the one instrument of its kind the last two sentences told; that state tells
 * the instrument's better than a cue that only stood near its first mention. */
function bareReference(doc: Doc, s: Sent, found: Found[], toldBy: Map<Doc["agreements"][number], number>): void {
  const m = BARE_REFERENCE_RE.exec(s.text);
  if (!m) return;
  const start = s.start + m.index + m[0].indexOf(m[1]);
  const end = start + m[1].length;
  if (found.some((f) => f.start < end && f.end > start)) return;
  const kind = instrumentHeads[fold(m[1])] ?? "agreement";
  const near = doc.agreements.filter((a) => a.kind === kind && a.evidence.some((e) => e.sentence < s.index && e.sentence >= s.index - 2));
  if (near.length !== 1 || (toldBy.get(near[0]) ?? 2) >= 2) return;
  const told = { rank: 0 };
  const status = statusOf(doc, s, { start, end, kind, title: m[1], acronym: null }, found, told);
  if (told.rank !== 2) return;
  near[0].status = status;
  toldBy.set(near[0], 2);
  near[0].evidence.push(evidenceOf(doc, s.index, start, end));
}

interface Found {
  start: number;
  end: number;
  kind: string;
  title: string;
  acronym: string | null;
}

export function findAgreements(doc: Doc): void {
  const descriptions = new Set<Doc["agreements"][number]>();
  const seen = new Map<string, number>();
  const byContent = new Map<string, number>(); // kind and words of content -> index
  const acronyms = new Map<string, number>(); // an acronym as written -> index
  const toldBy = new Map<Doc["agreements"][number], number>(); // how an instrument's state was told (statusOf's rank)
  for (const s of doc.sentences) {
    const found = findInstruments(doc, s);
    // "the Comprehensive Economic Partnership Agreement (CEPA)", then "The India-Oman CEPA was signed in 2025": the acronym
    // alone names the instrument again (its status may be told there or after it).
    for (const t of acronyms.size ? s.toks : []) {
      const idx = acronyms.get(t.text);
      if (idx === undefined || found.some((f) => t.start < f.end && t.end > f.start)) continue;
      const a = doc.agreements[idx];
      if (a && !a.evidence.some((e) => e.sentence === s.index)) a.evidence.push(evidenceOf(doc, s.index, t.start, t.end));
    }
    bareReference(doc, s, found, toldBy);
    let prev: { f: Found; index: number } | null = null;
    for (const f of found) {
      // "a joint statement on a global strategic partnership, dubbed the Downing Accord": one instrument, two names.
      if (prev && ALIAS_RE.test(doc.text.slice(prev.f.end, f.start))) {
        doc.agreements[prev.index].evidence.push(evidenceOf(doc, s.index, f.start, f.end));
        seen.set(fold(f.title).replace(/[^a-z0-9]+/g, " ").trim(), prev.index);
        if (f.acronym) seen.set(fold(f.acronym), prev.index);
        continue;
      }
      prev = { f, index: doc.agreements.length };
      const key = f.acronym ? fold(f.acronym) : fold(f.title).replace(/[^a-z0-9]+/g, " ").trim();
      const keyTitle = fold(f.title).replace(/[^a-z0-9]+/g, " ").trim();
      if (seen.has(key) || seen.has(keyTitle)) {
        const idx = seen.get(key) ?? seen.get(keyTitle)!;
        prev.index = idx;
        const a = doc.agreements[idx];
        // "Annex C of the Yacyretá Treaty will be signed ...", then "The Yacyretá Treaty, signed in 1973, has been in force
        // since 1974": words that describe a later mention tell its state better than a cue that only stood near the first.
        // (A first mention whose state no cue told, "urged X to back a swift conclusion of the Y", takes the state a
        // governing verb tells at a later one: "Negotiations on the Y have been under way since 2022".)
        const before = toldBy.get(a) ?? 2;
        if (!a.evidence.some((e) => e.sentence === s.index) && before < 2) {
          const told = { rank: 0 };
          const status = statusOf(doc, s, f, found, told);
          if (told.rank === 2 || (before < 0 && told.rank === 1)) {
            a.status = status;
            toldBy.set(a, told.rank);
          }
        }
        a.evidence.push(evidenceOf(doc, s.index, f.start, f.end));
        continue;
      }
      // "the Advanced Framework Agreement" after "the EU-Chile Advanced Framework Agreement (AFA)": the same
      // instrument named without its parties.
      const longer = /^\p{Lu}/u.test(f.title) && keyTitle.includes(" ") ? doc.agreements.findIndex((a) => a.kind === f.kind && fold(a.title).replace(/[^a-z0-9]+/g, " ").trim().endsWith(` ${keyTitle}`)) : -1;
      // "a memorandum of understanding between Japan and Indonesia on cooperation in maritime safety", then "the
      // Japan-Indonesia MoU on maritime safety cooperation": the same words of content, the same instrument.
      const content = contentOf(f.title);
      const reworded = longer < 0 && content ? (byContent.get(`${f.kind}\u0000${content}`) ?? -1) : -1;
      // "a five-year rice supply agreement", then "The rice agreement would build on ...": a definite lower-case title whose
      // words of content all belong to an earlier instrument of its kind names that instrument again.
      const back =
        reworded < 0 && longer < 0 && content && /^\p{Ll}/u.test(f.title) && DEFINITE_BEFORE_RE.test(doc.text.slice(Math.max(s.start, f.start - 6), f.start))
          ? earlierWithWords(doc, f.kind, content.split(" "))
          : -1;
      // "agreed ... to sign a treaty on the Paraná-Paraguay waterway" in the lead, then "a treaty on the navigation and
      // maintenance of the Paraná-Paraguay waterway" in the body: the lead's instrument told in full.
      const restated = back < 0 && reworded < 0 && longer < 0 && content && /^\p{Ll}/u.test(f.title) && s.index > 0 ? leadInstrument(doc, f.kind, content.split(" ")) : -1;
      if (restated >= 0) {
        doc.agreements[restated].evidence.push(evidenceOf(doc, s.index, f.start, f.end));
        prev.index = restated;
        seen.set(keyTitle, restated);
        continue;
      }
      if (back >= 0) {
        doc.agreements[back].evidence.push(evidenceOf(doc, s.index, f.start, f.end));
        prev.index = back;
        seen.set(keyTitle, back);
        continue;
      }
      if (reworded >= 0) {
        doc.agreements[reworded].evidence.push(evidenceOf(doc, s.index, f.start, f.end));
        prev.index = reworded;
        seen.set(keyTitle, reworded);
        continue;
      }
      if (longer >= 0) {
        doc.agreements[longer].evidence.push(evidenceOf(doc, s.index, f.start, f.end));
        prev.index = longer;
        seen.set(keyTitle, longer);
        continue;
      }
      const told = { rank: 0 };
      const status = statusOf(doc, s, f, found, told);
      doc.agreements.push({
        kind: f.kind,
        title: f.title.replace(LINE_BREAK_RE, " "),
        status,
        parties: partiesOf(doc, s, f),
        proposer: proposerOf(doc, s, f),
        evidence: [evidenceOf(doc, s.index, f.start, f.end)],
      });
      toldBy.set(doc.agreements[doc.agreements.length - 1], told.rank);
      if (isDescription(doc, f)) descriptions.add(doc.agreements[doc.agreements.length - 1]);
      seen.set(key, doc.agreements.length - 1);
      seen.set(keyTitle, doc.agreements.length - 1);
      if (f.acronym && /^[A-Z][A-Z0-9-]+$/.test(f.acronym)) acronyms.set(f.acronym, doc.agreements.length - 1);
      if (content && !byContent.has(`${f.kind}\u0000${content}`)) byContent.set(`${f.kind}\u0000${content}`, doc.agreements.length - 1);
    }
  }
  dropAskedOnly(doc, toldBy);
  mergeHeadline(doc);
  mergeNamedLater(doc);
  mergeDescriptions(doc, descriptions);
  mergeLoose(doc);
  mergeShortForms(doc, toldBy);
  dropGeneric(doc);
  enteredForce(doc);
  textInNegotiation(doc);
  pendingRatification(doc);
}

/** "the EU-Mercosur Agreement" and "the EU-Mercosur Partnership Agreement" in one report: a capitalised title that keeps
 * the first and last words of a longer one of its kind and leaves out only words between them is a short form of it,
 * whichever comes first. Kept under the full name; the state is the one told more surely (the full name's if equal). A
 * short form that two full names could stand for ("... Partnership Agreement", "... Interim Trade Agreement") stays. */
function mergeShortForms(doc: Doc, toldBy: Map<Doc["agreements"][number], number>): void {
  const wordsOf = (t: string) => fold(t).split(/[^a-z0-9]+/).filter(Boolean);
  const within = (short: string[], long: string[]) => {
    if (short.length < 2 || short.length >= long.length || short[0] !== long[0] || short[short.length - 1] !== long[long.length - 1]) return false;
    let k = 0;
    for (const w of long) if (k < short.length && w === short[k]) k++;
    return k === short.length;
  };
  for (let i = doc.agreements.length - 1; i >= 0; i--) {
    const a = doc.agreements[i];
    if (!/^\p{Lu}/u.test(a.title)) continue;
    const short = wordsOf(a.title);
    const full: number[] = [];
    for (let j = Math.max(0, i - LOOK_BACK); j < Math.min(doc.agreements.length, i + LOOK_BACK) && full.length < 2; j++) {
      const b = doc.agreements[j];
      if (j !== i && b.kind === a.kind && /^\p{Lu}/u.test(b.title) && within(short, wordsOf(b.title))) full.push(j);
    }
    if (full.length !== 1) continue;
    const t = doc.agreements[full[0]];
    if ((toldBy.get(a) ?? 0) > (toldBy.get(t) ?? 0)) {
      t.status = a.status;
      toldBy.set(t, toldBy.get(a)!);
    }
    t.evidence = [...t.evidence, ...a.evidence].sort((x, y) => x.start - y.start);
    doc.agreements.splice(i, 1);
  }
}

/** "called on the private sectors to make full use of the African Continental Free Trade Area": a named instrument told
 * only inside calls and requests, its state told by no cue of its own, is what the speaker asks about, not an instrument of the
 * report. */
function dropAskedOnly(doc: Doc, toldBy: Map<Doc["agreements"][number], number>): void {
  for (let i = doc.agreements.length - 1; i >= 0; i--) {
    const a = doc.agreements[i];
    // (A cue farther off, "..., and proposed that the two ports set up a joint venture", tells of another act.)
    if ((toldBy.get(a) ?? 2) > 0 || a.status !== "proposed" || !/^\p{Lu}/u.test(a.title)) continue;
    const asked = (e: { sentence: number; start: number; end: number }) => doc.proposals.some((p) => p.kind !== "proposal" && p.kind !== "suggestion" && p.evidence.some((x) => x.sentence === e.sentence && x.start <= e.start && x.end >= e.end));
    if (a.evidence.every(asked)) doc.agreements.splice(i, 1);
  }
}

const PENDING_RE = new RegExp(`\\b(?:${alt(cues.pendingRatification.cues)})\\b`, "i");
// "The pact is ...", "It has ...": the next sentence opens with a reference to the instrument just named.
const REFERENCE_OPEN_RE = new RegExp(`^\\s*(?:(?:${alt(cues.pendingRatification.references)})\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${HEADS.map(([h]) => escapeRe(h).replace(/\s+/g, "\\s+")).join("|")}|pact|deal|accord)\\b|it\\b)`, "iu");

const ACRONYM_OPEN_RE = /^\s*[Tt]he\s+(\p{Lu}{2,8})\b/u;
const OPERATING_RE = new RegExp(`\\b(?:${alt(cues.enteredForce.operating)})\\b`, "i");
const ENTERED_FORCE_RE = new RegExp(`\\b(?:${alt(cues.enteredForce.cues)})\\b`, "i");

/** Another instrument named after `last` (one of `a`'s mentions) in its sentence or anywhere in the next: a state told
 * there may be that one's. */
function otherNamedAfter(doc: Doc, a: Doc["agreements"][number], last: { sentence: number; start: number }): boolean {
  return doc.agreements.some((b) => b !== a && b.evidence.some((x) => (x.sentence === last.sentence && x.start > last.start) || x.sentence === last.sentence + 1));
}

/** "the long-term power trade agreement signed in January 2024 ... The agreement has been in force since then": a signed
 * instrument the next sentence, opening with a reference to it, tells in force is in force. */
function enteredForce(doc: Doc): void {
  for (const a of doc.agreements) {
    if (a.status !== "signed") continue;
    const last = a.evidence[a.evidence.length - 1];
    // "The memorandum on coast guard cooperation, signed in 2023, already provides for a hotline": told as working, in its
    // own clause.
    const s = doc.sentences[last.sentence];
    if (a.evidence.some((e) => OPERATING_RE.test(doc.text.slice(e.end, doc.sentences[e.sentence].end).split(NEXT_INSTRUMENT_RE)[0].split(OTHER_CLAUSE_RE)[0])) && !PENDING_RE.test(doc.text.slice(last.end, s.end))) {
      a.status = "in_force";
      continue;
    }
    const next = doc.sentences[last.sentence + 1];
    // ("The CEPA, ratified by both sides, came into force this year": the instrument's acronym is a reference to it too.)
    const acronym = ACRONYM_OPEN_RE.exec(next?.text ?? "");
    const refers = !!next && (REFERENCE_OPEN_RE.test(next.text) || (!!acronym && acronymOf(a.title, acronym[1])));
    if (!next || !refers || !ENTERED_FORCE_RE.test(next.text) || PENDING_RE.test(next.text)) continue;
    // (Only the last instrument named before it, and an opening that names no other one.)
    if (otherNamedAfter(doc, a, last)) continue;
    a.status = "in_force";
  }
}

const TEXT_STATE = `(?:${alt(cues.textInNegotiation.states)})`;
const TEXT_IN_NEGOTIATION_RE = new RegExp(`\\b(?:the|its)\\s+(?:${alt(cues.textInNegotiation.nouns)})\\b[^.;]{0,60}?\\b${TEXT_STATE}\\b|\\b(?:${alt(cues.textInNegotiation.reviews)})\\b`, "i");
const TEXT_OF_BEFORE_RE = new RegExp(`\\b(?:${alt(cues.textInNegotiation.nouns)})\\s+of\\s+(?:the\\s+)?$`, "i");
const TEXT_STATE_RE = new RegExp(`\\b${TEXT_STATE}\\b`, "i");

/** "would sign a critical minerals supply agreement within weeks. Officials confirmed the text was in its final stage": an
 * instrument only proposed whose text the report tells in negotiation is under negotiation. */
function textInNegotiation(doc: Doc): void {
  for (const a of doc.agreements) {
    if (a.status !== "proposed") continue;
    const last = a.evidence[a.evidence.length - 1];
    const s = doc.sentences[last.sentence];
    const after = doc.text.slice(last.end, s.end).split(NEXT_INSTRUMENT_RE)[0];
    // "the text of the X Arrangement was almost there": the text named before it, its state after it.
    const own = TEXT_IN_NEGOTIATION_RE.test(after) || (TEXT_OF_BEFORE_RE.test(doc.text.slice(Math.max(s.start, last.start - 20), last.start)) && TEXT_STATE_RE.test(after));
    const next = doc.sentences[last.sentence + 1];
    const later = !!next && TEXT_IN_NEGOTIATION_RE.test(next.text) && !otherNamedAfter(doc, a, last);
    if (own || later) a.status = "under_negotiation";
  }
}

/** "reviewed the implementation of the CEPA. The India-Oman CEPA was signed in December. The pact is awaiting ratification":
 * an instrument told as awaiting ratification is signed, not in force. */
function pendingRatification(doc: Doc): void {
  for (const a of doc.agreements) {
    if (a.status !== "in_force") continue;
    const pending = a.evidence.some((e) => {
      const s = doc.sentences[e.sentence];
      // Its own sentence, after it and before another instrument.
      if (PENDING_RE.test(doc.text.slice(e.end, s.end).split(NEXT_INSTRUMENT_RE)[0])) return true;
      // The next sentence, when it opens with a reference and this is the last instrument named before it.
      const next = doc.sentences[e.sentence + 1];
      if (!next || !REFERENCE_OPEN_RE.test(next.text) || !PENDING_RE.test(next.text)) return false;
      // "The broader Advanced Framework Agreement still awaits ratification": the opening names another instrument.
      if (doc.agreements.some((b) => b !== a && b.evidence.some((x) => x.sentence === e.sentence + 1 && x.start - next.start < 40))) return false;
      return !doc.agreements.some((b) => b !== a && b.evidence.some((x) => x.sentence === e.sentence && x.start > e.start));
    });
    if (pending) a.status = "signed";
  }
}

/** "proposed that the three countries work out a trilateral arrangement", "negotiations on an upgraded free trade
 * agreement": a generic instrument, nothing named, is not an instrument until the report tells its signing. */
function dropGeneric(doc: Doc): void {
  for (let i = doc.agreements.length - 1; i >= 0; i--) {
    const a = doc.agreements[i];
    if (/[\p{Lu}\d]/u.test(a.title)) continue;
    HEAD_RE.lastIndex = 0;
    const head = HEAD_RE.exec(a.title);
    HEAD_RE.lastIndex = 0;
    if (!head || head.index + head[0].length !== a.title.length) continue;
    // ("a good agreement matters more than a fast one": words that judge an instrument name none, whatever its status.)
    const judged = fold(a.title.slice(0, head.index)).split(/[^a-z-]+/).filter(Boolean);
    if (judged.length > 0 && judged.every((w) => instrumentEvaluative.has(w))) {
      doc.agreements.splice(i, 1);
      continue;
    }
    if (a.status !== "proposed" && a.status !== "under_negotiation") continue;
    // ("negotiations on a bilateral free trade agreement": a compound head names an instrument on its own, as it does
    // with no word before it.)
    if (/\s/.test(head[0].trim())) continue;
    const words = fold(a.title.slice(0, head.index)).split(/[^a-z-]+/).filter(Boolean);
    if (words.length > 0 && words.every((w) => instrumentGeneric.has(w))) doc.agreements.splice(i, 1);
  }
}

// "the trade pact", "the mutual defence treaty between the two countries", "its intergovernmental agreement": a definite
// lower-case title that names no party and has no complement but the parties every bilateral instrument has.
const DESCRIPTION_DETERMINER_RE = /\b(?:the|this|that|its|their|whose|said)\s+$/i;
const PARTIES_TAIL_RE = /\sbetween\s+(?:the\s+two\s+(?:countries|sides|nations|governments|states)|them)$/i;
const DESCRIPTION_TAIL_RE = /^(?:\s+between\s+(?:the\s+two\s+(?:countries|sides|nations|governments|states)|them))?$/i;

// "the migration agreement signed in Samarkand", "the power trade agreement signed by Nepal, India and Bangladesh": a
// description with its own signing is an instrument of its own.
const OWN_SIGNING_RE = /^\s+(?:signed|concluded|inked|reached|sealed)\s+(?:by|in|at|on|with|last|between)\b/i;

function isDescription(doc: Doc, f: Found): boolean {
  if (f.acronym || /\p{Lu}/u.test(f.title) || !DESCRIPTION_DETERMINER_RE.test(doc.text.slice(Math.max(0, f.start - 8), f.start))) return false;
  // "the first executive contract": an ordinal tells one of several.
  if (fold(f.title).split(/\s+/).some((w) => ORDINALS.has(w)) || OWN_SIGNING_RE.test(doc.text.slice(f.end, f.end + 30))) return false;
  HEAD_RE.lastIndex = 0;
  const head = HEAD_RE.exec(f.title);
  HEAD_RE.lastIndex = 0;
  return head !== null && DESCRIPTION_TAIL_RE.test(f.title.slice(head.index + head[0].length));
}

/** A short description names the instrument of its kind told before it (the nearest), or else the only one told after
 * it: "the Pukpuk Treaty, the mutual defence treaty between the two countries,", "the implementation of the maritime
 * delimitation agreement" before "the agreement on the delimitation of the exclusive economic zone". */
function mergeDescriptions(doc: Doc, descriptions: Set<Doc["agreements"][number]>): void {
  if (!descriptions.size) return;
  for (let i = doc.agreements.length - 1; i >= 0; i--) {
    const a = doc.agreements[i];
    if (!descriptions.has(a)) continue;
    // The instrument meant is named ("the Pukpuk Treaty", "the agreement on the ... Nigeria-Equatorial Guinea gas pipeline")
    // or shares a word of content with the description ("maritime delimitation" and "the delimitation of the ... zone").
    const words = contentOf(a.title).split(" ").filter(Boolean);
    // A short reference back ("the trade pact", "the tax agreement") may name an instrument by other words; one that
    // says what it is about and restates the parties ("The visa waiver agreement between the two countries, in force
    // since 2004", after "an Agreement on the Mutual Promotion ... of Investments") is another instrument, unless it
    // stands in apposition to the name ("the Pukpuk Treaty, the mutual defence treaty between the two countries,").
    const restated = words.length > 0 && PARTIES_TAIL_RE.test(a.title) && !doc.agreements.some((b) => b !== a && inApposition(doc, b, a));
    const kin = (b: Doc["agreements"][number]) =>
      b.kind === a.kind && !descriptions.has(b) && (contentOf(b.title).split(" ").some((w) => words.includes(w)) || (/\p{Lu}/u.test(b.title) && !restated));
    let target = -1;
    for (let j = i - 1; j >= Math.max(0, i - LOOK_BACK) && target < 0; j--) if (kin(doc.agreements[j])) target = j;
    if (target < 0) {
      const later: number[] = [];
      for (let j = i + 1; j < Math.min(doc.agreements.length, i + 1 + LOOK_BACK) && later.length < 2; j++) if (kin(doc.agreements[j])) later.push(j);
      if (later.length !== 1) continue;
      target = later[0];
    }
    const t = doc.agreements[target];
    // "urged them to conclude the agreement on the pipeline", then "have since been negotiating the intergovernmental
    // agreement": the description tells how far the instrument has come.
    if (target < i && t.status === "proposed" && a.status === "under_negotiation") t.status = a.status;
    if (target < i) t.evidence.push(...a.evidence);
    else t.evidence.unshift(...a.evidence);
    doc.agreements.splice(i, 1);
  }
}

/** "the Coral Sea Treaty, the mutual defence treaty between the two countries,": the description right after the name. */
function inApposition(doc: Doc, named: Doc["agreements"][number], description: Doc["agreements"][number]): boolean {
  const d = description.evidence[0];
  return named.evidence.some((e) => e.sentence === d.sentence && e.end <= d.start && /^\s*,\s*(?:the|this|its|their)?\s*$/i.test(doc.text.slice(e.end, d.start)));
}

const DESCRIPTION_COMPLEMENT_RE = /\s(?:on|for|between|with|concerning|regarding|in|to)\s/i;

/** "signed a new policing arrangement", then "signed the Policing Support Arrangement 2026–2029": an instrument first
 * described in lower case and named later is the one named instrument of its kind whose words of content include all
 * of the description's. */
function mergeNamedLater(doc: Doc): void {
  const own = new Set(doc.officials.map((o) => o.country).filter((c): c is string => !!c));
  for (let i = doc.agreements.length - 2; i >= 0; i--) {
    const a = doc.agreements[i];
    // Only a description by words before the head: "a memorandum of understanding on rice trade" says what it is about.
    if (!/^\p{Ll}/u.test(a.title) || DESCRIPTION_COMPLEMENT_RE.test(a.title)) continue;
    const words = contentOf(a.title).split(" ").filter(Boolean);
    if (!words.length) continue;
    // "the Thailand-Cambodia MoU on rice trade": a name that adds parties is another instrument. ("Britain and the six
    // Gulf states signed a free trade agreement ... put their names to the UK-GCC Free Trade Agreement": not when they are
    // the countries of the report's own officials.)
    const fits = (b: Doc["agreements"][number]) => {
      const have = contentOf(b.title).split(" ");
      return words.every((w) => have.includes(w)) && !have.some((w) => !words.includes(w) && lookupCountry(w) !== null && !own.has(lookupCountry(w)!.code));
    };
    const later = doc.agreements.map((b, j) => ({ b, j })).filter(({ b, j }) => j > i && b.kind === a.kind && /^\p{Lu}/u.test(b.title) && fits(b));
    if (later.length !== 1) continue;
    later[0].b.evidence.unshift(...a.evidence);
    doc.agreements.splice(i, 1);
  }
}

/** "Teranga Green Energy Signs MoU with Government of Senegal for Solar and Green Hydrogen Project" over a body that names
 * "a Memorandum of Understanding ... for a solar and green hydrogen project": the headline's instrument is the body's one
 * of its kind that shares words of content with it, told in full there. */
function mergeHeadline(doc: Doc): void {
  const span = doc.read.titleSpan;
  const title = doc.read.title;
  if (!span || !title || doc.agreements.length < 2) return;
  // The headline, and the page's copy of it that opens a sentence of the first few.
  const spans = [span, ...doc.sentences.slice(0, 8).filter((x) => x.text.startsWith(title)).map((x) => ({ start: x.start, end: x.start + title.length }))];
  // A masthead taken for the title leaves the headline among the first sentences: one that reads as a headline (no final
  // full stop, short), or a "Key points" line of the page.
  for (const x of doc.sentences.slice(0, 8)) if (looksLikeHeadline(x.text)) spans.push({ start: x.start, end: x.end });
  const inHeadline = (e: { start: number }) => spans.some((h) => e.start >= h.start && e.start < h.end);
  for (let i = doc.agreements.length - 1; i >= 0; i--) {
    const a = doc.agreements[i];
    if (!a.evidence.every(inHeadline)) continue;
    const words = contentOf(a.title).split(" ").filter(Boolean);
    if (!words.length) continue;
    const body = doc.agreements.findIndex((b, j) => j !== i && b.kind === a.kind && !b.evidence.every(inHeadline) && contentOf(b.title).split(" ").some((w) => words.includes(w)));
    if (body < 0) continue;
    doc.agreements[body].evidence.unshift(...a.evidence);
    doc.agreements.splice(i, 1);
  }
}

/** "witnessed the signing of a deal on a ferry service between A and B" in a summary, then "a memorandum of understanding
 * on a passenger and cargo ferry service between A and B": a loose head ("deal", "pact") names the one instrument of
 * another kind whose words of content include all of its own. */
function mergeLoose(doc: Doc): void {
  for (let i = doc.agreements.length - 1; i >= 0; i--) {
    const a = doc.agreements[i];
    if (!/^\p{Ll}/u.test(a.title)) continue;
    const words = contentOf(a.title).split(" ").filter(Boolean);
    const head = words.filter((w) => instrumentLoose.has(w));
    if (!head.length) continue;
    const own = words.filter((w) => !instrumentLoose.has(w));
    if (!own.length) continue;
    const kin: number[] = [];
    for (let j = Math.max(0, i - LOOK_BACK); j < Math.min(doc.agreements.length, i + LOOK_BACK) && kin.length < 2; j++) {
      const b = doc.agreements[j];
      if (j === i || b.kind === a.kind) continue;
      const have = contentOf(b.title).split(" ");
      if (own.every((w) => have.includes(w))) kin.push(j);
    }
    if (kin.length !== 1) continue;
    const t = doc.agreements[kin[0]];
    if (kin[0] < i) t.evidence.push(...a.evidence);
    else t.evidence.unshift(...a.evidence);
    doc.agreements.splice(i, 1);
  }
}

// How many earlier instruments a reference back is compared with: a long list of instruments stays linear.
const LOOK_BACK = 50;

/** The latest of the last LOOK_BACK instruments of a kind whose words of content include all of `words`, or -1. */
function earlierWithWords(doc: Doc, kind: string, words: string[]): number {
  for (let i = doc.agreements.length - 1; i >= Math.max(0, doc.agreements.length - LOOK_BACK); i--) {
    const a = doc.agreements[i];
    if (a.kind !== kind) continue;
    const have = contentOf(a.title).split(" ");
    if (words.every((w) => have.includes(w))) return i;
  }
  return -1;
}

// A hard-wrapped title is one line of text.
const LINE_BREAK_RE = /[ \t]*\r?\n[ \t]*/g;
/** The instrument of a kind told only in the first sentence whose words of content are all among `words`, or -1. */
function leadInstrument(doc: Doc, kind: string, words: string[]): number {
  return doc.agreements.findIndex((a) => {
    if (a.kind !== kind || !a.evidence.every((e) => e.sentence === 0) || !/^\p{Ll}/u.test(a.title)) return false;
    const have = contentOf(a.title).split(" ").filter(Boolean);
    return have.length > 0 && have.every((w) => words.includes(w));
  });
}

const ALIAS_RE = /^\s*,?\s*(?:(?:also|popularly|commonly|informally|now)\s+)?(?:dubbed|called|known\s+as|named|nicknamed|termed|billed\s+as)\s+(?:the\s+)?$/i;
const DEFINITE_BEFORE_RE = /\b(?:the|that|this)\s+$/i;

// Words that say what kind of instrument or how it is phrased, not what it is about ("between the two governments"
// names the parties any bilateral instrument has). The generic words of a title (instruments.json `generic`: "bilateral",
// "cooperation", "framework") are among them: one list says both that a title names no instrument in particular and
// that a word is no content of it.
const FORM_WORDS = new Set([
  ..."a an the on in of for and with at between about regarding concerning collaboration memorandum memoranda understanding mou mous agreement agreements treaty contract contracts declaration statement protocol letter intent two both countries governments sides nations".split(" "),
  ...[...instrumentGeneric].flatMap((w) => fold(w).split(/[^a-z0-9]+/)),
]);

/** A title's words of content, in a fixed order (the parties it names are content). */
function contentOf(title: string): string {
  return [...new Set(fold(title).split(/[^a-z0-9]+/).filter((w) => w && !FORM_WORDS.has(w)))].sort().join(" ");
}

function findInstruments(doc: Doc, s: Sent): Found[] {
  const out: Found[] = [];
  HEAD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  const heads = mayMatch(HEAD_RE, lowerText(s));
  while (heads && (m = HEAD_RE.exec(s.text))) {
    const headStart = s.start + m.index;
    const headEnd = headStart + m[0].length;
    const head = fold(m[0]).replace(/\s+/g, " ");
    const capitalised = /^\p{Lu}/u.test(m[0]) || /^(?:MoU|MOU)$/.test(m[0]);
    // Capitalised words before the head belong to the title ("Vietnam-Korea Free Trade Agreement").
    let start = headStart;
    let onlyModifiers = false;
    let toNamed = false;
    const toks = s.toks;
    let k = toks.findIndex((t) => t.start === headStart) - 1;
    // "adopt a single customs declaration for cargo": a form one files, not an instrument.
    if (!capitalised && k >= 0 && instrumentDocuments.has(`${toks[k].norm} ${head}`)) continue;
    // "the Tripartite Free Trade Area agreement": the lower-case head after it names the instrument, with it as its name.
    if (instrumentCapitalOnly.has(fold(head)) && (!capitalised || /^\s+(?:agreement|treaty|protocol|pact|accord)\b/i.test(doc.text.slice(headEnd, headEnd + 12)))) continue;
    if (!capitalised) {
      // "a cooperation agreement", "a bilateral investment treaty": lower-case modifiers belong to the title, and so does a
      // capitalised name before them ("Just Energy Transition Partnership (JETP) political declaration").
      let mods = 0;
      while (k >= 0 && !toks[k].cap && instrumentModifiers.has(toks[k].norm)) {
        start = toks[k].start;
        mods++;
        k--;
      }
      // "a rice supply agreement", "the migration agreement", "a shareholders' agreement": lower-case nouns between a
      // determiner and the head say what it is about, whether or not they are listed modifiers.
      const topical = topicalRun(toks, k, mods === 0, mods);
      if (topical) {
        start = toks[topical.from].start;
        mods += topical.words;
        k = topical.from - 1;
      }
      // "the second executive contract", "a new trade agreement": an ordinal before the modifiers tells which one.
      if (mods > 0 && k >= 0 && !toks[k].cap && ORDINALS.has(toks[k].norm)) {
        start = toks[k].start;
        k--;
      }
      if (mods > 0 && k >= 2 && toks[k].text === ")" && toks[k - 2].text === "(" && toks[k - 3]?.cap) k -= 3;
      // "delimited by a 1986 agreement", "the 2021 defence pact": the year of its signing names the instrument.
      if (k >= 1 && YEAR_RE.test(toks[k].text) && !toks[k - 1].cap && instrumentDeterminers.has(toks[k - 1].norm)) {
        start = toks[k].start;
        k--;
      }
      onlyModifiers = mods > 0;
      // "the Mercosur-EFTA free trade agreement": a name before a compound head too.
      const compoundHead = head.includes(" ") && !PLURAL_HEADS.has(head) && !/s$/.test(head);
      // "a Double Taxation Avoidance Agreement protocol": a lower-case head right after a named instrument's own head is
      // an instrument to that one (a protocol to the agreement), named by it.
      toNamed = mods === 0 && k > 0 && toks[k].cap && toks[k].end === headStart - 1 && instrumentHeads[toks[k].norm] !== undefined && instrumentHeads[head] !== instrumentHeads[toks[k].norm];
      // "the Central American Customs Union protocol", "the Single Customs Territory arrangement": a name of two or more
      // capitalised words right before a bare lower-case head is its title.
      // ("the Kensington treaty", "the Paris agreement": one capitalised word after "the" that is no country's nor a
      // people's names it too.)
      const run = mods === 0 && !toNamed ? capitalRunBefore(toks, k, headStart) : 0;
      const namedBefore = run >= 2 || (run === 1 && k > 0 && toks[k - 1].norm === "the" && /^\p{Lu}\p{Ll}+$/u.test(toks[k].text) && s.gaz[k]?.type !== "country" && s.gaz[k]?.type !== "demonym" && !tokenCountry(toks[k]) && !ONE_WORD_NOT_NAME.has(toks[k].norm));
      if ((mods > 0 || compoundHead || toNamed || namedBefore) && k >= 0 && toks[k].cap && toks[k].word && !functionWords.has(toks[k].norm) && k > 0) {
        while (k >= 0) {
          const t = toks[k];
          if (t.cap && t.word && functionWords.has(t.norm)) break;
          if (t.cap && t.word) {
            start = t.start;
            onlyModifiers = false;
          } else if (!TITLE_JOINERS.has(t.norm) || !(toks[k - 1]?.cap ?? false)) break;
          k--;
        }
      }
    }
    if (capitalised) {
      while (k >= 0) {
        const t = toks[k];
        // "Teranga Green Energy Signs MoU": a headline's capitalised verb ends the name.
        // ("the Four Freedoms Agreement": a capitalised number after "the" opens the name.)
        if (t.cap && t.word && (functionWords.has(t.norm) || instrumentVerbs.has(t.norm)) && !(NAMED_NUMBERS.has(t.norm) && toks[k - 1]?.norm === "the")) break;
        // ("the ASEAN-China Free Trade Area 3.0 Upgrade Protocol": a version number between capitalised words too.)
        if (/^\d{1,2}$/.test(t.text) && toks[k - 1]?.text === "." && /^\d{1,2}$/.test(toks[k - 2]?.text ?? "") && toks[k - 1].start === toks[k - 2].end && t.start === toks[k - 1].end && toks[k - 3]?.cap && start === toks[k + 1]?.start) {
          start = toks[k - 2].start;
          k -= 3;
          continue;
        }
        if ((t.cap && t.word) || /^\d{4}(?:-\d{4})?$/.test(t.text)) start = t.start;
        else if (!TITLE_JOINERS.has(t.norm) || !(toks[k - 1]?.cap ?? false)) break;
        k--;
      }
    }
    // "the third phase of the China-Pakistan Free Trade Agreement": a phase of a named agreement is the instrument meant.
    if (capitalised) {
      const phase = PHASE_BEFORE_RE.exec(doc.text.slice(Math.max(s.start, start - 40), start));
      if (phase) start -= phase[0].length;
    }
    let end = headEnd;
    let acronym: string | null = null;
    const rest = doc.text.slice(headEnd, s.end);
    const acr = /^\s*\(([A-Za-z][A-Za-z0-9-]{1,12})\)/.exec(rest);
    if (acr && /[A-Z].*[A-Z]/.test(acr[1])) acronym = acr[1];
    // "a Memorandum of Understanding (MoU) with the Ministry of Energy, Petroleum and Mines for the development of ...": the
    // partner named between the head and its complement; "a migration agreement with Uzbekistan": a named instrument's partner.
    const partner = WITH_PARTNER_RE.exec(rest);
    if (partner && (COMPLEMENT_RE.test(rest.slice(partner[0].length)) || (start < headStart && PARTNER_END_RE.test(rest.slice(partner[0].length))))) {
      const more = COMPLEMENT_RE.exec(rest.slice(partner[0].length));
      const tail = more ? rest.slice(partner[0].length + more[0].length) : "";
      end = headEnd + partner[0].length + (more ? more[0].length + complementLength(tail, capitalised) : 0);
    } else if (COMPLEMENT_RE.test(rest) || (capitalised && (CAPITAL_COMPLEMENT_RE.test(rest) || fieldAfter(s, headEnd, m[0])))) {
      const comp = COMPLEMENT_RE.exec(rest) ?? CAPITAL_COMPLEMENT_RE.exec(rest) ?? FIELD_AFTER_RE.exec(rest)!;
      const tail = rest.slice(comp[0].length);
      end = headEnd + comp[0].length + complementLength(tail, capitalised);
      // "signing a treaty on legal assistance and reviewing defence ties": a second gerund parallels the one
      // that governs the instrument.
      const parallel = GERUND_BEFORE_RE.test(doc.text.slice(Math.max(s.start, start - 30), start)) ? /\s+and\s+\p{Ll}+ing\s+(?!of\b|and\b|or\b)\p{L}/u.exec(doc.text.slice(headEnd, end)) : null;
      if (parallel) end = headEnd + parallel.index;
    }
    // "the Canada-Mexico Action Plan 2026-2028", "the Strategic Cooperation Programme 2027-2031": the years it covers
    // belong to a capitalised title.
    if (capitalised && end === headEnd) {
      const years = TITLE_YEARS_RE.exec(rest);
      if (years) end = headEnd + years[0].length;
    }
    const elided = ellipsisItems(doc, s, PLURAL_HEADS.has(head) ? (SINGULAR[head] ?? m[0]) : m[0], end, instrumentHeads[head] ?? "agreement");
    if (elided.length && PLURAL_HEADS.has(head) && start === headStart && end === headEnd) {
      out.push(...elided);
      continue;
    }
    // "reached agreement on", "in agreement on": consensus, not an instrument; "Convention Center": a building.
    if (!capitalised && /\b(?:reach(?:ed|es|ing)?|in|mutual|broad|general)\s+$/i.test(doc.text.slice(s.start, headStart))) continue;
    // "according to a joint communiqué issued after the talks": the report's source, not an instrument between the sides.
    if (!capitalised && start === headStart && end === headEnd && SOURCE_BEFORE_RE.test(doc.text.slice(s.start, headStart))) continue;
    if (/^\s+(?:Center|Centre|Hall|Building|Palace|Complex|Park|Room)\b/.test(doc.text.slice(headEnd, headEnd + 12))) continue;
    // A singular compound head names an instrument on its own ("negotiate a free trade agreement").
    const compound = head.includes(" ") && !PLURAL_HEADS.has(head) && !/s$/.test(head);
    const hasName = start < headStart || end > headEnd || compound;
    // "The realignment of the boundary, under an agreement that entered into force in 2024, ...": the subject the
    // instrument governs, told before it, is what it is about.
    if (!capitalised && start === headStart && end === headEnd && !compound && !acronym && !PLURAL_HEADS.has(head)) {
      const subject = SUBJECT_BEFORE_RE.exec(doc.text.slice(s.start, headStart));
      if (subject && RELATIVE_AFTER_RE.test(doc.text.slice(headEnd, s.end))) {
        const about = subject[1].replace(/^The\b/, "the").replace(LINE_BREAK_RE, " ");
        out.push({ start: headStart, end: headEnd, kind: instrumentHeads[head] ?? "agreement", title: `${m[0]} on ${about}`, acronym: null });
        continue;
      }
    }
    if (!hasName && !acronym) continue;
    // "Memoranda of understanding on cooperation in health and on investment in hydropower": one instrument per complement.
    if (PLURAL_HEADS.has(head) && start === headStart && end > headEnd && !out.some((f) => headStart < f.end && headEnd > f.start)) {
      const parts = complementParts(doc.text, headEnd, end);
      if (parts.length >= 2) {
        for (const [a, b] of parts) out.push({ start: a, end: b, kind: instrumentHeads[head] ?? "agreement", title: `${m[0]} ${doc.text.slice(a, b)}`, acronym: null });
        continue;
      }
    }
    // "free trade agreements", "cooperation agreements": a generic plural, not a named instrument.
    // "agreements on the construction of the power units of the Kudankulam plant": a plural whose complement names
    // its object is one set of instruments.
    const namedObject = end > headEnd && /\s\p{Lu}\p{Ll}/u.test(doc.text.slice(headEnd, end));
    if (PLURAL_HEADS.has(head) && ((start === headStart && !namedObject) || (onlyModifiers && end === headEnd))) continue;
    // A bare lower-case head is generic ("the agreement"), except a singular compound head ("a free trade agreement").
    if (!capitalised && start === headStart && end === headEnd && !compound) continue;
    if (out.some((f) => headStart < f.end && headEnd > f.start)) continue;
    let title = doc.text.slice(start, end).replace(/[\s,]+$/, "");
    // "which replaces a 2013 agreement": the old instrument a new one replaces, known only by its year, is no instrument
    // the report tells ("delimited by a 1986 agreement, which remains in force" is one).
    if (YEAR_ONLY_TITLE_RE.test(title) && /\b(?:replac|supersed)\w*\s+(?:a|an|the|its|their)\s+$/i.test(doc.text.slice(Math.max(0, start - 30), start))) continue;
    // The instrument's own acronym right after its head goes; an acronym inside the complement ("the Southern Common Market
    // (MERCOSUR)") is part of the title as written.
    if (acronym) title = title.replace(/\s*\(([A-Za-z][A-Za-z0-9-]{1,12})\)/, "");
    // The named instrument inside "a Double Taxation Avoidance Agreement protocol" is not a second one of the sentence.
    if (toNamed) for (let i = out.length - 1; i >= 0; i--) if (out[i].start >= start && out[i].end <= headStart) out.splice(i, 1);
    out.push({ start, end: start + doc.text.slice(start, end).replace(/[\s,]+$/, "").length, kind: instrumentHeads[head] ?? "agreement", title, acronym });
    if (end > headEnd && !PLURAL_HEADS.has(head)) out.push(...elided);
  }
  // Well-known instruments written without their head noun ("the Regional Comprehensive Economic Partnership (RCEP)").
  for (let i = 0; i < s.toks.length; i++) {
    const hit = s.gaz[i];
    if (hit && hit.type === "instrument" && !(i > 0 && s.gaz[i - 1] === hit)) knownInstrumentAt(doc, s, i, hit, out);
  }
  return out.sort((a, b) => a.start - b.start);
}

const YEAR_ONLY_TITLE_RE = /^(?:19|20)\d\d\s+\p{Ll}[\p{Ll}-]*$/u;
// "a Programme of Cooperation in Arts and Culture": the field a capitalised cooperation title names after "in".
const FIELD_AFTER_RE = /^\s+in\s+(?=\p{Lu}\p{Ll})/u;
const FIELD_HEAD_RE = /(?:Cooperation|Co-operation|Collaboration|Partnership)$/;
const MONTH_OR_DAY_RE = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** Does a capitalised head ending in a word of cooperation go on with "in" and a field, not a place or a date? */
function fieldAfter(s: Sent, headEnd: number, head: string): boolean {
  if (!FIELD_HEAD_RE.test(head)) return false;
  const k = s.toks.findIndex((t) => t.start >= headEnd);
  if (k < 0 || s.toks[k].norm !== "in" || !FIELD_AFTER_RE.test(s.text.slice(headEnd - s.start))) return false;
  const next = s.toks[k + 1];
  const hit = s.gaz[k + 1];
  return !!next && !(hit && (hit.type === "place" || hit.type === "country" || hit.type === "org")) && !MONTH_OR_DAY_RE.test(next.text);
}

/** How many capitalised words (no function words) run back from toks[k], the last ending right before `headStart`. */
// Title-case words before a lower-case head that say which one or what kind, not a name ("the New agreement" opening a
// headline). (Acronyms, "the EU agreement", are no title-case words.)
const ONE_WORD_NOT_NAME = new Set(["new", "bilateral", "joint", "first", "second", "latest", "previous", "draft", "final"]);
function capitalRunBefore(toks: Doc["sentences"][number]["toks"], k: number, headStart: number): number {
  if (k < 0 || toks[k].end !== headStart - 1) return 0;
  let n = 0;
  while (k >= 0 && toks[k].cap && toks[k].word && !functionWords.has(toks[k].norm) && (n === 0 || toks[k].end === toks[k + 1].start - 1)) {
    n++;
    k--;
  }
  return n;
}

// Its own function: a loop whose body declares what a callback reads gets a new context object every turn, token by token.
function knownInstrumentAt(doc: Doc, s: Sent, i: number, hit: PhraseHit, out: Found[]): void {
  const start = s.toks[i].start;
  const end = s.toks[i + hit.length - 1].end;
  if (out.some((f) => start < f.end && end > f.start)) return;
  const known = knownInstruments.find((x) => x.acronym === hit.value);
  out.push({ start, end, kind: known?.kind ?? "agreement", title: doc.text.slice(start, end), acronym: hit.value });
}

/** The instruments told by ellipsis after an instrument that ends at `from`, each titled by `head` and its complement. */
function ellipsisItems(doc: Doc, s: Sent, head: string, from: number, kind: string): Found[] {
  const open = ELLIPSIS_OPEN_RE.exec(doc.text.slice(from, s.end));
  if (!open) return [];
  const out: Found[] = [];
  let at = from + open[0].length;
  for (;;) {
    const item = ELLIPSIS_ITEM_RE.exec(doc.text.slice(at, s.end));
    if (!item) break;
    const compStart = at + item[0].length;
    const tail = doc.text.slice(compStart, s.end);
    const comp = COMPLEMENT_RE.exec(tail);
    if (!comp) break;
    const end = compStart + comp[0].length + complementLength(tail.slice(comp[0].length), false);
    const text = doc.text.slice(compStart, end).replace(/[\s,]+$/, "");
    out.push({ start: at, end: compStart + text.length, kind, title: `${head} ${text.trim()}`, acronym: null });
    const next = ELLIPSIS_NEXT_RE.exec(doc.text.slice(compStart + text.length, s.end));
    if (!next) break;
    at = compStart + text.length + next[0].length;
  }
  return out;
}

// "regional", "strategic", "preliminary", "comprehensive": adjectives, which a verb after a subject ("Paraguay sign pact") is not.
const ADJECTIVE_RE = /(?:al|ic|ary|ive|ian|ous)$/;
// ("the 15-year sale and purchase agreement": a term written with its number is a modifier too.)
const TOPIC_WORD_RE = /^(?:\p{Ll}[\p{Ll}\d-]*|\d+-\p{Ll}+)$/u;
const PAST_VERB_RE = /ed$/;
const AMOUNT_WORDS = instrumentAmounts;
const AMOUNT_TOKEN_RE = /^(?:\d[\d.,]*|\p{Sc}|[A-Z]{1,3}\p{Sc}?|\.|-)$/u;

/** The lower-case nouns that end at toks[k] and follow a determiner (skipping "new", "proposed", ...): where they
 * start and how many there are; null when no determiner opens them or none is a topic. */
function topicalRun(toks: Doc["sentences"][number]["toks"], k: number, atHead: boolean, prior = 0): { from: number; words: number } | null {
  // "a hydrocarbon exploration and production agreement", "a trade and investment agreement": two nouns joined by "and"
  // before the head, when a determiner opens them all (`prior`: the modifiers already read after them).
  return topicalRunFrom(toks, k, atHead, true, prior) ?? topicalRunFrom(toks, k, atHead, false, prior);
}

function topicalRunFrom(toks: Doc["sentences"][number]["toks"], k: number, atHead: boolean, joined: boolean, prior: number): { from: number; words: number } | null {
  let j = k;
  let words = 0;
  let from = -1;
  let and = false;
  while (j >= 0 && words < (and ? 5 : 4)) {
    if (joined && !and && words + prior > 0 && toks[j].norm === "and" && j > 0) {
      const t = toks[j - 1];
      if (t.cap || !TOPIC_WORD_RE.test(t.text) || functionWords.has(t.norm) || instrumentDeterminers.has(t.norm) || instrumentNonTopic.has(t.norm)) return null;
      and = true;
      words++;
      j--;
      continue;
    }
    const t = toks[j];
    // "shareholders' agreement": a plural possessive right before the head.
    if (t.text === "'" || t.text === "’") {
      if (atHead && j === k && j > 0 && /s$/.test(toks[j - 1].norm)) {
        j--;
        continue;
      }
      return null;
    }
    // "the safe third country agreement": an ordinal between a determiner's topic word and a noun is part of the compound.
    if (words > 0 && ORDINALS.has(t.norm) && j >= 2 && instrumentDeterminers.has(toks[j - 2].norm) && !toks[j - 1].cap && TOPIC_WORD_RE.test(toks[j - 1].text) && !functionWords.has(toks[j - 1].norm) && !instrumentNonTopic.has(toks[j - 1].norm) && !instrumentDeterminers.has(toks[j - 1].norm)) {
      from = j - 1;
      words += 2;
      j -= 2;
      break;
    }
    if (t.cap || !TOPIC_WORD_RE.test(t.text) || functionWords.has(t.norm) || instrumentDeterminers.has(t.norm)) break;
    if (instrumentNonTopic.has(t.norm) || ORDINALS.has(t.norm) || AMOUNT_WORDS.has(t.norm)) break;
    // "the two sides exchanged memoranda": a past tense of a signing verb ends the subject, it is no topic.
    if (PAST_VERB_RE.test(t.norm) && instrumentVerbs.has(t.norm)) break;
    from = j;
    words++;
    j--;
  }
  if (!words) return null;
  // Non-topic words between the determiner and the nouns ("a new rice supply agreement") stay out of the title.
  while (j >= 0 && !toks[j].cap && (instrumentNonTopic.has(toks[j].norm) || ORDINALS.has(toks[j].norm))) j--;
  // "a €500 million credit line contract", "a US$2 billion loan agreement": the amount says how much, not what about.
  if (j >= 0 && (AMOUNT_WORDS.has(toks[j].norm) || /^\d/.test(toks[j].text))) {
    while (j >= 0 && (AMOUNT_WORDS.has(toks[j].norm) || AMOUNT_TOKEN_RE.test(toks[j].text))) j--;
  }
  if (j >= 0 && instrumentDeterminers.has(toks[j].norm)) return { from, words };
  if (and) return null;
  // "the PACER Plus regional trade agreement": one or two nouns after a name (not a verb after a subject).
  const named = j >= 0 && toks[j].cap && toks[j].word && !functionWords.has(toks[j].norm) && words <= 2;
  if (named && toks.slice(from, from + words).every((t) => instrumentModifiers.has(t.norm) || ADJECTIVE_RE.test(t.norm))) return { from, words };
  return null;
}

// "on X and on Y", "on X, on Y and on Z": complements of one plural head, each opened by its own preposition.
// "on cooperation in the field of X and on Y": a field with no "and" or comma before it is the first complement's.
const PART_SPLIT_RE = /(?:,\s*(?:and\s+)?|\s+and\s+)(?=(?:on|for|in the field of)\s)/gi;

/** The complements of a plural head between from and to, each as [start, end]; one element when not coordinated. */
function complementParts(text: string, from: number, to: number): [number, number][] {
  const comp = text.slice(from, to);
  const lead = /^\s*/.exec(comp)![0].length;
  const parts: [number, number][] = [];
  let at = lead;
  PART_SPLIT_RE.lastIndex = lead + 1;
  let m: RegExpExecArray | null;
  while ((m = PART_SPLIT_RE.exec(comp))) {
    if (m.index <= at) continue;
    parts.push([from + at, from + m.index]);
    at = m.index + m[0].length;
  }
  parts.push([from + at, to]);
  return parts;
}

// "on Combating Illegal, Unreported and Unregulated (IUU) Fishing": an acronym of the words just before it, with more of
// the title after it, is inside the title.
const INNER_ACRONYM_RE = /^\s+\(([A-Z]{2,8})\)(?=\s+\p{Lu}\p{Ll})/u;
/** Whether `acronym` spells the initials of the last capitalised words of `before` ("and", "of", commas skipped). */
function acronymOf(before: string, acronym: string): boolean {
  const words = before.split(/[\s,]+/).filter((w) => w && !/^(?:and|of|the|for|on|in|&)$/.test(w));
  const last = words.slice(-acronym.length);
  return last.length === acronym.length && last.every((w, i) => /^\p{Lu}/u.test(w) && w[0] === acronym[i]);
}

const COOPERATION_BEFORE_RE = /\b(?:cooperation|co-operation|collaboration|partnership)$/i;

/** Length of a title's complement: up to a clause boundary, but through a short list of fields
 * ("on cooperation in trade, investment and tourism"). */
function complementLength(tail: string, capitalised: boolean): number {
  let pos = 0;
  for (;;) {
    const stop = COMPLEMENT_STOP_RE.exec(tail.slice(pos));
    if (!stop) return tail.length;
    const at = pos + stop.index;
    // "in strengthening ties" ends a capitalised title; inside a lower-case one it is the topic ("on cooperation in training diplomats").
    // ("on cooperation in mining and critical minerals": after a word of cooperation it is the field, whatever the case.)
    if ((!capitalised || COOPERATION_BEFORE_RE.test(tail.slice(0, at))) && /^\s+in\s+\p{Ll}+ing\b/u.test(stop[0] + tail.slice(at + stop[0].length, at + stop[0].length + 20))) {
      pos = at + stop[0].length;
      continue;
    }
    const inner = tail[at] === "," ? null : INNER_ACRONYM_RE.exec(tail.slice(at));
    if (inner && acronymOf(tail.slice(0, at), inner[1])) {
      pos = at + inner[0].length;
      continue;
    }
    if (tail[at] !== ",") return at;
    // ("holders of diplomatic, special and service passports from entry visas": a list of modifiers, its last one
    // coordinated right after the comma, goes on to the noun they share.)
    if (/^,\s*\p{Ll}[\p{Ll}-]*\s+(?:and|or)\s+\p{Ll}/u.test(tail.slice(at)) && !LIST_BREAKERS.has(/^,\s*(\p{Ll}[\p{Ll}-]*)/u.exec(tail.slice(at))![1])) {
      pos = at + 1;
      continue;
    }
    const item = /^,\s*((?:and\s+)?[^,;.()]*)/u.exec(tail.slice(at))!;
    const words = item[1].trim().split(/\s+/);
    const listItem = words.length <= 5 && /^[\p{Ll}\s-]+$/u.test(item[1]) && !words.some((w) => /(?:ing|ed)$/.test(w) || LIST_BREAKERS.has(w));
    if (!listItem) return at;
    pos = at + item[0].length;
  }
}

// "..., under discussion since last year, remains under negotiation, officials said": a phrase telling the instrument's
// state or its source is no field of a list.
const LIST_BREAKERS = new Set(["which", "who", "that", "while", "as", "so", "but", "saying", "they", "he", "she", "it", "its", "their", "his", "her", "a", "an", "the", "since", "under", "remains", "remain", "said", "says", "is", "are", "was", "were", "has", "have", "had", "will", "would", "still", "now", "officials"]);

// What may stand between an instrument and a cue that describes it (", which entered into force", "now being drafted").
const DESCRIBES_RE = /^[\s,]*(?:(?:which|that|now)\s+)?(?:(?:has|have|had|was|were|is|are)\s+)?(?:(?:been|being|already|not|yet|still)\s+){0,2}(?:under\s+)?$/i;
// "an agreement on seafood trade that the two countries are currently negotiating": a relative clause after it.
// A clause that tells a future or a condition ("which will enter into force once ratified") does not.
const RELATIVE_DESCRIBES_RE = /^[\s,]*(?:which|that)\s+(?!.*\b(?:will|would|shall|once|could|may|might|must|should|not|until|when|is to|are to)\b)(?:[\p{L}-]+\s+){1,5}$/u;
// "an investment agreement ... to replace the one signed in 1995": a cue after "the one" describes the instrument replaced.
const REPLACED_RE = /\b(?:replace|replaces|replacing|supersede|supersedes|superseding)\s+(?:the|an?)\s+(?:one|old|previous|existing|earlier)\b[^,;]{0,20}$/i;
// "negotiations on the proposed Free Trade Agreement": "proposed" as an adjective yields to a governing verb.
const ATTRIBUTIVE_RE = /\b(?:the|a|an)\s+$/i;
const CLOSED_RELATIVE_RE = /,\s+(?:which|that)\s+[^,;]*$/i;
// How far before an instrument its governing verb may stand ("signed an agreement on the training of doctors and a contract").
const GOVERNING_SPAN = 80;
// A negated entry into force ("has never entered into force", "has not been ratified") is no later state.
const IN_FORCE_AFTER_RE = /\b(?<!not\s)(?<!not yet\s)(?<!never\s)(?:has|have|had|was|were)(?:\s+(?:since|now|already|also))? been ratified\b|\b(?<!not\s)(?<!never\s)(?:has|have|had) been in (?:force|effect)\b|\b(?<!not\s)(?<!not yet\s)(?<!never\s)(?:entered|came) into (?:force|effect)\b|\b(?<!not\s)(?<!not yet\s)(?<!never\s)took effect\b|\b(?:remains|remained|is still|are still|was still|stays|stayed) in (?:force|effect)\b|\b(?:is|are)\s+(?:(?:now|already|formally|fully|also|both|all|still)\s+)?in (?:force|effect)\b|\b(?<!not\s)in (?:force|effect) since\b|\b(?<!not\s)(?:is|are)\s+(?:(?:now|already|still|also)\s+)?being\s+implemented\b|\b(?:continues|continue|continued)\s+to\s+be\s+(?:implemented|applied)\b|\bremain\s+in\s+(?:force|effect)\b|\b(?:and|then)\s+(?:later\s+|subsequently\s+)?ratified\s+by\s+(?:both|all|the\s+two|the\s+three|each|their)\b/i;
// "first signed in 1940 and last amended in 2008, is still being negotiated", "the review of the Agreement ... is
// ongoing": a revision under way told after an older signing or a review leaves the instrument under negotiation.
const OTHER_CLAUSE_RE = /[,;]\s*(?:and|while|but|whereas)\b|;/i;
const ROUND_OF_TALKS_RE = /^\s*(?:\([^)]*\)\s*)?,\s*(?:(?:now|currently|already|still)\s+)?in\s+(?:its|their|the)\s+(?:[\p{L}\d-]+\s+){0,2}(?:round|stage|phase)s?\s+of\s+(?:negotiations|talks)\b/iu;
const NEGOTIATING_AFTER_RE = /\b(?:is|are)\s+(?:still\s+|now\s+|currently\s+)?(?:being\s+(?:negotiated|renegotiated|revised|reviewed|updated)|under\s+(?:negotiation|review|revision)|ongoing|under\s*way|continuing)\b/i;
/** What follows an instrument that may tell its later state: up to the next instrument ("signed in 2016, and a
 * memorandum ... entered into force"), never past a word of replacement. */
function laterState(rest: string): string {
  const parts = rest.split(NEXT_INSTRUMENT_RE);
  let text = parts[0];
  // "The Supplementary Treaty to the 1985 Treaty on X, signed in 2005, has been in force since 2006": an instrument
  // "to" or "of" another names the second as its own complement; what follows describes the first.
  if (parts.length > 1 && ATTACHED_TO_RE.test(parts[0])) text += " " + parts[1];
  return text.split(REPLACING_RE)[0];
}
const IMPLEMENTED_RE = /\bbe(?:ing)?\s+(?:implemented|applied)\b/i;
const ATTACHED_TO_RE = /^\s+(?:to|of)\s+the\s+(?:\d{4}\s+)?(?:[\p{Lu}][\p{L}-]*\s+){0,4}$/u;
// "X, signed in 2017, and the Host Government Agreement remain in force", "X (CEPA), signed in 2017, and the Y, signed in
// 2018, are both in force": a second instrument joined to this one as one subject (each may have its acronym and
// asides), then the plural verb of the predicate they share.
const PLURAL_SUBJECT_RE = /^(?:\s*\([^)]*\))?(?:,[^.;]*?)?,?\s+and\s+(?:the|its|their)\s+[^,;.]{2,80}?(?:\s*\([^)]*\))?(?:,[^,;]{0,40},)?\s+(?=(?:remain|are|have|were|continue)\b)/i;
/** The predicate this instrument shares with a second one joined to it as a plural subject, or null. */
function sharedPredicate(rest: string): string | null {
  const m = PLURAL_SUBJECT_RE.exec(rest);
  return m ? laterState(rest.slice(m[0].length)) : null;
}
const REPLACING_RE = /\b(?:replac|revis|supersed|amend)\w*|\bthe\s+(?:one|current|previous|existing|old|earlier)\b/i;
// Any head starts the next instrument ("signed a memorandum ..., and the tax convention, in force since 2009, ...").
const NEXT_INSTRUMENT_RE = new RegExp(`\\b(?:${["statement", "plan", ...HEADS.map(([h]) => h)].map((h) => escapeRe(h).replace(/\s+/g, "\\s+")).join("|")})\\b`, "i");

/** `told.rank`: how the state was told: 2 by words right after the instrument that describe it, 1 by a verb that governs
 * it, 0 by a cue farther off, -1 by no cue. */
function statusOf(doc: Doc, s: Sent, f: Found, found: Found[], told: { rank: number } = { rank: 0 }): AgreementStatus {
  let best: AgreementStatus | null = null;
  let bestD = Infinity;
  let bestLen = 0;
  let bestCue: string | null = null;
  let bestRank = -1;
  let negotiating = false;
  const after = /^\s*\([^)]*\)/.exec(doc.text.slice(f.end, s.end));
  const end = f.end + (after ? after[0].length : 0);
  const lower = lowerText(s);
  for (const { status, re } of STATUS_RES) {
    if (!mayMatch(re, lower)) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s.text))) {
      const cs = s.start + m.index;
      const ce = cs + m[0].length;
      if (cs >= f.start && ce <= end) continue;
      // "the exchange of an implementing agreement on X and a memorandum on Y": a cue word inside another instrument's
      // title names that one, it tells nothing of this one.
      if (found.some((o) => o !== f && cs >= o.start && ce <= o.end)) continue;
      const before = ce <= f.start;
      const d = before ? f.start - ce : cs >= end ? cs - end : 0;
      // The verb that governs the instrument comes before it ("signed an agreement on X and a contract for Y, while
      // they agreed to work towards ..."): a near cue before wins over a nearer one after. At equal distance the longer,
      // more specific cue wins ("preparations for signing" over "signing"), then the status order.
      // A cue right after the instrument describes it ("the agreement now being drafted", "friendship agreement, signed
      // in 2014", "the Free Trade Agreement, in force since 2009") and wins over all.
      // "the MoU on X, which was signed in 2023, and a planned agreement on Y": a cue inside a relative clause
      // closed before the instrument describes an earlier one.
      if (before && CLOSED_RELATIVE_RE.test(doc.text.slice(Math.max(s.start, cs - GOVERNING_SPAN), cs)) && doc.text.slice(ce, f.start).includes(",")) continue;
      if (!before && REPLACED_RE.test(doc.text.slice(Math.max(end, cs - 60), cs))) continue;
      // "..., which is to be signed at the meeting": a relative clause telling what is still to come does not describe it.
      const toCome = /^to\s/i.test(m[0]) && /\b(?:is|are)\s+$/i.test(doc.text.slice(end, cs));
      const describes = !toCome && (DESCRIBES_RE.test(doc.text.slice(end, cs)) || RELATIVE_DESCRIBES_RE.test(doc.text.slice(end, cs)));
      const attributive = before && status === "proposed" && /^propose/i.test(m[0]) && ATTRIBUTIVE_RE.test(doc.text.slice(Math.max(s.start, cs - 6), cs));
      // "the contract ... is being implemented on schedule, and a roadmap on X is to be signed": a cue before a new clause
      // with its own subject governs the earlier one.
      const otherClause = before && NEW_CLAUSE_BETWEEN_RE.test(doc.text.slice(ce, f.start));
      const rank = !before && describes ? 2 : before && d <= GOVERNING_SPAN && !attributive && !otherClause ? 1 : 0;
      const better =
        rank !== bestRank
          ? rank > bestRank
          : d < bestD || (d === bestD && (m[0].length > bestLen || (m[0].length === bestLen && best && STATUS_ORDER.indexOf(status) < STATUS_ORDER.indexOf(best))));
      if (rank === 1 && status === "under_negotiation") negotiating = true;
      if (better) {
        best = status;
        bestD = d;
        bestLen = m[0].length;
        bestRank = rank;
        bestCue = s.text.slice(Math.max(0, m.index - 8), m.index + m[0].length + 12);
      }
    }
  }
  // "The Treaty ..., signed in 1997, has been ratified by both parliaments", "signed in January 2022, is in force",
  // "signed in 2016 and in force since 2020": the later state of the same instrument wins.
  // ("revising the one in force since 1999", "will replace the current programme, in force since 2022": what follows a
  // word of replacement tells of the instrument replaced.)
  // ("The contract ..., signed in June 2024, is being implemented": a contract is carried out, it is not in force.)
  // ("X, signed in 2017, and the Y remain in force": the state two instruments share is a later state of each, and the
  // only state told of the first when nothing else is.)
  told.rank = best ? bestRank : -1;
  // "Annex C of the Yacyretá Treaty will be signed": words after an instrument named as another noun's complement may
  // describe that noun; a later mention may tell its own state.
  if (bestRank === 2 && COMPLEMENT_OF_BEFORE_RE.test(doc.text.slice(Math.max(s.start, f.start - 40), f.start))) told.rank = 0;
  const rest = doc.text.slice(f.end, s.end);
  const later = best === "signed" ? laterState(rest) : "";
  const shared = best === "signed" || best === null ? sharedPredicate(rest) : null;
  if ((IN_FORCE_AFTER_RE.test(later) || (shared !== null && IN_FORCE_AFTER_RE.test(shared))) && !(f.kind === "contract" && IMPLEMENTED_RE.test(rest))) {
    told.rank = 2;
    return "in_force";
  }
  // "which was concluded in January and is yet to be signed": a text agreed whose signing is pending is still being
  // negotiated, in its own clause only ("X was signed in 2024, and a protocol ... is yet to be signed" tells of another).
  if (best !== "in_force" && PENDING_SIGNATURE_RE.test(laterState(rest).split(OTHER_CLAUSE_RE)[0])) return "under_negotiation";
  // (Up to the next instrument and the next clause with its own subject only: "last amended in 2008" is this one's own
  // history, not a replacement; "..., and negotiations on a readmission arrangement are ongoing" tell of another.)
  const ownClause = doc.text.slice(f.end, s.end).split(NEXT_INSTRUMENT_RE)[0].split(OTHER_CLAUSE_RE)[0];
  if (best === "signed" && bestRank !== 1 && NEGOTIATING_AFTER_RE.test(ownClause)) return "under_negotiation";
  // "agreed to conclude the Preferential Trade Agreement, now in its third round of negotiations": an apposition telling
  // talks under way on it.
  if (best === "proposed" && ROUND_OF_TALKS_RE.test(rest)) return "under_negotiation";
  if (best === "in_force" && bestRank === 1 && bestCue && /\breviews? of\b/i.test(bestCue) && NEGOTIATING_AFTER_RE.test(ownClause)) return "under_negotiation";
  // "suggested that the two countries negotiate a treaty", "proposed signing an agreement", "proposed that the two sides
  // launch negotiations on a declaration": signing or negotiating it is only proposed.
  // ("suggested negotiating a treaty", "suggested that the two countries begin negotiating a treaty": the gerund too.)
  if (bestCue && bestRank === 1 && /(?:^|\s)(?:negotiat(?:e|ing)\b|signing\b|(?:launch|start|open|begin)(?:ing)?\s+(?:negotiations|negotiating|talks)\b)/i.test(bestCue + " ") && insideProposal(doc, s, f)) return "proposed";
  // "will start negotiations on an agreement", "agreed to begin negotiating an agreement": not yet under negotiation.
  if (best === "under_negotiation" && bestRank === 1) {
    const lead = doc.text.slice(Math.max(s.start, f.start - GOVERNING_SPAN), f.start);
    if (NEGOTIATION_START_RE.test(lead) || NEGOTIATION_START_NOUN_RE.test(lead)) return "proposed";
    // "Negotiations on a new agreement on X will begin in the second half of the year": the start told after the name.
    if (/\b(?:negotiations|talks)\s+(?:on|for|over|towards?)\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(lead) && STARTS_LATER_RE.test(ownClause)) return "proposed";
  }
  // "are negotiating an agreement on X, which they hope to conclude by the end of the year": a hope or an intention
  // to sign what is being negotiated leaves it under negotiation.
  if (best === "proposed" && bestRank === 2 && negotiating) return "under_negotiation";
  // "whose work is to conclude with the signing of an action plan", "will witness the signing of": a signing still to come.
  if (best === "signed" && bestRank === 1 && bestCue && /\bsigning\b/i.test(bestCue) && FUTURE_BEFORE_RE.test(doc.text.slice(Math.max(s.start, f.start - GOVERNING_SPAN), f.start))) return "proposed";
  // "a new programme, which will replace the 2004 Working Holiday Agreement": the instrument replaced is the one in force.
  if (REPLACED_OBJECT_RE.test(doc.text.slice(Math.max(s.start, f.start - 40), f.start))) return "in_force";
  // "urged Seoul to consider joining the CPTPP", "its accession to the Convention": an instrument others join is in force.
  // (Only one named with its head word: "joining the Regional Comprehensive Economic Partnership" may name a bloc.)
  if (JOINED_OBJECT_RE.test(doc.text.slice(Math.max(s.start, f.start - 40), f.start)) && !NEVER_IN_FORCE.has(f.kind) && /\b(?:agreement|convention|treaty|protocol|charter)\b/i.test(f.title)) return "in_force";
  // A declaration or communiqué is adopted or signed; it does not enter into force ("reviewed the implementation of the
  // Joint Declaration").
  if (best === "in_force" && NEVER_IN_FORCE.has(f.kind)) return "signed";
  // "suggested that the two countries update the 2004 Agreement Concerning ...": an instrument named by an earlier year
  // than the report's was concluded then; only changing it is proposed.
  const year = /^(?:the\s+)?(\d{4})\s/i.exec(f.title);
  if ((best === null || (best === "proposed" && bestRank === 1)) && year && Number(year[1]) < Number(doc.date.slice(0, 4)) && insideProposal(doc, s, f)) return "signed";
  if (best) return best;
  // No cue: an instrument named inside a suggestion or request is only proposed, unless what is asked is to implement or
  // honour it ("I urge all parties to implement the Revitalised Agreement"): then it exists.
  if (insideProposal(doc, s, f) && !EXISTING_BEFORE_RE.test(doc.text.slice(Math.max(s.start, f.start - 40), f.start))) return "proposed";
  return f.kind === "treaty" || f.acronym ? "in_force" : "signed";
}

const COMPLEMENT_OF_BEFORE_RE = /[\p{L}\d]\s+(?:of|to|under)\s+(?:the|its|their)\s+$/u;
const PENDING_SIGNATURE_RE = new RegExp(`\\b(?:${alt(cues.pendingSignature.cues)})\\b`, "i");
const EXISTING_BEFORE_RE = new RegExp(`\\b(?:${alt(cues.existingInstrumentVerbs.verbs)})\\s+(?:the|its|their|this|that|our|his|her)\\s+(?:\\d{4}\\s+)?$`, "i");
const NEW_CLAUSE_BETWEEN_RE = /[,;]\s+(?:and|but|while|whereas)\s+(?:an?|the)\s+[^,;]*$|;/i;
// A future or an intention before a signing told as a noun, inside the same clause.
const FUTURE_BEFORE_RE = /\b(?:will|shall|is to|are to|was to|were to|is due to|are due to|expected to|scheduled to|set to|plan to|plans to|to be)\b[^.;]*\bsigning\b[^,;]*$/i;
const REPLACED_OBJECT_RE = /\b(?:replace|replaces|replacing|supersede|supersedes|superseding)\s+(?:the|an?|its|their)\s+(?:current\s+|existing\s+|old\s+|previous\s+)?$/i;
const JOINED_OBJECT_RE = /\b(?:join|joins|joining|joined|accede\s+to|accedes\s+to|acceding\s+to|acceded\s+to|accession\s+to|become\s+a\s+(?:party|member)\s+(?:to|of))\s+(?:the\s+)?$/i;
const NEVER_IN_FORCE = new Set(["declaration", "joint_communique"]);

function partiesOf(doc: Doc, s: Sent, f: Found): string[] {
  const parties = new Set<string>();
  for (let k = 0; k < s.toks.length; k++) {
    const t = s.toks[k];
    const hit = s.gaz[k];
    if (t.start < f.start || t.end > f.end) continue;
    if (hit && (hit.type === "country" || hit.type === "org")) parties.add(hit.name);
  }
  // "sign several documents with the MoIT": the organisation after "with".
  const before = doc.text.slice(s.start, f.start);
  const w = /\bwith\s+(?:the\s+)?([A-Z][A-Za-z]{1,9})\b/.exec(before);
  // ("met with Mr. Wang Wentao ... to review the Protocol": a form of address or a title opens a person, no party.)
  // ("held talks with Prime Minister X when a Joint Statement ...": nor does a title's first word.)
  // ("talks with Foreign Minister X": nor a word a title word follows.)
  const titleNext = w ? /^\s+(\p{Lu}\p{Ll}+)/u.exec(before.slice(w.index + w[0].length)) : null;
  if (!w || personalTitles.has(fold(w[1])) || titleWords.has(fold(w[1])) || titleOpeners.has(fold(w[1])) || (titleNext && titleWords.has(fold(titleNext[1]))) || styles.some((st) => st.length === 1 && st[0] === fold(w[1]))) return [...parties];
  // A known country or organisation is taken whole ("with the United States Trade Representative" is the United
  // States, not "United"); an unknown word that a capitalised word follows is part of a longer name we cannot bound.
  const at = s.start + w.index + w[0].length - w[1].length;
  const k = s.toks.findIndex((t) => t.start === at);
  const hit = k >= 0 ? s.gaz[k] : null;
  if (hit) {
    if (hit.type === "country" || hit.type === "org") parties.add(hit.name);
  } else if (!titleNext) parties.add(w[1]);
  return [...parties];
}

function proposerOf(doc: Doc, s: Sent, f: Found): string | null {
  const p = doc.proposals.find((x) => x.evidence.some((e) => e.sentence === s.index && e.start <= f.start && e.end >= f.end));
  return p?.speaker ?? null;
}

function insideProposal(doc: Doc, s: Sent, f: Found): boolean {
  return doc.proposals.some((p) => p.evidence.some((e) => e.sentence === s.index && e.start <= f.start && e.end >= f.start));
}
