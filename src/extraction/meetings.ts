// Meetings: verb frames ("X received Y", "held talks with", "paid a courtesy call on") and
// meeting nouns ("during their phone talks", "a reception ... for Y"), dated against the header,
// with host/guest roles; later references ("the talks", "that meeting") merge into earlier ones.
import type { Doc, InternalMeeting, Mention, Sent } from "./doc.ts";
import { evidenceOf, mentionsIn } from "./doc.ts";
import type { MeetingKind, ParticipantRole } from "./types.ts";
import { cues, gatheringNouns, titleWords } from "./gazetteers.ts";
import { addDays, findDates, resolveDate, type DateMention } from "./dates.ts";
import { datelineCountry, principals } from "./coref.ts";
import { cuePattern, cueTest, escapeRe, fold, holdsAny, lowerText, mayMatch, mayMatchCue } from "./text.ts";
import { requiredClause } from "./cue-literals.ts";
import { answeringSpeakerAt, sentenceLabelLength, transcriptSpeakers, turnSpeakerAt } from "./transcripts.ts";

type Roles = "subject-host" | "subject-guest" | "peers" | "agent-host" | "noun";

interface Trigger {
  start: number;
  end: number;
  kind: MeetingKind;
  roles: Roles;
  verb: boolean;
  anaphoric: boolean;
  /** A meeting noun ending an event's name ("the Pacific Islands Forum Leaders Meeting", "the G20 Summit"). */
  named?: boolean;
  /** "a meeting of their foreign and defence ministers": members told by a role plural, named later if at all. */
  members?: boolean;
}

const VERB_RES = [
  { re: /\b(?:hosted|received|welcomed|greeted)\s+by\b/giu, kind: "reception" as MeetingKind, roles: "agent-host" as Roles },
  // "was received a day later by President Y", "being received on Wednesday by Y": an adverbial between the passive's
  // participle and its agent.
  { re: /(?<=\b(?:was|were|being|been|is|are)\s+(?:also\s+|later\s+|then\s+)?)(?:hosted|received|welcomed|greeted)(?=\s+(?:(?:a|one|two|three|the|same|next|following|day|days|later|earlier|afterwards|on|in|at|this|that|morning|afternoon|evening|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{1,2})\s+){1,4}by\s+(?:the\s+)?\p{Lu})/giu, kind: "reception" as MeetingKind, roles: "agent-host" as Roles },
  ...cues.meetingVerbs.map((v) => ({ re: cuePattern(`\\b${v.pattern}\\b`, "giu"), kind: v.kind as MeetingKind, roles: v.roles as Roles })),
].map(({ re, kind, roles }) => {
  // (A literal every match holds past its first words, "interaction" or "working dinner with": asked only of the
  // patterns that the first words let through.)
  const clause = requiredClause(re.source);
  return { re, kind, roles, test: cueTest(re), holds: clause ? holdsAny(clause) : null };
});
const NOUNS = Object.entries(cues.meetingNouns).sort((a, b) => b[0].length - a[0].length);
const NOUN_RE = cuePattern(`\\b(${NOUNS.map(([n]) => n.replace(/\s+/g, "\\s+")).join("|")})\\b`, "giu");
const NOUN_KIND = new Map(NOUNS.map(([n, k]) => [n, k as MeetingKind]));
const PLANNED_RE = new RegExp(`\\b(?:${cues.plannedCues.map((c) => c.replace(/\s+/g, "\\s+")).join("|")})\\b`, "i");
const PLANNED_OBJECT_RE = new RegExp(`\\b(?:${cues.plannedCues.map((c) => c.replace(/\s+/g, "\\s+")).join("|")})\\s+(?:(?:hold|host|convene|attend|chair|co-chair|join)\\s+)[^,;.:]*$`, "i");
const WHOSE_NOUN_RE = /,\s+whose\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
const SATISFIED_RE = new RegExp(`^\\s+(?:(?!(?:to|and|or|on|with|for|of|in|at|by|from|about|over)\\s)(?:\\p{Ll}[\\p{L}-]*|\\p{Lu}{2,}|[\\d.,%]+)\\s+){0,4}?(?:${cues.satisfiedObjects.nouns.join("|")})\\b`, "u");
const VISIT_SPAN_RE = new RegExp(`\\b(?:${cues.visitSpanCues.map((c) => c.replace(/\s+/g, "\\s+")).join("|")})\\b`, "i");
const ATTENDANCE_RE = new RegExp(`^(?:${cues.attendance.map((c) => c.replace(/\s+/g, "\\s+")).join("|")})\\b`, "i");
const CLAUSE_END_RE = /,\s+(?:(?:a|one|two|three)\s+days?\s+(?:after|before)|(?:shortly\s+|soon\s+|just\s+)?(?:after|before)\s+(?!the\b|his\b|her\b|their\b)|\p{Ll}+ing|who|which|where|during which|while|as|saying|said|announced|reported|according|and\s+\p{Ll}+ed|in\s+(?:the|a|an|his|her|their)\s+(?=\p{Ll}))\b|\s+and\s+(?:also\s+)?(?:\p{Ll}+ed|had|held|met|made|paid|took|gave|said|spoke)\b|[;:]/u;
// The source of the report ("..., spokesman X said", "according to X") is not a party to the meeting.
const REPORTER_AFTER_RE = new RegExp(`^\\s*(?:${cues.reportingVerbs.join("|")}|reported|announced)\\b`, "iu");
// "said in her morning press conference on ": a reporting verb and at most a phrase before a date.
const REPORTED_BEFORE_RE = cuePattern(`\\b(?:${cues.reportingVerbs.join("|")}|announced|revealed|disclosed|confirmed)\\b[^,;]{0,60}$`, "iu");
const REPORTER_BEFORE_RE = new RegExp(`(?:\\baccording\\s+to\\s+[^,;]{0,60}|,\\s*(?:${cues.reportingVerbs.join("|")})\\s+[^,;]{0,60})$`, "iu");
const ws = (c: string) => c.replace(/\s+/g, "\\s+");
const PRESENT_RE = cuePattern(
  `\\b(?:(?:${cues.joining.verbs.map(ws).join("|")})\\s+(?:the|both|all)\\s+(?:two\\s+|three\\s+)?(${cues.joining.nouns.join("|")})\\b|(?:${cues.joining.sides.map(ws).join("|")})\\b)`,
  "iu",
);
// "A and B were also present, along with C.": no noun names the encounter, so only the one its sentence before told.
const BARE_PRESENT_RE = new RegExp(`\\s(?:${cues.joining.bare.map(ws).join("|")})(?=\\s*[,.;]|\\s+(?:${cues.joining.alongWith.map(ws).join("|")})\\b|\\s*$)`, "iu");
const ALONG_WITH_RE = new RegExp(`^\\s*,?\\s*(?:${cues.joining.alongWith.map(ws).join("|")})\\b`, "iu");
// "Ambassador C accompanied Mr. B." right after B's encounter: the subjects of the active verb join it.
const ACCOMPANIED_RE = /(?<!\b(?:was|were|is|are|been|be|being|who|which)\s+(?:also\s+)?)\s(?:also\s+)?accompanied\s+(?=\S)/iu;
const PARTAKING_RE = new RegExp(`^(?:${cues.joining.partaking.map(ws).join("|")})\\b`, "i");
// "in the presence of A", "joined by B and C", "attended on the Saudi side by D": people who join an encounter. The
// phrase ends where a clause tells something else.
const COMPANION_RE = cuePattern(`\\b(?:${cues.companions.map((c) => c.replace(/\s+/g, "\\s+")).join("|")})\\b`, "giu");
// Every companion phrase holds one of these words outside its optional parts (checked here, on the phrases with their
// groups taken out): a sentence whose lower-cased form has none of them skips COMPANION_RE. Should a phrase hold none,
// every sentence runs the pattern.
const COMPANION_WORDS = ["presence", "company", "joined", "accompanied", "attended", "side"];
const COMPANION_WORDS_COVER = cues.companions.every((c) => {
  let bare = c;
  for (let prev = ""; prev !== bare; ) [prev, bare] = [bare, bare.replace(/\([^()]*\)/g, "\u0000")];
  return !bare.includes("|") && COMPANION_WORDS.some((w) => bare.split(w).length > 1 && bare.split(w).slice(1).every((rest) => !/^[?*{]/.test(rest)));
});
const holdsCompanionWord = holdsAny(COMPANION_WORDS);
const mayAccompany = (lower: string) => !COMPANION_WORDS_COVER || holdsCompanionWord(lower);
const COMPANION_END_RE = /,\s+(?:the|who|which|whose|according|while|where|when|as|saying|said|after|before)\b|[;:]/i;
const THEY_JOINED_RE = /^they\s+were\s+(?:also\s+)?(?:joined|accompanied)\s+by\b/i;
const IT_ATTENDED_RE = /^(?:on\s+the\s+[\p{L}-]+\s+side,?\s+)?it\s+was\s+(?:also\s+)?(?:attended|joined)\b/iu;
// "In the afternoon, X was received by Y", "Before the talks, X held consultations with Z": the day of the encounter
// just reported.
const SAME_DAY_RE = new RegExp(`^(?:${cues.sameDayOpeners.map((c) => c.replace(/\s+/g, "\\s+")).join("|")})\\b`, "i");
const DAY_PART_RE = new RegExp(`^(?:${cues.dayPartOpeners.map((c) => c.replace(/\s+/g, "\\s+")).join("|")})\\b`, "i");
// "..., and met B", "and then called on C": a verb coordinated with the one before it.
const COORDINATED_VERB_RE = /(?:,\s*|\s)and\s+(?:then\s+|later\s+|also\s+|subsequently\s+|afterwards\s+)?$/i;
const DELEGATION_RE = /^(?:the\s+)?[\p{L}-]+\s+(?:delegation|side)\s+(?:also\s+)?(?:included|includes|comprised|consisted\s+of|was\s+composed\s+of|was\s+made\s+up\s+of)\b/iu;
// "The X delegation included A, while the Y side included B": both sides named, so the sentence is about an encounter
// even when the sentence before it says no "delegation" ("The talks were held at the Palace.").
const TWO_DELEGATIONS_RE = /^(?:the\s+)?[\p{L}-]+\s+(?:delegation|side)\s+(?:also\s+)?(?:included|includes|comprised)\b.*\b(?:while|and|whereas)\s+(?:the\s+)?[\p{L}-]+\s+(?:delegation|side)\s+(?:included|includes|comprised)\b/iu;
const RELATIVE_ENCOUNTER_RE = /,\s+who\s+(?:had\s+|have\s+|has\s+)?(?:also\s+|earlier\s+|already\s+|first\s+)?(?:met|held\s+(?:[\p{Ll}-]+\s+)?talks)\b/u;
// "X later met Y", "was also received by", "was earlier received by": the day of the encounter just reported.
// ("Finally, the President met with X": the last of a series told in order.)
const SEQUEL_RE = /\b(?:later|earlier|also|then|subsequently|afterwards|thereafter|separately|finally|lastly)\b/i;
// "During his meeting with X, ...", "In the talks with Y, ...": a meeting noun in a fronted phrase.
// ("In my telephone call with X on 16 February, I proposed ...": the "I" of a quotation is its speaker.)
// "The memorandum was signed by A and B after a bilateral meeting at the ministry": a meeting noun after "after" is the
// encounter of the clause's people, on the day the sentence before told.
const AFTER_MEETING_NOUN_RE = /\b(?:after|following)\s+(?:(?:a|an|the|their)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/iu;
const FRONTED_NOUN_RE = /^(?:during|at|in|over)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;
const FRONTED_RE = /^(?:during|at|in|after|following|on)\s+(?:his|her|their|the|a|an|its|my|our)\b[^,]*$/i;
// The meeting noun right after its preposition and determiner, at most two words between ("In a separate meeting with";
// not "At a news conference after the meeting with"): the subject after the phrase was at that meeting.
const OWN_FRONTED_RE = /^(?:[Dd]uring|[Aa]t|[Ii]n)\s+(?:his|her|their|the|a|an|its)\s+(?:(?!(?:he|she|they|we|it)\s)\p{Ll}[\p{L}-]*\s+){0,2}$/u;

// "hosted the 4th Trilateral Meeting of ...": a named event after the verb, and "A and B led their respective delegations".
const HOSTED_EVENT_RE = new RegExp(`^\\s+the\\s+(?:[\\p{L}\\d'’-]+\\s+){0,4}(?:${gatheringNouns("hosted", true)})\\b`, "u");
// "On the sidelines of the meeting, X held talks with Y": the day of that gathering.
const SIDELINES_OF_RE = cuePattern(`\\b(?:on|at|in) the (?:sidelines?|margins?) of the (?:\\p{Ll}[\\p{L}-]*\\s+){0,2}?(?:${gatheringNouns("sidelines")})\\b`, "iu");
const FRONTED_GATHERING_RE = new RegExp(`^(?:ahead\\s+of|before|prior\\s+to|after|following)\\s+(?:the|their|this)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${gatheringNouns("fronted")})\\b`, "iu");
const LED_DELEGATIONS_RE = /\bled\s+(?:their|the)\s+(?:respective\s+|countries['’]\s+)?delegations\b/i;
const HOSTED = new WeakMap<Doc, InternalMeeting>();
// "A led the Bangladesh side while B led the Japanese side", "A led the Kenyan delegation and B the Ugandan one".
const SIDE_LED_RE = /\bled\s+(?:the|his|her|their)\s+(?:[\p{L}'’.-]+\s+){1,3}?(?:side|delegation|team)\b/giu;
const SIDES_LED_RE = /\bled\s+(?:the|his|her|their)\s+(?:[\p{L}'’.-]+\s+){1,3}?(?:side|delegation|team)\b[^.;]*?(?:\bwhile\b|\bwhereas\b|\band\b|[,;])[^.;]*?\bled\s+(?:the|his|her|their)\s+(?:[\p{L}'’.-]+\s+){1,3}?(?:side|delegation|team)\b/iu;
// SIDES_LED_RE needs "led" and one of its nouns, in any case: a sentence without them (most) skips the pattern.
const mayLeadSides = (lower: string) => lower.includes("led") && (lower.includes("side") || lower.includes("delegation") || lower.includes("team"));

/**
 * "The understanding came at the sixth round of consultations held in Dhaka. A led the Bangladesh side while B led the
 * Japanese side": the heads of two sides, in a sentence with no verb of encounter, are the parties of the session the
 * report tells, on the day it told last.
 */
function sidesLed(doc: Doc, s: Sent): InternalMeeting | null {
  if (!mayLeadSides(lowerText(s)) || !SIDES_LED_RE.test(s.text) || findTriggers(s).some((t) => !t.anaphoric)) return null;
  const leds = [...s.text.matchAll(SIDE_LED_RE)];
  const heads = leds.map((l, i) => {
    const from = i === 0 ? s.start : s.start + leds[i - 1].index! + leds[i - 1][0].length;
    return mentionsOf(doc, s).filter((m) => m.start >= from && m.end <= s.start + l.index! && usable(doc, s, m)).pop();
  });
  const ids = [...new Set(heads.filter((m): m is Mention => !!m).map((m) => m.entity))];
  if (ids.length < 2) return null;
  let date: string | null = null;
  for (let i = s.index; !date && i >= Math.max(0, s.index - 5); i--) date = dayTold(doc, doc.sentences[i]);
  if (!date) return null;
  const m: InternalMeeting = { kind: "meeting", date, location: null, status: "held", participants: [], roles: [], evidence: [evidenceOf(doc, s.index, s.start + leds[0].index!, s.start + leds[0].index! + leds[0][0].length)], sentence: s.index, at: s.start, anaphoric: false, visitSpan: false };
  for (const id of ids) addParticipant(doc, m, id, "participant");
  return m;
}

export function findMeetings(doc: Doc): void {
  doc.visitMonth = visitMonth(doc);
  const cands: InternalMeeting[] = [];
  HOSTED.delete(doc);
  for (const s of doc.sentences) {
    const hosted = HOSTED.get(doc);
    const led = hosted && hosted.sentence === s.index - 1 ? LED_DELEGATIONS_RE.exec(s.text) : null;
    if (hosted && led) {
      HOSTED.delete(doc);
      for (const m of mentionsOf(doc, s)) if (m.start < s.start + led.index && usable(doc, s, m)) addParticipant(doc, hosted, m.entity, "participant");
      hosted.date ??= dayTold(doc, doc.sentences[hosted.sentence]);
      if (hosted.participants.length >= 3 && hosted.date) {
        cands.push(hosted);
        continue;
      }
    }
    const led2 = sidesLed(doc, s);
    if (led2) {
      cands.push(led2);
      continue;
    }
    const last = [...cands].reverse().find((c) => !c.anaphoric && !PRIVATE.has(c));
    const restricted = last ? (privateSession(doc, s, last, cands) ?? bothFormats(doc, s, last)) : null;
    if (restricted) cands.push(restricted);
    const attendance = ATTENDANCE_RE.test(s.text);
    if (attendance && last) {
      // "... attended by A and his Egyptian counterpart B, who had met on Monday evening": the relative clause tells
      // an encounter of its own, read below; its people before it are the attendees.
      const rel = RELATIVE_ENCOUNTER_RE.exec(s.text);
      const cut = rel ? s.start + rel.index : s.end;
      for (const c of attended(s, cands, last)) for (const m of mentionsOf(doc, s)) if (m.start < cut) addParticipant(doc, c, m.entity, "participant");
      // ("X has received Y. The meeting, held on January 28, was attended by A": the reference tells the day the
      // report's own stood for.)
      const day = ASSUMED_DAY.has(last) ? dayTold(doc, s) : null;
      if (day) {
        last.date = day;
        ASSUMED_DAY.delete(last);
      }
      if (!rel) continue;
    }
    // "The pair met on Thursday. Ministers A and B also attended, as did China's Foreign Minister C.": people who attended,
    // with no object, right after an encounter told as held, are its participants.
    if (last && !attendance && last.status === "held" && s.index - last.sentence === 1 && ATTENDED_ALONE_RE.test(s.text)) {
      for (const id of subjectsAttending(doc, s)) addParticipant(doc, last, id, "participant");
    }
    // "A and B signed a memorandum in Pretoria on Wednesday ... The meeting was also attended by C and D": a reference to
    // an encounter no verb told is the encounter of the report's pair on the day told last before it.
    const reference = !last && !attendance && (UNTOLD_REFERENCE_RE.test(s.text) || UNTOLD_FRONTED_RE.test(s.text));
    if (!last && ((attendance && /^the\s+(?:[\p{L}'’-]+\s+){0,3}?(?:meeting|talks|discussions)\b/iu.test(s.text)) || reference)) {
      const untold = untoldEncounter(doc, s, reference ? 2 : 3);
      if (untold) {
        cands.push(untold);
        continue;
      }
    }
    // "..., followed by a delegation-level meeting. The Pakistani delegation included A, while the Malaysian side
    // included B": the delegations of an encounter told in the sentence before, which names delegations.
    const delegations =
      last &&
      DELEGATION_RE.test(s.text) &&
      ((last.sentence === s.index - 1 && /\bdelegations?\b|\bdelegation-level\b/i.test(doc.sentences[s.index - 1].text)) ||
        // (or two sentences on, after one that only names who accompanied the encounter's party.)
        (last.sentence === s.index - 2 && /\bdelegations?\b|\bdelegation-level\b/i.test(doc.sentences[last.sentence].text) && companionCue(doc.sentences[s.index - 1], doc.sentences[s.index - 1].text) >= 0) ||
        (s.index - last.sentence <= 2 && TWO_DELEGATIONS_RE.test(s.text)));
    if (last && delegations) {
      for (const m of mentionsOf(doc, s)) if (usable(doc, s, m)) addParticipant(doc, last, m.entity, "participant");
      continue;
    }
    // "A and B were also present at the talks", "A and B attended the two meetings": the subjects join the
    // latest encounter, or every encounter of its day for a plural.
    const present = mayMatch(PRESENT_RE, lowerText(s)) ? PRESENT_RE.exec(s.text) : null;
    // "A and B took part in the talks", "participated in the discussions": the noun names the encounter it refers back
    // to, so it joins the latest one only when that was talks ("met X and Y. A took part in the talks" is unclear).
    const partaking = present ? PARTAKING_RE.test(present[0]) : false;
    const held = [...cands].reverse().find((c) => !c.anaphoric && !PRIVATE.has(c) && c.status === "held") ?? last;
    if (present && last && held && (!partaking || !/^(?:talks|discussions|consultations)$/i.test(present[1] ?? "") || held.kind === "talks")) {
      const at = s.start + present.index;
      // ("A and B joined the courtesy call, as did C": and those after "as did" or "along with".)
      const after = at + present[0].length;
      const along = ALONG_WITH_RE.exec(doc.text.slice(after, s.end));
      const subjects = mentionsOf(doc, s).filter((m) => (m.end <= at || (along && m.start >= after + along[0].length)) && usable(doc, s, m));
      const plural = /s$/i.test(present[1] ?? "") && !/^(?:talks|discussions|consultations)$/i.test(present[1] ?? "");
      // "was present at both meetings" tells what was held: a plan reported after them is not one of them.
      const targets = plural ? cands.filter((c) => !c.anaphoric && c.status === held.status && c.date === held.date) : [held];
      for (const c of targets) for (const m of subjects) addParticipant(doc, c, m.entity, "participant");
      if (subjects.length) continue;
    }
    const bare = last && last.sentence === s.index - 1 && last.participants.length >= 2 && mayMatch(BARE_PRESENT_RE, lowerText(s)) ? BARE_PRESENT_RE.exec(s.text) : null;
    if (last && bare) {
      const at = s.start + bare.index;
      const after = at + bare[0].length;
      const along = ALONG_WITH_RE.exec(doc.text.slice(after, s.end));
      const ms = mentionsOf(doc, s).filter((m) => usable(doc, s, m) && (m.end <= at || (along && m.start >= after + along[0].length)));
      for (const m of ms) addParticipant(doc, last, m.entity, "participant");
      if (ms.length) continue;
    }
    const triggers = findTriggers(s);
    const escort = last && s.index - last.sentence <= 2 && last.status === "held" && lowerText(s).includes("accompanied") ? ACCOMPANIED_RE.exec(s.text) : null;
    if (last && escort) {
      const at = s.start + escort.index;
      const ms = mentionsOf(doc, s).filter((m) => usable(doc, s, m));
      const escorted = ms.find((m) => m.start >= at + escort[0].length);
      const subjects = ms.filter((m) => m.end <= at);
      if (escorted && last.participants.includes(doc.officials[escorted.entity]?.name) && subjects.length && !triggers.some((t) => !t.anaphoric)) {
        for (const m of subjects) addParticipant(doc, last, m.entity, "participant");
        continue;
      }
    }
    // "The two heads of state spoke for two hours, then joined by A and B", "The meeting was attended on the Saudi side
    // by C": a sentence about the encounter just told (a group or a reference back before the phrase) adds its companions.
    if (last && !triggers.some((t) => !t.anaphoric && !t.named)) {
      const cue = companionCue(s, s.text);
      const at = cue < 0 ? -1 : s.start + cue;
      // "The President was joined by A and B", "President C was accompanied by D" right after the encounter: a party
      // of it, the subject of the passive, brings them.
      const party =
        at >= 0 &&
        s.index - last.sentence <= 2 &&
        mentionsOf(doc, s).some((m) => m.end <= at && /^\s+(?:was|were)\s+(?:also\s+)?$/.test(doc.text.slice(m.end, at)) && last.participants.includes(doc.officials[m.entity]?.name));
      // "The meeting took place ... On the Ukrainian side, it was attended by A; on the Norwegian side, by B": "it" is
      // the encounter told in the sentence before.
      // ("They were joined by A and B" right after the pair's talks: "they" are its parties.)
      const it = (IT_ATTENDED_RE.test(s.text) && s.index - last.sentence <= 2) || (THEY_JOINED_RE.test(s.text) && s.index - last.sentence === 1 && last.participants.length >= 2);
      // ("was accompanied at the talks by A": the phrase itself names the encounter.)
      const cueEnd = at < 0 ? -1 : at + companionCueLength(s.text.slice(cue));
      if (at >= 0 && (party || it || triggers.some((t) => t.anaphoric && t.end <= cueEnd) || doc.groups.some((g) => g.sentence === s.index && g.end <= at))) {
        for (const m of companions(doc, s, s.start, s.end)) addParticipant(doc, last, m.entity, "participant");
      }
    }
    if (!triggers.length) continue;
    // ("The agreement, signed in 2024, was renewed during a virtual meeting on October 7": an instrument's date is no
    // encounter's when the sentence gives another; alone it may be, "signed in Muscat in December during the visit".)
    const told = datesOf(doc, s).filter((d) => !["since", "by", "until", "till"].includes(d.prep ?? ""));
    const instrument = (d: DateMention) => {
      const before = doc.text.slice(Math.max(s.start, d.start - 60), d.start);
      return INSTRUMENT_DATE_WORDS.some((w) => before.includes(w)) && INSTRUMENT_DATE_RE.test(before);
    };
    const own = told.some(instrument) && !told.every(instrument) ? told.filter((d) => !instrument(d)) : told;
    // ("January 2026 - President A is received by B at the Kantei on January 27": the entry's own date is less precise
    // than the day its sentence gives.)
    const head = (d: DateMention) => entryMarkers(doc).some((m) => m.at <= d.start && /^[ \t]*$/.test(doc.text.slice(m.at, d.start)));
    const dates = own.length > 1 && own.some(head) && own.some((d) => !head(d) && d.day !== undefined) ? own.filter((d) => !head(d)) : own;
    const inSentence: InternalMeeting[] = [];
    const anaphors: InternalMeeting[] = [];
    for (const t of triggers) {
      const built = buildMeeting(doc, s, t, triggers, dates, cands, inSentence);
      if (!built) continue;
      // "NOV 3 - President X received Y ...", "MONDAY (Nov 30)" above "X will receive Y": a sentence with no date of its
      // own in a round-up's entry takes the entry's.
      // (Nor one whose only date is an instrument's: "talks on the Agreement, initialled in Washington in August 2025".)
      if (!built.anaphoric && dates.every(instrument)) {
        const entry = entryDate(doc, s, built.status === "planned");
        if (entry) built.date = entry;
        // (An entry after the report's day, told in the present of a calendar, is still to come.)
        if (entry && entry > doc.date) built.status = "planned";
      }
      if (built.anaphoric) {
        anaphors.push(built);
        continue;
      }
      // "The meeting was followed by delegation talks attended by A and B", "The signing came after talks, which were
      // also attended by A and B": talks that name only who attended them are the encounter just told, or else the
      // report's principals' on the day the sentence before gives.
      const joining = COMPANIONS.get(built) ?? [];
      if (!t.verb && !t.named && !t.members && !built.participants.length && joining.length) {
        if (last && s.index - last.sentence <= 1) {
          for (const id of joining) addParticipant(doc, last, id, "participant");
          continue;
        }
        for (const id of principals(doc)) addParticipant(doc, built, id, "participant");
        if (!built.date && s.index > 0) built.date = dayTold(doc, doc.sentences[s.index - 1]);
      }
      for (const m of separateEncounters(doc, t, built, cands)) {
        for (const id of COMPANIONS.get(built) ?? []) addParticipant(doc, m, id, "participant");
        const same = inSentence.find((x) => compatible(x, m));
        if (same) mergeInto(same, m, doc);
        else inSentence.push(m);
      }
    }
    // "X has hosted A and B for the summit. The summit, held yesterday, ...": the reference tells the day the first
    // sentence left to the report's, before anything held on its sidelines takes that day.
    const undated = last && ASSUMED_DAY.has(last) && s.index - last.sentence <= 2 ? last : null;
    const teller = undated ? anaphors.find((a) => TOLD_DAY.has(a) && a.status === "held" && a.date! <= doc.date && kindsCompatible(a.kind, undated.kind === "reception" ? a.kind : undated.kind)) : undefined;
    if (undated && teller) {
      undated.date = teller.date;
      ASSUMED_DAY.delete(undated);
    }
    const opened = openingPrivateSession(doc, s, inSentence, cands);
    // (The restricted session first: it came first.)
    if (opened) cands.push(opened);
    const closed = opened ? null : closingWiderSession(doc, s, inSentence);
    cands.push(...inSentence, ...anaphors.splice(0));
    if (closed) cands.push(closed);
  }
  const told = headlineEncounter(doc, cands);
  if (told) cands.unshift(told);
  doc.meetings = consolidate(doc, cands);
}

// A round-up's entry marker opening a line: a date and a separator ("NOV 3 - ", "Sept. 4th - ", "MONDAY: ", "October 14 -
// Grlić Radman in Sarajevo"), or a line that is a date alone ("MONDAY (Nov 30)", "JANUARY").
const ENTRY_HEAD_RE = /^[ \t]*([^\n:]{2,32}?)(?:\s*[:]\s|\s+[-–—]\s|[ \t]*$)/;
const NUMBERED_HEAD_RE = /^[ \t]*\d{1,2}[.)][ \t]+[^.\n()]{1,60}\(([^()\n]{3,25})\)\.[ \t]/;
const ENTRY_LEFTOVER_RE = /^[\s,.()\-–—]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|week\s+of|st|nd|rd|th|[\s,.()\-–—])*$/i;
const entryCache = new WeakMap<Doc, { at: number; date: DateMention }[]>();

/** The entry markers of a report, in order: only a report with two or more of different dates is a round-up (a single
 * date line is a time stamp or a dateline). */
function entryMarkers(doc: Doc): { at: number; date: DateMention }[] {
  let markers = entryCache.get(doc);
  if (markers) return markers;
  markers = [];
  for (let lineStart = 0; lineStart < doc.text.length; ) {
    const lineEnd = doc.text.indexOf("\n", lineStart);
    const end = lineEnd < 0 ? doc.text.length : lineEnd;
    const line = doc.text.slice(lineStart, end);
    // ("2. The Pukpuk Treaty comes alive (16 March). Prime Minister A and B held talks ...": a numbered item's heading
    // with its date in brackets.)
    const head = ENTRY_HEAD_RE.exec(line) ?? NUMBERED_HEAD_RE.exec(line);
    if (head && /\d|day\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(head[1])) {
      const words = head[1].toLowerCase().replace(/(^|[\s(])\p{L}/gu, (c) => c.toUpperCase());
      // ("May" alone on its line: the month, which a bare "May" in a sentence is not taken to be.)
      const found = (/^\s*May\s*$/.test(words) ? findDates(`in ${words.trim()}`).map((d) => ({ ...d, start: words.indexOf("May"), end: words.indexOf("May") + 3 })) : findDates(words, 0, words.length)).filter((d) => d.kind === "absolute" || d.kind === "weekday");
      const rest = found.reduce((r, d) => r.slice(0, d.start) + " ".repeat(d.end - d.start) + r.slice(d.end), words);
      if (found.length && ENTRY_LEFTOVER_RE.test(rest)) markers.push({ at: lineStart, date: found.find((d) => d.kind === "absolute") ?? found[0] });
    }
    lineStart = end + 1;
  }
  // (Two date lines of one day, "Tuesday, May 20, 2025" over "May 20, 2025", are a page's time stamps.)
  if (new Set(markers.map((m) => `${m.date.year}-${m.date.month}-${m.date.day}-${m.date.weekday}`)).size < 2) markers = [];
  entryCache.set(doc, markers);
  return markers;
}

/** The date of the round-up entry a sentence stands in: the last entry marker before it, resolved against the report's
 * date. */
function entryDate(doc: Doc, s: Sent, planned: boolean): string | null {
  const markers = entryMarkers(doc);
  let last: DateMention | null = null;
  for (const m of markers) {
    if (m.at > s.start) break;
    last = m.date;
  }
  // ("Tuesday, 1 December": the weekday tells the year, whatever the tense of the entry, "Bettel welcomes ...".)
  return last ? resolveDate(last, doc.date, planned)?.value ?? null : null;
}

// "The meeting at the Palacio de López lasted an hour and a half": a reference opening its sentence, its verb after at
// most a place or an aside.
const UNTOLD_REFERENCE_RE = new RegExp(
  `^the\\s+(?:two(?:-hour|-day)?\\s+|hour-long\\s+|first\\s+)?(?:${cues.untoldReferences.nouns.map(ws).join("|")})(?:\\s+(?:at|in)\\s+[^,;.]{1,60}?|\\s*,[^,;.]{1,60},)?\\s+(?:${cues.untoldReferences.verbs.map(ws).join("|")})\\b`,
  "iu",
);

// ("During the meeting, held at the headquarters of the ministry, A proposed to B ...": so is one fronted before its
// sentence's clause.)
const UNTOLD_FRONTED_RE = new RegExp(`^(?:during|at|in)\\s+the\\s+(?:${cues.untoldReferences.nouns.map(ws).join("|")})\\s*,`, "iu");

/** The encounter of the report's two principals (of two countries) that a reference with nothing told before it names,
 * dated by the latest day told just before; with at least `least` people (the principals and those the sentence names). */
function untoldEncounter(doc: Doc, s: Sent, least: number): InternalMeeting | null {
  const pair = principals(doc);
  if (pair.length !== 2 || doc.officials[pair[0]].country === doc.officials[pair[1]].country) return null;
  let date: string | null = null;
  for (let i = s.index - 1; !date && i >= Math.max(0, s.index - 5); i--) date = dayTold(doc, doc.sentences[i]);
  if (!date) return null;
  const m: InternalMeeting = {
    kind: "meeting",
    date,
    location: null,
    status: "held",
    participants: [],
    roles: [],
    evidence: [evidenceOf(doc, s.index, s.start, s.end)],
    sentence: s.index,
    at: s.start,
    anaphoric: false,
    visitSpan: false,
  };
  for (const id of pair) addParticipant(doc, m, id, "participant");
  for (const x of mentionsOf(doc, s)) if (usable(doc, s, x)) addParticipant(doc, m, x.entity, "participant");
  return m.participants.length >= least ? m : null;
}

// "Also present at the talks were A and B" after talks and then a call: the encounter the noun names, the latest of its
// kind; "Also present at the calls were A and B": the calls of that day made on (or by) the party of the latest one.
const ATTENDED_NOUN_RE = /^(?:also\s+)?(?:present\s+at|attending|joining)\s+the\s+(talks|reception|audience|calls|meetings)\b|^the\s+(talks|discussions|reception|audience|meetings)\b/i;
// "A and B also attended", "C joined, as did D": an attendance verb with no object (a pretest; `subjectsAttending` reads it).
const ATTENDED_ALONE_RE = /\b(?:attended|joined|sat\s+in|took\s+part|were\s+(?:also\s+)?present|was\s+(?:also\s+)?present)\s*(?:[,.;]|$)/;
const ATTENDED_ALONE_AT_RE = /^\s*(?:also\s+)?(?:attended|joined|sat\s+in|took\s+part|were\s+(?:also\s+)?present|was\s+(?:also\s+)?present)\s*(?:[.;]|,\s*as\s+(?:did|was|were)\s|$)/;
// Between two people of one subject: a comma or "and", perhaps a title before the second ("and Trade Minister").
const SUBJECT_JOIN_RE = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:(?:his|her|their)\s+)?(?:[\p{L}'’.-]+\s+){0,6}$/u;
/** The people of a sentence whose subject, opening it, attended with no object ("A and B also attended, as did C"). */
function subjectsAttending(doc: Doc, s: Sent): number[] {
  const ms = mentionsOf(doc, s).filter((m) => m.kind !== "pronoun");
  if (!ms.length || !/^(?:[\p{L}'’.-]+\s+){0,6}$/u.test(doc.text.slice(s.start, ms[0].start))) return [];
  let k = 0;
  while (k + 1 < ms.length && SUBJECT_JOIN_RE.test(doc.text.slice(ms[k].end, ms[k + 1].start))) k++;
  const verb = ATTENDED_ALONE_AT_RE.exec(doc.text.slice(ms[k].end, s.end));
  if (!verb) return [];
  const ids = ms.slice(0, k + 1).map((m) => m.entity);
  // ", as did China's Foreign Minister C": the people after "as did".
  if (/,\s*as\s/.test(verb[0])) ids.push(...ms.slice(k + 1).map((m) => m.entity));
  return ids;
}

function attended(s: Sent, cands: InternalMeeting[], last: InternalMeeting): InternalMeeting[] {
  const noun = ATTENDED_NOUN_RE.exec(s.text);
  const word = (noun?.[1] ?? noun?.[2])?.toLowerCase();
  if (!word) return [recallSkipped(s, cands, last)];
  const recent = cands.filter((c) => !c.anaphoric && s.index - c.sentence <= 12);
  // ("Attending the meetings were A, B and C": every encounter of that day told with the same principal.)
  if (word === "calls" || word === "meetings") return recent.filter((c) => c.date === last.date && c.participants.some((p) => last.participants.includes(p)));
  const kind = word === "talks" || word === "discussions" ? "talks" : "reception";
  return [[...recent].reverse().find((c) => c.kind === kind) ?? last];
}

// "X received Y today ... reviewed the outcomes of the talks between A and B in January. The meeting was attended by C":
// a recall told in passing, dated to a month or a year, has no attendees listed after it; the encounter of the day told
// just before it has.
function recallSkipped(s: Sent, cands: InternalMeeting[], last: InternalMeeting): InternalMeeting {
  if (!last.date || last.date.length === 10 || !/^the\s+meeting\b/i.test(s.text)) return last;
  const day = [...cands].reverse().find((c) => c !== last && !c.anaphoric && c.status === "held" && c.date?.length === 10 && s.index - c.sentence <= 12);
  return day ?? last;
}

// "PM receives Thai Foreign Minister" over a lead that names both and the day but tells the encounter with no verb
// of its own ("X and Y on Tuesday discussed ..."): the headline's verb, the lead's parties and date.
const HEADLINE_VERB_RE = /\b(?:(receives|received|hosts|hosted|welcomes|welcomed)|(meets|met|holds? talks|held talks|talks with|in talks)|(phone call|phone talks|speaks by phone|calls)|(video call|virtual meeting|video conference))\b/i;

function headlineEncounter(doc: Doc, cands: InternalMeeting[]): InternalMeeting | null {
  const verb = doc.read.title ? HEADLINE_VERB_RE.exec(doc.read.title) : null;
  const lead = doc.sentences[0];
  if (!verb || !lead || cands.some((c) => c.sentence === lead.index)) return null;
  const ms = mentionsOf(doc, lead).filter((m) => m.kind !== "pronoun" && usable(doc, lead, m));
  const ids = [...new Set(ms.map((m) => m.entity))];
  const countries = new Set(ids.map((id) => doc.officials[id]?.country).filter(Boolean));
  // Two sides: officials of two countries, or a lead that qualifies one by its country ("British Business Secretary").
  const foreign = countries.size >= 2 || lead.gaz.some((g) => g !== null && (g.type === "country" || g.type === "demonym"));
  if (ids.length < 2 || !foreign) return null;
  const dates = datesOf(doc, lead).filter((d) => !d.range && !["since", "by", "until", "till", "from"].includes(d.prep ?? "") && d.kind !== "year");
  if (dates.length !== 1) return null;
  const planned = PLANNED_RE.test(lead.text);
  const date = resolveDate(dates[0], doc.date, planned)?.value ?? null;
  if (!date) return null;
  const kind: MeetingKind = verb[1] ? "reception" : verb[3] ? "phone_call" : verb[4] ? "video_call" : "meeting";
  const meeting: InternalMeeting = {
    kind,
    date,
    location: null,
    status: planned || (date.length === 10 && date > doc.date) ? "planned" : "held",
    participants: [],
    roles: [],
    evidence: [evidenceOf(doc, lead.index, lead.start, lead.end)],
    sentence: lead.index,
    at: lead.start,
    anaphoric: false,
    visitSpan: false,
  };
  // "Goyal hosts Reynolds": the one named before the verb is the host.
  const before = fold(doc.read.title!.slice(0, verb.index));
  for (const id of ids) {
    const o = doc.officials[id];
    const named = [o.name, ...o.aliases].some((n) => n.split(/\s+/).some((w) => w.length > 2 && new RegExp(`\\b${fold(w).replace(/[^a-z0-9]/g, "")}\\b`).test(before)));
    addParticipant(doc, meeting, id, kind === "reception" ? (named ? "host" : "guest") : "participant");
  }
  if (kind === "reception" && !meeting.roles.some((r) => r.role === "host")) for (const r of meeting.roles) r.role = "participant";
  meeting.location = locationNear(doc, lead, { start: lead.start, end: lead.start, kind, roles: "noun", verb: false, anaphoric: false });
  return meeting;
}

// "paid farewell calls on A and B", "received A and B separately", "is to meet with A and with B", "held successive talks with A, B and
// C", "held back-to-back talks, first with A and later with B": one encounter per host (or guest, or per object of a
// verb between peers).
const SEPARATE_RE = /\b(?:calls|visits|meetings)\b|\b(?:separate|separately|successive|individually|back-to-back|consecutive)\b|\band\s+(?:also\s+|later\s+|then\s+|afterwards\s+|subsequently\s+)?with\b/i;

const EACH_RE = /\beach\s+(?:(?:also|then|later|separately)\s+)?$/i;

function separateEncounters(doc: Doc, t: Trigger, m: InternalMeeting, earlier: InternalMeeting[]): InternalMeeting[] {
  const sent = doc.sentences[m.sentence];
  // The adverb may stand before the verb ("separately received") or after its objects. Without one, a subject who
  // met several leaders of different countries, none of its own ("met A, the host of the summit, and B"), met each
  // in turn: a joint meeting of three countries is told as one ("a trilateral meeting").
  if (!SEPARATE_RE.test(doc.text.slice(Math.max(sent.start, t.start - 15), Math.min(sent.end, t.end + 160))) && !EACH_RE.test(doc.text.slice(Math.max(sent.start, t.start - 20), t.start)) && (GATHERED.has(m) || !severalCountries(doc, m, t) || cameTogether(m, earlier))) return [m];
  const hosts = m.roles.filter((r) => r.role === "host");
  const guests = m.roles.filter((r) => r.role === "guest");
  const peers = SUBJECTS.get(m) === 1 && m.roles.length > 2 && m.roles.every((r) => r.role === "participant") ? m.roles : [];
  // "A and B each had meetings with C": each subject met the one object.
  const n = SUBJECTS.get(m) ?? 0;
  const each = n >= 2 && m.roles.length === n + 1 && m.roles.every((r) => r.role === "participant") && EACH_RE.test(doc.text.slice(Math.max(sent.start, t.start - 20), t.start)) ? m.roles : [];
  const [one, many] =
    guests.length === 1 && hosts.length > 1
      ? [guests[0], hosts]
      : hosts.length === 1 && guests.length > 1
        ? [hosts[0], guests]
        : peers.length
          ? [peers[0], peers.slice(1)]
          : each.length
            ? [each[n], each.slice(0, n)]
            : [null, []];
  const split = one
    ? many.map((other) => ({
        ...m,
        participants: m.participants.filter((p) => p === one.name || p === other.name),
        roles: [one, other],
        evidence: m.evidence.map((e) => ({ ...e })),
      }))
    : byWithPhrases(doc, t, m);
  if (split.length > 1) for (const x of split) PAIRWISE.add(x);
  return split;
}

// "Before the summit, the Leader of the Nation held bilateral talks with A, and later with B": a subject told by a
// title the resolver could not tie to anyone, whose objects are all but one of the leaders of the summit just told,
// is that one, the host meeting each guest.
const UNRESOLVED_SUBJECT_RE = /(?:^|,\s+)the\s+(?:\p{Lu}[\p{L}-]*\s+|of\s+|the\s+){1,6}$/u;
function summitHost(doc: Doc, s: Sent, t: Trigger, objects: Mention[], earlier: InternalMeeting[]): number[] {
  if (!UNRESOLVED_SUBJECT_RE.test(doc.text.slice(s.start, t.start))) return [];
  const names = new Set(objects.map((m) => doc.officials[m.entity]?.name));
  for (let i = earlier.length - 1; i >= Math.max(0, earlier.length - 6); i--) {
    const m = earlier[i];
    if (m.anaphoric || m.participants.length < 3) continue;
    const rest = m.participants.filter((p) => !names.has(p));
    if (rest.length !== 1 || m.participants.length !== names.size + 1) return [];
    return doc.officials.filter((o) => o.name === rest[0]).map((o) => o.id);
  }
  return [];
}

// ("hosted A and B for several hours of talks": one purpose, one encounter of all the guests, the article optional.)
const MULTIPARTY_RE = cuePattern(`\\b(?:${cues.gatherings.multipartyWords.join("|")})\\b|\\bfor\\s+(?:(?:the|a|an)\\s+)?(?:[\\p{L}\\d'-]+\\s+){0,6}(?:${gatheringNouns("multiparty")})\\b`, "iu");
// "hosted A and B for a three-way meeting ... Later, the Crown Prince received A and B": guests who met together in an
// encounter of three or more told before are received together.
function cameTogether(m: InternalMeeting, earlier: InternalMeeting[]): boolean {
  const others = m.participants.slice(SUBJECTS.get(m) ?? 1);
  return others.length >= 2 && earlier.some((e) => !e.anaphoric && e.participants.length >= 3 && others.every((p) => e.participants.includes(p)));
}

function severalCountries(doc: Doc, m: InternalMeeting, t: Trigger): boolean {
  const n = SUBJECTS.get(m);
  // "hosted A and B for the third Tripartite Summit": the guests came to one multi-party encounter, not one each.
  if (n !== 1 || m.roles.length < 3 || MULTIPARTY_RE.test(doc.sentences[m.sentence].text)) return false;
  // "received the two visiting Foreign Ministers": guests named by one plural noun right after the verb came together.
  if (doc.groups.some((g) => g.sentence === m.sentence && g.start >= t.end && g.start - t.end <= 2)) return false;
  const country = (name: string) => doc.officials.find((o) => o.name === name)?.country ?? null;
  const own = country(m.participants[0]);
  const others = m.participants.slice(1).map(country);
  if (others.every((c) => c !== null && c !== own) && new Set(others).size === others.length) return true;
  // "Lula met Premier Li and the chairman of the NPC, Zhao Leji": a visitor who met several of the host's office
  // holders called on each in turn.
  // ("met the Chairman of the BiH Presidency A and Presidency member B": members of one body named in every title met
  // together.)
  // ("met the same day with A and B", a "with" after the verb's adverbials, is one meeting with both.)
  return /^(?:also\s+)?met$/i.test(doc.text.slice(t.start, t.end)) && !/^[^,.;]{0,30}?\bwith\b/i.test(doc.text.slice(t.end, t.end + 40)) && own !== null && others.every((c) => c === null || c !== own) && m.roles.every((r, i) => i === 0 || r.role === "participant") && !oneBody(doc, m.participants.slice(1));
}

/** Do the titles of all these officials name one body, a capitalised word that is no title word ("Presidency")? */
function oneBody(doc: Doc, names: string[]): boolean {
  const words = names.map((n) => new Set((doc.officials.find((o) => o.name === n)?.title ?? "").split(/[^\p{L}-]+/u).filter((w) => /^\p{Lu}\p{Ll}/u.test(w) && !titleWords.has(fold(w)))));
  return words.length > 1 && [...words[0]].some((w) => words.every((ws) => ws.has(w)));
}

/**
 * "X held back-to-back talks, first with A and later with B": one side named before the trigger, and one encounter
 * per "with" phrase after it, each with the people that phrase names.
 */
function byWithPhrases(doc: Doc, t: Trigger, m: InternalMeeting): InternalMeeting[] {
  const sent = doc.sentences[m.sentence];
  // A few phrases at most: a sentence of a hundred "with"s is no sequence of encounters, and costs no quadratic pass.
  const withs = [...doc.text.slice(t.end, Math.min(sent.end, t.end + 400)).matchAll(/\bwith\b/g)].map((x) => t.end + x.index!);
  if (withs.length < 2 || withs.length > 4) return [m];
  const ms = mentionsOf(doc, sent).filter((x) => usable(doc, sent, x) && doc.officials[x.entity]);
  const nameOf = (x: Mention) => doc.officials[x.entity].name;
  const before = new Set(ms.filter((x) => x.end <= t.start).map(nameOf));
  const side = m.roles.filter((r) => before.has(r.name));
  const groups = withs.map((w, i) => new Set(ms.filter((x) => x.start > w && x.start < (withs[i + 1] ?? sent.end)).map(nameOf)));
  if (side.length !== 1 || groups.some((g) => !g.size) || m.roles.some((r) => !before.has(r.name) && !groups.some((g) => g.has(r.name)))) return [m];
  return groups.map((g) => {
    const roles = [side[0], ...m.roles.filter((r) => g.has(r.name) && r !== side[0])];
    return { ...m, participants: roles.map((r) => r.name), roles, evidence: m.evidence.map((e) => ({ ...e })) };
  });
}

// A capitalised meeting noun after a capitalised word or a code ("Leaders Meeting", "G20 Summit", "Forum's
// Summit") ends the name of an event, whose members are not the pair the sentence talks about.
const NAMED_EVENT_RE = /(?:(?:^|\s)(?!(?:The|A|An|This|That|Its|Their|His|Her)\s)\p{Lu}[\p{L}\d'’-]*\s+\p{Lu}[\p{L}'’-]*|(?:^|\s)(?:[A-Z]+\d+|\d+[A-Z]+))\s+$/u;
// ("an agreement on policing following talks": a preposition after the field ends it, and the noun is an encounter.)
const INSTRUMENT_FIELD_RE = /\b(?:understanding|agreement|memorandum|memoranda|protocol|mou|treaty|arrangement|accord|programme|program|plan|roadmap|road map|schedule|calendar)\s+(?:on|for|of)\s+(?:(?!(?:after|following|before|during|at|in|with|ahead)\s)[\p{L}-]+\s+){0,2}$/iu;
// "a meeting of their foreign and defence ministers": not the people the sentence names (the leaders who agreed to it).
// ("a 2+2 dialogue of foreign and defence ministers": with no determiner too.)
const ROLE_MEMBERS_RE = /^\s+of\s+(?:(?:their|the\s+two(?:\s+countries['’]?)?|both(?:\s+countries['’]?)?)\s+)?(?:[\p{Ll}-]+\s+(?:and\s+)?){0,3}(?:ministers|leaders|heads|officials|deputies|secretaries)\b/iu;
const UNNAMED_MEMBERS_RE = /^\s+of\s+(?:senior\s+|high-level\s+|technical\s+)?(?:officials|experts|officers|negotiators|diplomats|delegates)\b/i;
// ", with whom X had a telephone conversation", ", whom he is expected to meet": an encounter told in a
// relative clause whose antecedent is the person before the comma.
const WHOM_RE = /,\s+(?:with\s+|to\s+|from\s+)?whom\s+[^,;]*$/i;

// ("consultations between the two foreign ministries, held on Tuesday with X": bodies between, the person after "with".)
// ("the negotiations of Badr Abdelatty with the Minister X were held": the first party after "of", the other after "with".)
const NOUN_PARTIES_RE = /^\s+(?:between\s+the\s+(?:two|both)\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}\p{Ll}[\p{L}-]*,\s+(?=held\b))?(?:(?:held|conducted|that\s+took\s+place|which\s+took\s+place)\b[^,;.]{0,60}?\s|of\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,5})?(?:between|with)\b/u;
const NEGOTIATIONS_RE = /\bnegotiations(?=\s+of\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,5}with\s+(?:the\s+)?\p{Lu}|\s+between\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,5}and\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*\s+\p{Lu})/gu;
const CALL_WITH_RE = /['’]s\s+(?:phone\s+|telephone\s+)?call\s+with\b/gu;
const CALL_ON_RE = /\b(?:a|an|his|her|their)\s+(?:(?:brief|short|final|farewell)\s+)?call\s+on\s+(?=(?:the\s+)?\p{Lu})/giu;
const CALL_TO_DO_RE = /^[^,.;]*?\bto\s+\p{Ll}/u;
// Cheap pre-check so most sentences skip the verb patterns altogether.
const VERB_HINT_RE = /\b(?:held|had\s[^.;]{0,30}?\b(?:exchange|conversation|discussion)|conven|led\b|co-led|discuss(?:ed|es) with|discussed (?:on|in|at|yesterday|today|last|this) |agreed (?:on|yesterday|today|last|this) |signed |inked |reviews? with|reviewed with|consultations|t[eê]te-[aà]-t[eê]te|sat down|sits down|confer|consulted|chaired|audience|discussions|phoned|telephoned|gave|offered|hold|talk|spoke|speaks?\s+(?:by|over|on|via)\s|paid|pay|receiv|host|welcom|greet|chair|met\b|meet|call|exchanged views|interact|conversed|each other|together|dinner|din(?:ed|es|ing)\b|lunch|breakfast|\btour|credentials|credence|letters? of (?:appointment|commission|accreditation)|delegation|\b(?:to|will|would|shall)\s+(?:also\s+|then\s+|later\s+|again\s+)?see\s)/i;

// Every trigger of a sentence asks whether the sentence tells the span of a visit: tested once per sentence.
const visitSpans = new WeakMap<Sent, boolean>();
function visitSpanIn(s: Sent): boolean {
  let v = visitSpans.get(s);
  if (v === undefined) visitSpans.set(s, (v = VISIT_SPAN_RE.test(s.text)));
  return v;
}

// (cuePattern: these run from every position of the text before a match, where a leading `\b` under i and u costs a
// call each.)
const DETERMINER_BEFORE_RE = cuePattern(String.raw`\b(?:the|that|this|these|those|same)\s+(?:[\p{L}\d-]+\s+){0,2}$`, "iu");
const AFTER_SAYING_RE = cuePattern(String.raw`\b(?:said|told\s+[\p{Ll}]+|stated|added|announced|declared|noted)\s+(?:[\p{L}]+\s+){0,2}?(?:after|following)\s+(?:(?:his|her|their|a|the)\s+)?$`, "iu");
const GOING_ON = "(?:continuing|ongoing|under\\s?way|in\\s+progress|progressing|advancing|stalled)";
const NEGOTIATION_GOING_ON_RE = new RegExp(`^\\s+(?:(?:on|over|about|for|towards?)\\s+[^.;,]{1,80}?\\s+)?(?:are|is|remain|remains)\\s+(?:still\\s+)?${GOING_ON}\\b`, "i");
const GOING_ON_BEFORE_RE = /\b(?:ongoing|continuing)\s+$/i;

function findTriggers(s: Sent): Trigger[] {
  const out: Trigger[] = [];
  const lower = lowerText(s);
  const hasVerb = mayMatch(VERB_HINT_RE, lower) && VERB_HINT_RE.test(s.text);
  const overlaps = (a: number, b: number) => out.some((t) => a < t.end && b > t.start);
  for (const { re, kind, roles, test, holds } of hasVerb ? VERB_RES : []) {
    if (!mayMatchCue(test, lower) || (holds !== null && !holds(lower))) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s.text))) {
      const start = s.start + m.index;
      const end = start + m[0].length;
      if (overlaps(start, end)) continue;
      // "welcomed Indonesian President X", "greeted the visiting minister", never "welcomed the results".
      if (/^(?:welcome|greet)/i.test(m[0]) && !/^\s+(?:(?:his|her|the)\s+)?(?:visiting\s|\p{Lu})/u.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
      // "to meet the new target", "met their commitments": "meet" satisfying a thing is no encounter ("met the
      // ministers to discuss their needs" is one: the head follows the object's own modifiers only).
      if (/\b(?:meet|meets|met)$/i.test(m[0]) && SATISFIED_RE.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 80))) continue;
      // "during his meeting with X": the noun, read below.
      if (/^meeting/i.test(m[0]) && /\b(?:his|her|their|its|the|a|an|this|that)\s+$/i.test(s.text.slice(Math.max(0, m.index - 8), m.index))) continue;
      out.push({ start, end, kind, roles, verb: true, anaphoric: false });
    }
  }
  NOUN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  const nouns = mayMatch(NOUN_RE, lower);
  while (nouns && (m = NOUN_RE.exec(s.text))) {
    const start = s.start + m.index;
    const end = start + m[0].length;
    if (overlaps(start, end)) continue;
    const before = s.text.slice(0, m.index);
    // "the talks", "that meeting", "the third dialogue": a reference back, not a new meeting.
    const after = s.text.slice(m.index + m[0].length, m.index + m[0].length + 80);
    // "the talks held in Cairo on Monday between A and B": a participle and its place or day before the parties.
    // ("The next tripartite summit will be held in Kinshasa", opening its sentence: a new encounter, planned.)
    const anaphoric = DETERMINER_BEFORE_RE.test(before) && !/^\s*the\s+next\s+(?:\p{Ll}[\p{L}-]*\s+)?$/iu.test(before) && !NOUN_PARTIES_RE.test(after);
    // "a meeting of senior officials": a meeting of people the report does not name.
    if (UNNAMED_MEMBERS_RE.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    // "a memorandum of understanding on political consultations": the field of an instrument.
    if (INSTRUMENT_FIELD_RE.test(before.slice(-60))) continue;
    // "while talks on a cultural programme are continuing", "ongoing talks on the FTA": a negotiation going on, no encounter.
    if (NEGOTIATION_GOING_ON_RE.test(after) || GOING_ON_BEFORE_RE.test(before)) continue;
    const named = /^\p{Lu}/u.test(m[0]) && NAMED_EVENT_RE.test(before);
    const members = !anaphoric && ROLE_MEMBERS_RE.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 80));
    out.push({ start, end, kind: NOUN_KIND.get(fold(m[0]).replace(/\s+/g, " ")) ?? "meeting", roles: "noun", verb: false, anaphoric, named, members });
  }
  // "the negotiations of Badr Abdelatty with Minister Y were held": "negotiations" names an encounter only with its
  // parties after it (elsewhere it is the talks on an instrument).
  NEGOTIATIONS_RE.lastIndex = 0;
  while (lower.includes("negotiations") && (m = NEGOTIATIONS_RE.exec(s.text))) {
    const start = s.start + m.index;
    const end = start + m[0].length;
    if (!overlaps(start, end)) out.push({ start, end, kind: "talks", roles: "noun", verb: false, anaphoric: false });
  }
  // "Secretary X's call with President Y on June 11": a bare "call" is a meeting noun only after a possessive and before "with".
  // Both call patterns hold "call" (CALL_WITH_RE as written, CALL_ON_RE in any case): a sentence without it skips them.
  const calls = lower.includes("call");
  CALL_WITH_RE.lastIndex = 0;
  while (calls && (m = CALL_WITH_RE.exec(s.text))) {
    const start = s.start + m.index + m[0].indexOf("call");
    const end = start + 4;
    if (!overlaps(start, end)) out.push({ start, end, kind: "phone_call", roles: "noun", verb: false, anaphoric: false });
  }
  // "wrapped up his visit with a call on President Y": "call on" and a capitalised name after an article or possessive is
  // a courtesy call; "a call on Tokyo to lift the ban" is a proposal's.
  CALL_ON_RE.lastIndex = 0;
  while (calls && (m = CALL_ON_RE.exec(s.text))) {
    const start = s.start + m.index + m[0].search(/call/i);
    const end = start + 4;
    if (!overlaps(start, end) && !CALL_TO_DO_RE.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 100))) out.push({ start, end, kind: "reception", roles: "noun", verb: false, anaphoric: false });
  }
  return out.sort((a, b) => a.start - b.start);
}

function clauseSubject(doc: Doc, s: Sent, t: Trigger, ms: Mention[]): Mention | undefined {
  const before = ms.filter((m) => m.end <= t.start && m.kind !== "pronoun");
  let rel = -1;
  for (const r of doc.text.slice(s.start, t.start).matchAll(/,\s+who\b/g)) rel = s.start + r.index!;
  return rel >= 0 ? before.filter((m) => m.end <= rel).pop() : before[0];
}

/** Where the first companion phrase of `text`, a part of sentence `s`, begins, or -1. Asked per sentence and per trigger:
 * a sentence without the phrases' first words skips the pattern. */
function companionCue(s: Sent, text: string): number {
  if (!mayMatch(COMPANION_RE, lowerText(s)) || !mayAccompany(lowerText(s))) return -1;
  COMPANION_RE.lastIndex = 0;
  return COMPANION_RE.exec(text)?.index ?? -1;
}

/** The length of the companion phrase opening `text`. */
function companionCueLength(text: string): number {
  COMPANION_RE.lastIndex = 0;
  const m = COMPANION_RE.exec(text);
  return m && m.index === 0 ? m[0].length : 0;
}

/** The people of the companion phrases between `from` and `to`. */
function companions(doc: Doc, s: Sent, from: number, to: number): Mention[] {
  const out: Mention[] = [];
  const text = doc.text.slice(from, to);
  if (companionCue(s, text) < 0) return out;
  const ms = mentionsOf(doc, s);
  COMPANION_RE.lastIndex = 0;
  for (const c of text.matchAll(COMPANION_RE)) {
    const a = from + c.index! + c[0].length;
    const b = companionEnd(doc, ms, a, to);
    for (const m of ms) if (m.start >= a && m.start < b && usable(doc, s, m)) out.push(m);
  }
  return out;
}

// "accompanied by the Minister of Transport, A, the Minister of Home Affairs, B, and the Chief Minister of Johor, C": a
// ", the" that opens a title before the next name is the next item of the list, not a clause of its own.
const LIST_TITLE_RE = /^,\s+the\s+(?:(?:\p{Lu}[\p{L}'’.-]*|of|for|and|&|the|in|on)\s+)*\p{Lu}[\p{L}'’.-]*,?\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}$/u;
function companionEnd(doc: Doc, ms: Mention[], a: number, to: number): number {
  const rest = doc.text.slice(a, to);
  const re = new RegExp(COMPANION_END_RE.source, "gi");
  for (let end = re.exec(rest); end; end = re.exec(rest)) {
    const at = a + end.index;
    const next = /^,\s+the\b/i.test(end[0]) ? ms.find((m) => m.start > at && m.start < to && m.kind === "name") : undefined;
    if (next && LIST_TITLE_RE.test(doc.text.slice(at, next.start))) continue;
    return at;
  }
  return to;
}

function mentionsOf(doc: Doc, s: Sent): Mention[] {
  return mentionsIn(doc, s.index);
}

function usable(doc: Doc, s: Sent, m: Mention): boolean {
  return !isReporter(doc, s, m);
}

function isReporter(doc: Doc, s: Sent, m: Mention): boolean {
  const after = REPORTER_AFTER_RE.exec(doc.text.slice(m.end, Math.min(s.end, m.end + 20)));
  // "X told Chancellor Y during talks that ...": X speaks to a party of the sentence's encounter, not to the press.
  if (after && /told$/i.test(after[0]) && mentionsOf(doc, s).some((o) => o.entity !== m.entity && o.start > m.end && TOLD_PARTY_RE.test(doc.text.slice(m.end + after[0].length, o.start)))) return false;
  // "X said after meeting Y", "X told reporters following talks with Y": the speaker is the subject of the encounter
  // the clause after the verb tells.
  if (after && SPEAKER_MET_RE.test(doc.text.slice(m.end + after.index + after[0].length, Math.min(s.end, m.end + 100)))) return false;
  // "X said Wednesday that the two countries had agreed to ..., after two days of talks with Y": the encounter set off
  // at the end of the sentence is the speaker's when no one else is named between.
  if (after) {
    const from = m.end + after.index + after[0].length;
    const late = SPEAKER_MET_LATE_RE.exec(doc.text.slice(from, s.end));
    if (late && !mentionsOf(doc, s).some((o) => o.entity !== m.entity && o.start >= from && o.start < from + late.index)) return false;
  }
  if (after) return true;
  const before = REPORTER_BEFORE_RE.exec(doc.text.slice(Math.max(s.start, m.start - 90), m.start));
  // "X, President of FICCI, said today at an interaction with Minister Y": the one after "with" is met, not the source.
  return !!before && !/\bwith\s/i.test(before[0]);
}
const SPEAKER_MET_LATE_RE = /,\s+(?:after|following)\s+(?:(?:a|one|two|three|four|several)\s+(?:\p{Ll}+\s+)?(?:days?|rounds?|hours?)\s+of\s+)?(?:(?:his|her|their|a|the)\s+)?(?:\p{Ll}+\s+)?(?:meetings?|talks|negotiations|consultations|discussions)\s+with\s/u;
const SPEAKER_MET_RE = /^\s+(?:(?:reporters|journalists|the\s+press|on\s+\p{Lu}\p{Ll}+|today|yesterday)\s+)?(?:after|following|before|ahead\s+of)\s+(?:(?:his|her|their|a|the)\s+)?(?:(?:meeting|meetings|talks|holding|receiving|hosting|phone\s+call|telephone\s+call|call)\b)/u;
// "told German Chancellor ", "told the visiting Minister of Trade ": a title at most between the verb and the person told
// ("told reporters that Y ..." tells the press).
const TOLD_PARTY_RE = /^\s+(?:(?:his|her|the|visiting)\s+){0,2}(?:(?:\p{Lu}[\p{L}'’-]*|of|for|and|the)\s+){0,8}$/u;

/** People of the trigger's companion phrases ("in the presence of X"). */
const COMPANIONS = new WeakMap<InternalMeeting, number[]>();

/** Number of participants that came from the clause's subject (for "met A and B separately"). */
const SUBJECTS = new WeakMap<InternalMeeting, number>();

// "the two prime ministers", "the two ministers": the pair of the latest encounter whose titles fit
// the group's head noun; otherwise the document's principals.
// "the two foreign ministers" of India and Ireland: "external affairs minister", "Minister of International Relations".
const FOREIGN_PORTFOLIO_RE = /\b(?:external affairs|external relations|international relations|international cooperation)\b/;
const GROUP_HEAD_RE = /(prime ministers|pms|ministers|presidents|leaders|heads|diplomats|officials|ambassadors|chairmen|legislators|secretaries)(?: of (?:state|government))?$/i;

const DIPLOMACY_GROUP_RE = /\b(?:heads\s+of\s+diplomacy|top\s+diplomats|chief\s+diplomats)$/i;

// "the two ministers": a minister, or a portfolio holder of another name ("Adviser for Foreign Affairs").
const MINISTER_TITLE_RE = new RegExp(cues.ministerTitles.patterns.join("|"));

// "House President", "President of the Senate": the head of a chamber is no head of state or government.
const CHAMBER_TITLE_RE = /\b(?:house|senate|parliament|national assembly|congress|chamber|duma|majlis|knesset|diet)\b/;
const LEADER_TITLE_RE = /\b(?:president|prime minister|premier|chancellor|king|queen|emir|amir|sultan|monarch|leader|head of (?:state|government)|crown prince|chief adviser|state counsellor)\b/;

function groupMembers(doc: Doc, s: Sent, from: number, to: number, earlier: InternalMeeting[], host: string | null = null): number[] | null {
  const g = doc.groups.find((x) => x.sentence === s.index && x.start >= from && x.end <= to);
  if (!g) return null;
  // "The heads of diplomacy", "the two top diplomats": the foreign ministers.
  const diplomacy = DIPLOMACY_GROUP_RE.test(g.text);
  const head = diplomacy ? "ministers" : GROUP_HEAD_RE.exec(g.text.replace(/\s+/g, " "))?.[1].toLowerCase();
  const three = /^the\s+three\b/i.test(g.text);
  // ("The two heads of state": the group may end before "of state" when a line break parts them.)
  const headOf = /^\s*heads(?:\s+of\s+(state|government))?\b/i.exec((/\bheads$/i.test(g.text) ? "heads" : g.text.replace(/^.*\b(?=heads\s+of\b)/is, "")) + (/\bheads$/i.test(g.text) ? doc.text.slice(g.end, g.end + 20) : ""))?.[1]?.toLowerCase();
  const governmentHeads = headOf === "government";
  const stateHeads = headOf === "state";
  // "the two foreign ministers": ministers whose title names that field ("Minister of Foreign Affairs"), not a minister
  // of commerce who met one of them later.
  const field = diplomacy ? "foreign" : head === "ministers" ? /\b(foreign|defen[cs]e|finance|trade|economy|interior|health|energy|transport)\s+ministers$/i.exec(g.text.replace(/\s+/g, " "))?.[1].toLowerCase() : undefined;
  // "received the two visiting Foreign Ministers": not the host's own.
  const visiting = /\bvisiting\b/i.test(g.text);
  const home = visiting ? (datelineCountry(doc) ?? host) : null;
  // "The two Australian ministers": officials of the country its demonym names.
  let nation: string | null = null;
  s.toks.forEach((t, k) => {
    if (t.start >= g.start && t.end <= g.end && s.gaz[k]?.type === "demonym" && s.gaz[k]!.value) nation = s.gaz[k]!.value!;
  });
  const fits = (name: string): boolean => {
    const o = doc.officials.find((x) => x.name === name);
    if (nation && o?.country !== nation) return false;
    const t = fold(o?.title ?? "").replace(/\bpm\b/g, "prime minister");
    if (field && o?.title && !(t.includes(field.slice(0, 5)) || (field === "foreign" && FOREIGN_PORTFOLIO_RE.test(t)))) return false;
    if (home && o?.country === home) return false;
    if (!head || ["officials", "diplomats"].includes(head)) return true;
    // ("The two Heads of Government" after the premiers' talks and one of them received by the President: the premiers.)
    if (head === "heads" && governmentHeads) return /\b(?:prime minister|premier|head of government|chancellor)\b/.test(t) && !/\bdeputy\b|\bvice\b/.test(t);
    if (head === "heads" && stateHeads) return LEADER_TITLE_RE.test(t) && !/\b(?:prime minister|premier|head of government|chancellor)\b/.test(t.replace(/\bhead of state\b/g, "")) && !CHAMBER_TITLE_RE.test(t);
    // ("The two leaders" after talks a deputy prime minister attended: not the deputy.)
    if (head === "leaders" || head === "heads") return LEADER_TITLE_RE.test(t) && !CHAMBER_TITLE_RE.test(t) && !/\b(?:deputy|vice)\b/.test(t);
    if (head === "prime ministers" || head === "pms") return /prime minister|premier/.test(t) && !/\b(?:deputy|vice)[ -](?:prime minister|premier)\b/.test(t);
    // ("The two ministers" after a minister and his deputy: a deputy minister is no minister, as a vice president is no president.)
    if (head === "ministers") return MINISTER_TITLE_RE.test(t.replace(/prime minister/g, "")) && !/\b(?:deputy|vice)[ -]minister\b/.test(t);
    if (head === "presidents" && /\bvice[ -]president\b/.test(t)) return false;
    // ("The two Presidents" after "The Head of State ... held talks with the President of Angola": a republic's head of
    // state, titled so by its own press, is its president.)
    if (head === "presidents" && /\bhead of state\b/.test(t) && !/\b(?:king|queen|emir|sultan|monarch)\b/.test(t)) return true;
    // ("the two Foreign Secretaries": a title naming a secretary, not an under-secretary or a minister's secretary-general.)
    if (head === "secretaries") return /\bsecretary\b/.test(t) && !/\b(?:under|assistant|general)\b/.test(t);
    return t.includes(head.replace(/s$/, "").replace(/chairm[ae]n$/, "chairman"));
  };
  const latestPair = (ok: (name: string) => boolean): number[] | null => {
    for (let i = earlier.length - 1, seen = 0; i >= Math.max(0, earlier.length - 50) && seen < 6; i--) {
      const m = earlier[i];
      // An event's name ("for hosting the G20 Leaders' Summit") gathers whoever its sentence names, not a pair.
      if (m.anaphoric || m.participants.length < 2 || NAMED.has(m)) continue;
      seen++;
      // "The Heads of State last met ..." after talks that ministers attended: the two of that encounter who fit.
      // ("The visiting ministers called on X" after a meeting one of them hosted: the guests, not the host.)
      const fit = m.participants.filter((n) => ok(n) && !(visiting && m.roles.some((r) => r.name === n && r.role === "host")));
      // ("The three ministers will meet again": the three of a trilateral, or two when the third went unnamed.)
      if (fit.length === 2 || (three && fit.length === 3)) return fit.flatMap((n) => doc.officials.filter((o) => o.name === n).map((o) => o.id));
    }
    return null;
  };
  // "The three leaders last met in Khujand" after the host's talks with each of two guests: the three of the summit.
  const trio = (ok: (name: string) => boolean): number[] | null => {
    for (let i = earlier.length - 1, seen = 0; three && i >= Math.max(0, earlier.length - 50) && seen < 6; i--) {
      const m = earlier[i];
      if (m.anaphoric || m.participants.length < 3 || NAMED.has(m)) continue;
      seen++;
      // "hosted his Syrian and Lebanese counterparts, A and B, ... C also took part": "the three ministers" are the host
      // and his two guests (counterparts whose title the text never gave among them), not whoever joined them.
      const sides = m.roles.filter((r) => r.role !== "participant").map((r) => r.name);
      const fit = sides.length === 3 && sides.every((n) => ok(n) || !doc.officials.find((x) => x.name === n)?.title) ? sides : m.participants.filter(ok);
      if (fit.length === 3) return fit.flatMap((n) => doc.officials.filter((o) => o.name === n).map((o) => o.id));
    }
    return null;
  };
  // A side whose title the text never gave ("her Lao counterpart X") may fit too, when no pair fits by titles.
  // "The two Foreign Ministers had met on Monday" when they signed but met in no encounter told: the only two whose
  // titles fit.
  // (A group refers back: someone first named after it in its own sentence is none of its members: "after a working
  // meeting between the two ministers, which was also attended by the Secretary of State, X".)
  const toldBefore = (id: number) => doc.mentions.some((m) => m.entity === id && (m.sentence < s.index || (m.sentence === s.index && m.end <= g.start)));
  const titled = head && !["officials", "diplomats", "leaders", "heads"].includes(head) ? doc.officials.filter((o) => o.title && fits(o.name) && toldBefore(o.id)) : [];
  const onlyTwo = /^(?:the two|both)\b/i.test(g.text) && titled.length === 2 ? titled.map((o) => o.id) : null;
  // "The two leaders last met in July": a recall of the pair the report is about (the first encounter told whose
  // pair fits), not of the encounter told last (a video call with a third leader, a deputy at a dinner).
  // ("The two Presidents last met in Arusha": any pair fits, not only leaders; a vice president is no president.)
  // ("The ministers last spoke in June" too; of a reception, its host and guest, not the deputies who attended it.)
  // ("The two ministers will meet again in December", "had met last year", "a phone call between the two leaders in
  // September": a recall or a plan told apart from the day's narrative, dated to a month or a year, is the report's
  // pair too, not the pair of the encounter told last.)
  // ("Zelensky invited Stubb to the summit, and the two leaders are expected to meet again there": the two its own
  // sentence just named.)
  const named = [...new Set(doc.mentions.filter((m) => m.sentence === s.index && m.end <= g.start && m.kind !== "pronoun").map((m) => m.entity))];
  if (!three && /^(?:the two|both)\b/i.test(g.text) && named.length === 2 && named.every((id) => doc.officials[id] && fits(doc.officials[id].name))) return named;
  // "Carney is scheduled to meet Y on Tuesday. The two last spoke by phone on June 2": a bare "the two" or "the pair"
  // opening a sentence are the two people the sentence before named, when it named exactly two.
  if (!head && !named.length && /^(?:the\s+two|the\s+pair)$/i.test(g.text) && g.start === s.start && s.index > 0) {
    const before = [...new Set(doc.mentions.filter((m) => m.sentence === s.index - 1 && m.kind !== "pronoun").map((m) => m.entity))];
    if (before.length === 2) return before;
  }
  if (!three && /^(?:the two|both|the)\b/i.test(g.text) && (RECALL_AFTER_GROUP_RE.test(doc.text.slice(g.end, g.end + 40)) || apartFromTheDay(doc, s, g.end) || (PLUPERFECT_AFTER_GROUP_RE.test(doc.text.slice(g.end, g.end + 40)) && atMostTwoCountries(doc)))) {
    // A counterpart whose title the text never gave ("her Barbadian counterpart, X") fits.
    const ok = (n: string) => fits(n) || !doc.officials.find((x) => x.name === n)?.title;
    // A reception's host and guest are its pair; the attendees who joined it are not ("received X ... The discussions
    // also included the Prime Minister and the ministers").
    // ("Both ministers had last met" after a Foreign Minister's talks with a Foreign Secretary: two of one field are the
    // pair whatever the other's office is called.)
    const pairOf = (m: InternalMeeting) => {
      const sides = m.roles.filter((r) => r.role !== "participant").map((r) => r.name);
      if (sides.length === 2 && sides.every(ok)) return sides;
      const fit = m.participants.filter(ok);
      return fit.length === 1 && m.participants.length === 2 && sameField(doc, m.participants[0], m.participants[1]) ? m.participants : fit;
    };
    // (A pair both of whose titles fit comes before one that fits only for a side the text gave no title: "the two
    // ministers" after a minister's talks with a minister and his meetings with untitled members of a presidency.)
    // (Only the two sides of an encounter, or the two it was told of first, before those who attended or joined it: not
    // two of a call with a third leader, nor a minister who attended the talks.)
    const strictPair = (m: InternalMeeting) => {
      const sides = m.roles.filter((r) => r.role !== "participant").map((r) => r.name);
      if (sides.length === 2) return sides.every(fits) ? sides : [];
      const told = m.participants.slice(0, 2);
      return told.every(fits) ? told : [];
    };
    const eligible = (m: InternalMeeting) => !m.anaphoric && !NAMED.has(m) && m.participants.length >= 2;
    // "It was their first face-to-face encounter since the two met at the UN last September": "their first ... since"
    // compares the encounter just told with the recalled one, so the two are that encounter's pair.
    const last = [...earlier].reverse().find((m) => eligible(m) && m.status === "held");
    if (last && s.index - last.sentence <= 2 && FIRST_SINCE_RE.test(doc.text.slice(s.start, g.start)) && sidesOf(last).every(ok)) return sidesOf(last).flatMap((n) => doc.officials.filter((o) => o.name === n).map((o) => o.id));
    const roundUp = roundUpPair(doc, s, earlier);
    if (roundUp && roundUp.every(fits)) return roundUp.flatMap((n) => doc.officials.filter((o) => o.name === n).map((o) => o.id));
    const strict = earlier.find((m) => eligible(m) && strictPair(m).length === 2);
    if (strict) return strictPair(strict).flatMap((n) => doc.officials.filter((o) => o.name === n).map((o) => o.id));
    const first = earlier.find((m) => eligible(m) && pairOf(m).length === 2);
    if (first) return pairOf(first).flatMap((n) => doc.officials.filter((o) => o.name === n).map((o) => o.id));
  }
  return trio(fits) ?? latestPair(fits) ?? latestPair((n) => fits(n) || !doc.officials.find((x) => x.name === n)?.title) ?? onlyTwo ?? g.entities;
}
// "the delegation met X", "The Zambian delegation will pay a courtesy call on Y": the delegation right before the verb
// (a trade or IMF "mission" is a delegation: "The mission, held on 18 and 19 May, was led by X").
// ("The Korean delegation, which arrived on Monday, also met", "the delegation is scheduled to meet": a relative clause
// after the noun; the trigger may hold the "to".)
const DELEGATION_SUBJECT_RE = /\bthe\s+(?:[\p{L}-]+\s+){0,2}(?:delegation|mission)(?:,\s+(?:which|who)\s[^,;]*,)?\s+(?:(?:also|later|then|will|would|was|were|(?:has|had)\s+been|is\s+to|is\s+(?:due|scheduled|set|expected)(?:\s+to)?)\s+)*(?:on\s+\p{Lu}\p{Ll}+\s+)?$/iu;
// "The delegation was led by A and included B", "a delegation led by A": its people after "by" and "included".
const DELEGATION_LED_BY_RE = /\b(?:delegation|mission)s?\b[^.;]*?\b(?:led|headed)\s+by\b/i;
// "Y, who is leading a delegation of Zambian legislators": the one named just before.
const LEADS_DELEGATION_RE = /\b(?:is\s+)?(?:leading|leads|led|heading|heads|headed)\s+(?:a|the|an)\s+(?:[\p{L}-]+\s+){0,3}delegation\b/iu;

const MESSAGE_SUBJECT_RE = /^\s*(?:the|this|that|his|her)\s+(?:written\s+|verbal\s+|oral\s+|personal\s+)?(?:message|letter)\s+(?:was|were)\s+(?:later\s+|also\s+)?$/i;
const MESSAGE_CONVEYED_RE = /\b(?:conveyed|delivered|handed(?:\s+over)?|carried|transmitted|passed\s+on|brought)\b[^.;]{0,80}?\b(?:message|letter)\b/i;

/** "Minister X conveyed on Tuesday a written message from President Y to King Z. The message was received by Crown
 * Prince W": the one said to convey or deliver a message in one of the two sentences before `s`, the subject of that
 * verb, stands for the message. */
function messageBearer(doc: Doc, s: Sent): number | null {
  for (let i = s.index - 1; i >= Math.max(0, s.index - 2); i--) {
    const t = doc.sentences[i];
    const verb = MESSAGE_CONVEYED_RE.exec(t.text);
    if (!verb) continue;
    const subject = mentionsOf(doc, t).filter((m) => m.kind !== "pronoun" && m.end <= t.start + verb.index && usable(doc, t, m)).pop();
    return subject ? subject.entity : null;
  }
  return null;
}

/** The people a delegation is said to be led by or to include, in the sentence or the ten before it. */
function delegationMembers(doc: Doc, s: Sent): number[] {
  for (let i = s.index; i >= Math.max(0, s.index - 10); i--) {
    const t = doc.sentences[i];
    const names = mentionsOf(doc, t).filter((m) => m.kind !== "pronoun" && usable(doc, t, m));
    const by = DELEGATION_LED_BY_RE.exec(t.text);
    if (by) {
      const after = names.filter((m) => m.start >= t.start + by.index + by[0].length);
      if (after.length) return [...new Set(after.map((m) => m.entity))];
    }
    const leads = LEADS_DELEGATION_RE.exec(t.text);
    if (leads) {
      const leader = names.filter((m) => m.end <= t.start + leads.index).pop();
      if (leader) return [leader.entity];
    }
  }
  return [];
}

// "Foreign Minister" and "Foreign Secretary", "Minister of Foreign Affairs" and "Secretary of Foreign Relations".
const FIELD_RE = new RegExp(`\\b(${cues.portfolioFields.stems.join("|")})`);
function sameField(doc: Doc, a: string, b: string): boolean {
  const field = (n: string) => FIELD_RE.exec(fold(doc.officials.find((o) => o.name === n)?.title ?? ""))?.[1] ?? null;
  const f = field(a);
  return f !== null && f === field(b);
}
// The rest of a group's sentence tells an encounter apart from the day's narrative: "again", a perfect "had met", or a
// date that names a month or a year but no day ("in September", "last year", "in November").
const AGAIN_RE = /\b(?:again|had\s+(?:last\s+|previously\s+|earlier\s+)?met|next\s+(?:meeting|round|session))\b/i;
function apartFromTheDay(doc: Doc, s: Sent, from: number): boolean {
  if (AGAIN_RE.test(doc.text.slice(from, s.end))) return true;
  // (Not a plan dated so: "The two ministers agreed to hold the next round in the second half of the year" is what the
  // pair just told agreed.)
  // (Its own clause: "a phone call between the two leaders in September, during which they agreed to convene a summit"
  // is a recall.)
  const comma = doc.text.slice(from, s.end).search(/[,;]/);
  if (PLANNED_RE.test(doc.text.slice(s.start, comma < 0 ? s.end : from + comma))) return false;
  const ds = datesOf(doc, s).filter((d) => !["since", "by", "until", "till"].includes(d.prep ?? ""));
  if (!ds.length || ds.some((d) => d.day !== undefined || d.weekday !== undefined || d.kind === "relative-day" || d.kind === "relative-anchor" || d.kind === "weekday")) return false;
  return ds.some((d) => d.kind === "absolute" || d.kind === "year" || d.kind === "relative-year" || d.kind === "relative-month");
}
const RECALL_AFTER_GROUP_RE = /^\s+(?:of\s+(?:state|government)\s+)?(?:had\s+)?(?:last|previously|first)\s+(?:met|came\s+together|spoke)\b/i;
// "The two Heads of State had also spoken by telephone on November 28", "The presidents had spoken by phone on
// September 2": in a report on two countries at most, a pluperfect after the group is a recall of the report's pair
// too, not of the latest encounter (a speaker's reception); in a summit's report, "the two leaders had already spoken
// by telephone" are the two just told.
const FIRST_SINCE_RE = /\b(?:their|its|the)\s+first\s+(?:[\p{L}-]+\s+){0,4}?since\s+$/iu;
const PLUPERFECT_AFTER_GROUP_RE = /^\s+(?:of\s+(?:state|government)\s+)?had\s+(?:also\s+|already\s+)?(?:met|spoken|talked)\b/i;
// (Countries known so far: a home side's may be settled only after the meetings.)
function atMostTwoCountries(doc: Doc): boolean {
  const countries = new Set(doc.officials.map((o) => o.country).filter((c) => c));
  return countries.size <= 2;
}

// A colon after a counted plural ("from three outgoing heads of mission:", "with the following two ministers:") opens a
// list of people, their items parted by semicolons.
const LIST_COLON_RE = /^[^.;:]{0,120}\b(?:two|three|four|five|six|seven|eight|nine|ten|several|following|\d{1,2})\s+(?:[\p{L}-]+\s+){0,4}[\p{L}-]+:\s/u;

const MESSAGE_FROM_RE = /\b(?:message|letter|greetings|congratulations)\s+from\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,6}$/iu;
const POSSESSED_PERSON_RE = /^['’]s?\s+(?:[\p{Ll}\p{Lu}][\p{L}-]*\s+){0,2}?(?:counterparts?|deputy|deputies|envoys?|representatives?|spouse|wife|husband|advis[eo]rs?|aides?|successor|predecessor)\b/u;
// "signed on Wednesday a memorandum that will allow 20,000 workers a year to ...": a plan inside a relative clause is the
// thing's, not the sentence's; the sentence still tells a day held.
const RELATIVE_PLAN_RE = /\b(?:that|which|who)\s+(?:will|would|is\s+to|are\s+to|is\s+expected\s+to|are\s+expected\s+to)\b[^,;]*/gi;
function withoutRelativePlans(text: string): string {
  return text.replace(RELATIVE_PLAN_RE, "");
}
/** Where the session a verb of chairing governs ends ("co-chaired a roundtable"), or -1. */
function chairedNounEnd(doc: Doc, t: Trigger): number {
  if (!t.verb || !/chair/i.test(doc.text.slice(t.start, t.end))) return -1;
  const c = CHAIRED_NOUN_RE.exec(doc.text.slice(t.end, t.end + 60));
  return c ? t.end + c[0].length : -1;
}

function buildMeeting(doc: Doc, s: Sent, t: Trigger, all: Trigger[], dates: DateMention[], earlier: InternalMeeting[], sameSentence: InternalMeeting[] = []): InternalMeeting | null {
  const ms = mentionsOf(doc, s);
  // "A and B held talks ..., in the framework of the Summit, which the two leaders co-chaired": a group may name the
  // pair of an encounter its own sentence told first.
  const pairs = sameSentence.length ? [...earlier, ...sameSentence] : earlier;
  const meeting: InternalMeeting = {
    kind: t.kind,
    date: null,
    location: null,
    status: "held",
    participants: [],
    roles: [],
    evidence: [evidenceOf(doc, s.index, t.start, t.end)],
    sentence: s.index,
    at: t.start,
    anaphoric: t.anaphoric,
    visitSpan: visitSpanIn(s),
  };
  // A reference back inside the objects ("met A, the host of the summit, and B") does not end them.
  // ("A and B co-chaired a roundtable on debt with C": the session the verb governs is its object, no next encounter.)
  const chairedEnd = chairedNounEnd(doc, t);
  const next = all.find((x) => x.start > t.start && !x.anaphoric && !x.named && x.end > chairedEnd);
  const clauseEnd = (() => {
    const rest = doc.text.slice(t.end, next ? next.start : s.end);
    // "received farewell calls from three outgoing heads of mission: A; B; and C": the list is the objects.
    if (rest.includes(":") && LIST_COLON_RE.test(rest)) return next ? next.start : s.end;
    const c = CLAUSE_END_RE.exec(rest);
    return c ? t.end + c.index : next ? next.start : s.end;
  })();
  // "called on X to do Y" is a request, not a visit ("called on X, who hosted him to a lunch" is one; so is "called on X,
  // who hosted the summit, and invited him to visit Islamabad": the "to" of a verb joined by "and" is that verb's).
  if (t.verb && /^call/i.test(doc.text.slice(t.start, t.end)) && /\bto\s+(?!(?:a|an|the|his|her|their|its)\s)\p{Ll}/u.test(doc.text.slice(t.end, s.end).replace(/,\s+(?:who|which)\b[^,;]*,/g, ",").split(/,?\s+and\s+(?=\p{Ll}+ed\b)|;/u)[0])) {
    return null;
  }
  // "to reactivate the Joint Commission, whose last session was held in Algiers in 2015": a session of the body a
  // whose-clause describes, no person named in that clause, is none of the sentence's people's encounters.
  if (!t.verb && WHOSE_NOUN_RE.test(doc.text.slice(Math.max(s.start, t.start - 40), t.start)) && !ms.some((m) => m.start >= t.end && m.end <= clauseEnd)) return null;
  // "During his meeting with X, Y recalled ...": the fronted phrase holds the meeting's other side and
  // its date; the main clause's subject is the first side; the rest of the sentence is about other things.
  const firstComma = doc.text.indexOf(",", s.start);
  const frontedNoun =
    !t.verb && firstComma > t.end && firstComma < s.end && FRONTED_RE.test(doc.text.slice(s.start, t.start)) ? firstComma : -1;
  const usableHere = (m: Mention) => usable(doc, s, m);
  if (frontedNoun > 0) meeting.visitSpan = VISIT_SPAN_RE.test(doc.text.slice(s.start, frontedNoun));
  const whom = WHOM_RE.exec(doc.text.slice(s.start, t.start));
  const relStart = whom ? s.start + whom.index : -1;
  const antecedent = whom ? ms.filter((m) => m.end <= relStart).pop() : undefined;
  if (antecedent) ASIDE.add(meeting);
  // "The interlocutors recalled the telephone conversation between A and B on December 22": so is one told as the object
  // of a recall.
  if (!t.verb && RECALLED_NOUN_RE.test(doc.text.slice(Math.max(s.start, t.start - 60), t.start))) ASIDE.add(meeting);
  // "A and B had discussed the council in a phone call on January 10th": a flashback in the past perfect; "Later in the
  // day" after it goes on from the story's day.
  if (PAST_PERFECT_BEFORE_RE.test(doc.text.slice(Math.max(s.start, t.start - 80), t.start)) || /^had\s/i.test(doc.text.slice(t.start, t.end))) ASIDE.add(meeting);
  if (t.named) NAMED.add(meeting);
  if (t.verb && /chair/i.test(doc.text.slice(t.start, t.end))) {
    CO_CHAIRED.add(meeting);
    // "co-chaired a working session": the session a new noun names is of that noun's kind.
    const session = CHAIRED_NOUN_RE.exec(doc.text.slice(t.end, t.end + 60));
    if (session) meeting.kind = NOUN_KIND.get(fold(session[1]).replace(/\s+/g, " ")) ?? meeting.kind;
  }
  // "X also held a separate meeting with Y" on a summit's day: an encounter of its own, not the summit.
  if (t.verb && /\bseparate\s/i.test(doc.text.slice(t.start, t.end))) SIDELINES.add(meeting);
  if (t.verb) {
    // "Receiving X in Hanoi, Y said ...": the object ends at the comma, the subject follows it.
    // ("In a separate meeting with X, the King stressed ...": so for a gerund after a fronted preposition and determiner.)
    const fronted = t.start === s.start || (/^meeting\b/i.test(doc.text.slice(t.start, t.end)) && OWN_FRONTED_RE.test(doc.text.slice(s.start, t.start)));
    const comma = fronted ? doc.text.indexOf(",", t.end) : -1;
    const objEnd = fronted && comma > 0 && comma < s.end ? comma : clauseEnd;
    // "spoke by phone", "held talks": no object; the parties are the (coordinated) subject.
    const transitive = t.roles !== "peers" || /(?:\bwith|\bmet|\bmeets?|\bsee|\bby|\bof|co-chair\w*|phoned)$/i.test(doc.text.slice(t.start, t.end));
    // ("dined with X, a frequent critic of Y's government": the possessor inside an apposition is no party.)
    const possessorInApposition = (m: Mention) => /^['’]s\s+\p{Ll}/u.test(doc.text.slice(m.end, m.end + 4)) && /,\s+(?:a|an|the)\s[^,;]*$/i.test(doc.text.slice(t.end, m.start));
    // ("hold talks with Lazaro's Vietnamese counterpart in Hanoi": the possessor of a person is not that person.)
    const possessorOfPerson = (m: Mention) => POSSESSED_PERSON_RE.test(doc.text.slice(m.end, m.end + 60));
    // ("received a written message from President Y, delivered by Minister Z": the sender was not there.)
    const sender = (m: Mention) => MESSAGE_FROM_RE.test(doc.text.slice(Math.max(t.end, m.start - 80), m.start));
    let objects = transitive ? ms.filter((m) => m.start >= t.end && m.start < objEnd && usableHere(m) && !possessorInApposition(m) && !possessorOfPerson(m) && !sender(m)) : [];
    // "President X, whom he is expected to meet in June": the antecedent is the object.
    if (!objects.length && antecedent && transitive) objects = [antecedent];
    // "held talks with the visiting delegation": the guests of the latest encounter that had guests.
    const visitors = !objects.length && transitive ? VISITORS_RE.exec(doc.text.slice(t.end, Math.min(clauseEnd, t.end + 60))) : null;
    if (visitors) {
      // "the visiting heads of state": a plural role names the guests of an encounter that had several (the summit, not
      // the call one of them paid on the Prime Minister after it), when one was told.
      const several = /^\s+(?:the\s+)?visiting\s+\S*(?:s|heads\s+of\s+\S+)$/i.test(visitors[0]) && earlier.some((m) => m.roles.filter((r) => r.role === "guest").length >= 2);
      for (let i = earlier.length - 1; i >= Math.max(0, earlier.length - 50); i--) {
        const guests = earlier[i].roles.filter((r) => r.role === "guest");
        if (!guests.length || (several && guests.length < 2)) continue;
        objects = [];
        if (guests.length > 1) GATHERED.add(meeting);
        for (const g of guests) {
          const id = doc.officials.find((o) => o.name === g.name)?.id;
          if (id !== undefined) objects.push(objectAt(doc, s, t, id));
        }
        break;
      }
    }
    // "Later that day, Zelensky received the Norwegian delegation": that country's people of the latest encounter told.
    // (Only of an encounter told as held: who will meet "the Iranian delegation" the report does not yet know.)
    const side = !objects.length && transitive && PAST_VERB_RE.test(doc.text.slice(t.start, t.end)) ? SIDE_DELEGATION_RE.exec(doc.text.slice(t.end, Math.min(clauseEnd, t.end + 60))) : null;
    if (side) {
      const at = t.end + side[0].indexOf(side[1]);
      const k = s.toks.findIndex((x) => x.start === at);
      const hit = s.gaz[k];
      const code = hit?.type === "demonym" || hit?.type === "country" ? hit.value : null;
      if (code) objects = sideOfLatest(doc, code, earlier).map((id) => objectAt(doc, s, t, id));
      // ("held a working session with the Kanagawa delegation": a region's or city's delegation is led by the one whose
      // title names it in the latest encounter told.)
      else if (hit?.type === "place") objects = titledInLatest(doc, side[1], earlier).map((id) => objectAt(doc, s, t, id));
    }
    // "the commission, co-chaired by A and B", "the session, held under the co-chairmanship of A and B": a participle
    // or a prepositional phrase after a noun has no subject of its own; its objects are the parties.
    const participle = /\b(?:by|of)$/.test(doc.text.slice(t.start, t.end)) && t.roles === "peers";
    let subjects = participle ? [] : fronted && comma > 0 ? ms.filter((m) => m.start > comma).slice(0, 1).map((m) => m.entity) : subjectOf(doc, s, t, ms, all, pairs);
    if (!subjects.length && t.roles === "peers" && objects.length) subjects = summitHost(doc, s, t, objects, earlier);
    // "talks with X, whom he last met in Ouagadougou in March 2025": the relative clause's own subject, between the
    // pronoun and the verb, meets the antecedent.
    if (antecedent && objects.length === 1 && objects[0] === antecedent) {
      const own = ms.filter((m) => m.start > relStart && m.end <= t.start && m.entity !== antecedent.entity && usableHere(m));
      if (own.length) subjects = [...new Set(own.map((m) => m.entity))];
    }
    const [subjRole, objRole]: ParticipantRole[] =
      t.roles === "subject-host" ? ["host", "guest"] : t.roles === "subject-guest" || t.roles === "agent-host" ? ["guest", "host"] : ["participant", "participant"];
    for (const id of subjects) addParticipant(doc, meeting, id, subjRole);
    SUBJECTS.set(meeting, meeting.participants.length);
    // "X received the two visiting Foreign Ministers at the Prime Minister's House": the subject is not his own guest.
    if (t.roles === "subject-host" && objects.length && objects.every((m) => m.kind === "role" && subjects.includes(m.entity))) objects = [];
    for (const m of objects) addParticipant(doc, meeting, m.entity, objRole);
    const hostCountry = t.roles === "subject-host" && subjects.length ? doc.officials[subjects[0]]?.country ?? null : null;
    if (!objects.length) for (const id of groupMembers(doc, s, t.end, clauseEnd, pairs, hostCountry) ?? []) addParticipant(doc, meeting, id, objRole);
    // "Both presidents welcomed the agreement", "to host the summit": a host with no guest in the clause receives no one.
    if (t.roles === "subject-host" && !objects.length && meeting.roles.every((r) => r.role === "host")) {
      // "X hosted the 4th Trilateral Meeting of the Foreign Ministers ... today. A and B led their respective
      // delegations": the event's guests are told in the next sentence.
      if (meeting.roles.length && /^hosted$/i.test(doc.text.slice(t.start, t.end)) && HOSTED_EVENT_RE.test(doc.text.slice(t.end, clauseEnd))) {
        for (const r of meeting.roles) r.role = "participant";
        meeting.kind = "conference";
        HOSTED.set(doc, meeting);
      }
      return null;
    }
  } else {
    // "co-chaired a roundtable with X": the noun is the verb's session, read with the verb.
    if (all.some((v) => v.verb && v.end <= t.start && chairedNounEnd(doc, v) >= t.end)) return null;
    // "invited X to attend the leaders' retreat", "asked X to back the plan at the bloc's summit": an event in a
    // request's content, not an encounter of the people the sentence names.
    if (!t.anaphoric && !NOUN_PARTIES_RE.test(doc.text.slice(t.end, t.end + 80)) && REQUEST_CONTENT_RE.test(doc.text.slice(s.start, t.start))) return null;
    // "is expected to meet Y at this year's Forum leaders' meeting in Koror": the gathering where a verb's encounter takes
    // place, no encounter of its own ("is due to meet Y on Saturday on the margins of the closing session" too).
    if (!t.anaphoric && all.some((v) => v.verb && v.end <= t.start && v.start >= s.start && VENUE_GATHERING_RE.test(doc.text.slice(v.end, t.start)))) return null;
    // "Within the framework of the 59th ASEAN Foreign Ministers' Meeting in Manila, X had bilateral meetings with A, B and
    // C": a named gathering in a fronted phrase is the venue of the main clause's encounters, no encounter of its own.
    if (t.named && FRONTED_VENUE_RE.test(doc.text.slice(s.start, t.start)) && all.some((v) => v.verb && v.start > t.end && !/[.;]/.test(doc.text.slice(t.end, v.start)) && doc.text.slice(t.end, v.start).includes(","))) return null;
    // "prepares the intergovernmental summit, which A and B will co-chair in Istanbul in December": the verb of a relative
    // clause that tells the noun's future tells the encounter; the noun is no second one.
    const future = FUTURE_RELATIVE_RE.exec(doc.text.slice(t.end, Math.min(s.end, t.end + 160)));
    if (future && all.some((v) => v.verb && v.start >= t.end && v.start <= t.end + future[0].length + 40)) return null;
    // "where the ministers discussed Haiti and the upcoming CARICOM Heads of Government meeting": a topic.
    if (!t.anaphoric && !NOUN_PARTIES_RE.test(doc.text.slice(t.end, t.end + 80)) && TOPIC_CONTENT_RE.test(doc.text.slice(s.start, t.start))) return null;
    const parties = NOUN_PARTIES_RE.exec(doc.text.slice(t.end, t.end + 80));
    const between = parties && /between$/.test(parties[0]) ? parties : null;
    // "X's call with Y": the possessor and the people after "with".
    // "X briefed Z on his talks with Y", "Z received X, who recalled his talks with Y": the possessive's owner is the
    // subject of its clause (the antecedent of a relative pronoun).
    const possessor =
      ms.find((m) => /^['’]s\s+(?:[\p{L}-]+\s+){0,2}$/u.test(doc.text.slice(m.end, t.start))) ??
      (/\b(?:his|her)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(doc.text.slice(Math.max(s.start, t.start - 40), t.start)) ? clauseSubject(doc, s, t, ms) : undefined) ??
      visitOwner(doc, s, t, ms);
    let pool =
      t.members
        ? []
        : frontedNoun > 0
        ? [...ms.filter((m) => m.start >= t.end && m.start < frontedNoun), ...coordinatedSubject(doc, ms.filter((m) => m.start > frontedNoun))]
        : between
          ? ms.filter((m) => m.start >= t.end && m.start < clauseEnd)
          : possessor && parties
            ? [possessor, ...ms.filter((m) => m.start >= t.end && m.start < clauseEnd)]
            : ms.filter((m) => m.start < laterClause(doc, s, t, all));
    const opening = !t.members && !between && !antecedent && frontedNoun < 0 ? openingGroupSubject(doc, s, t, ms.filter((m) => m.end <= t.start), pairs) : null;
    if (opening) pool = [];
    for (const id of opening ?? []) addParticipant(doc, meeting, id, "participant");
    // "President X, with whom the Chairperson had a telephone conversation": the antecedent and the clause's subject.
    if (antecedent) pool = [antecedent, ...ms.filter((m) => m.start > relStart && m.end <= t.start)];
    // "followed by inter-delegation talks attended by A, B and C": people after "attended by" join the encounter below,
    // they do not make it.
    const joining = new Set(companions(doc, s, t.end, next ? next.start : s.end));
    // "In a separate meeting with X, the King stressed ...": the subject after a meeting noun fronted right after its
    // preposition speaks at that meeting, not to the press.
    const speaksThere = frontedNoun > 0 && OWN_FRONTED_RE.test(doc.text.slice(s.start, t.start)) ? ms.find((m) => m.start > frontedNoun) : undefined;
    pool = pool.filter((m) => (m === speaksThere || usableHere(m)) && !joining.has(m));
    const named = pool.filter((m) => m.kind === "name" || m.kind === "alias");
    if (new Set(named.map((m) => m.entity)).size >= 2) pool = named;
    // "a reception ... for X": X is the guest.
    const tail = doc.text.slice(t.end, clauseEnd);
    const forIdx = tail.search(/\bfor\b/);
    const forEnd = forIdx < 0 ? -1 : t.end + forIdx + (/^[^,;]*/.exec(tail.slice(forIdx))?.[0].length ?? 0);
    for (const m of pool) {
      const guest = t.kind === "reception" && forIdx >= 0 && m.start > t.end + forIdx && m.start < forEnd;
      addParticipant(doc, meeting, m.entity, t.kind === "reception" ? (guest ? "guest" : "host") : "participant");
    }
    // "their talks", "the two leaders' talks"; not "as the two countries fast-track talks on the pipeline".
    const their = /\b(?:their|the two|both)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(doc.text.slice(s.start, t.start).slice(-40)) && !/\b(?:the two|both)\s+(?:countries|nations|states|governments)\s+[\p{Ll}-]+\s+$/iu.test(doc.text.slice(s.start, t.start).slice(-60));
    if (meeting.participants.length < 2 && !t.named && !t.members && !antecedent) {
      const group = groupMembers(doc, s, s.start, s.end, pairs);
      // "They are expected to hold talks again in November": the pair just told, as for a verb.
      const they = !group && !meeting.participants.length && THEY_RE.test(doc.text.slice(s.start, t.start)) ? latestPair(doc, pairs) : [];
      const roundUp = !group && !they.length && their ? roundUpPair(doc, s, pairs) : null;
      const theirs = roundUp ? roundUp.flatMap((n) => doc.officials.filter((o) => o.name === n).map((o) => o.id)) : principals(doc);
      for (const id of group ?? (they.length === 2 ? they : their ? theirs : [])) addParticipant(doc, meeting, id, "participant");
    }
    if (meeting.roles.length && meeting.roles.every((r) => r.role === "host")) for (const r of meeting.roles) r.role = "participant";
  }
  // "was received by X at the palace, in the presence of Y": the clause's companions join it (after any split into
  // separate encounters, which they do not count in).
  if (!t.anaphoric) COMPANIONS.set(meeting, companions(doc, s, t.end, next ? next.start : s.end).map((m) => m.entity));
  // Date: the nearest expression, preferring one after the trigger (inside the fronted phrase when there is one).
  // "met X yesterday, a day after he was received by Y": the interval counts back from the day before it, not from an
  // encounter reported earlier.
  const own = frontedNoun > 0 ? dates.filter((d) => d.end <= frontedNoun) : dates;
  const date = nearestDate(
    doc,
    s,
    own.filter((d) => !(d.kind === "relative-anchor" && d.end <= t.start && own.some((e) => e.end <= d.start && INTERVAL_BEFORE_RE.test(doc.text.slice(e.end, t.start))))),
    t,
    all,
  );
  // A participle after a noun ("the council, to be co-chaired by A and B, is expected to convene") takes the
  // tense of the sentence's main verb.
  const participle = t.verb && /\bby$/.test(doc.text.slice(t.start, t.end)) && /(?:,|\bto be)\s*$/.test(doc.text.slice(s.start, t.start));
  // "Both will cooperate, X said after meeting Y": the past reporting verb dates the encounter, not the quote's "will".
  const afterSaying = AFTER_SAYING_RE.test(doc.text.slice(Math.max(s.start, t.start - 60), t.start));
  const planned =
    !afterSaying &&
    // (The window ends at the next encounter's verb: "had held a dialogue on Monday and will meet again in October".)
    PLANNED_RE.test(doc.text.slice(Math.max(s.start, t.start - 60), participle ? s.end : Math.min(s.end, t.end + 40, next ? next.start : s.end))) ||
    /^(?:to|will)\s+(?:\p{Ll}+\s+)?meet/iu.test(doc.text.slice(t.start, t.end)) ||
    (!t.verb && PLANNED_RE.test(nounClause(doc, s, t))) ||
    // "The next round of consultations between A and B is scheduled for April 20": the verb of a noun's own clause,
    // however long the noun phrase before it.
    (!t.verb && !next && PLANNED_RE.test(NOUN_OWN_VERB_RE.exec(doc.text.slice(t.end, s.end))?.[1] ?? "")) ||
    // "During Tuesday's talks, A and B are expected to sign X": a noun fronted before the main clause takes its tense.
    (!t.verb && FRONTED_NOUN_RE.test(doc.text.slice(s.start, t.start)) && PLANNED_RE.test(/^[^,;]{0,40},([^,;]*)/.exec(doc.text.slice(t.end, s.end))?.[1] ?? "")) ||
    // "A, B and C are scheduled to hold the 10th trilateral summit in Athens in March": the object of a planned verb of
    // holding, however long its noun phrase.
    (!t.verb && PLANNED_OBJECT_RE.test(doc.text.slice(s.start, t.start))) ||
    // "invited X to Tirana in October for the Growth Plan summit": the event the invitee is to come to.
    (!t.verb && !t.anaphoric && INVITED_FOR_RE.test(doc.text.slice(s.start, t.start))) ||
    // "A and B will join C in Nicosia in July for a trilateral ministerial meeting": the gathering a future trip is for.
    (!t.verb && !t.anaphoric && FUTURE_FOR_RE.test(doc.text.slice(s.start, t.start))) ||
    // "X will travel to La Paz in August to attend the celebrations and hold a second meeting with Y": one clause from
    // the sentence's start, whose plan governs a verb in its base form further on.
    (t.verb && !PAST_VERB_RE.test(doc.text.slice(t.start, t.end)) && !/[,;:]/.test(doc.text.slice(s.start, t.start)) && PLANNED_RE.test(doc.text.slice(s.start, t.start)));
  const asThe = date?.kind === "relative-anchor" ? AS_THE_RE.exec(doc.text.slice(date.end, Math.min(s.end, date.end + 40))) : null;
  // "On Thursday, the ministers met to prepare the summit. ... In the evening, X phoned Y": an evening goes on from the
  // story's day (the latest told), not from a flashback told just before it.
  const anchor =
    (asThe && dayOfKind(earlier, NOUN_KIND.get(fold(asThe[1]).replace(/\s+/g, " ")))) ||
    (!planned && DAY_PART_RE.test(s.text) ? latestDay(doc, pairs) : null) ||
    // ("will host the Business Forum in Dubai on 13 May 2026. The Minister ... is scheduled to hold talks with X on the
    // following day": a plan with no planned encounter before it counts from the later day the report just gave.)
    (date?.kind === "relative-anchor" ? dayInSentenceBefore(doc, s, date.start, planned, sameSentence) : null) ||
    (date?.kind === "relative-anchor" && !planned ? dayToldSinceLast(doc, s, earlier) : null) ||
    (planned && date?.kind === "relative-anchor" && !earlier.some((m) => m.status === "planned") ? aheadDayBefore(doc, s) : null) ||
    // ("A day earlier, X had called on A, and later met B": a relative day before an earlier clause of the sentence counts
    // from where that clause's did, not from that clause's own day.)
    lastDay(date && sameSentence.some((x) => x.at > date.end) ? earlier : pairs, planned) ||
    // ("presented its White Book to X on Wednesday, September 16 ... A day earlier, A and B met Y": with no encounter told
    // before, the day the report told last.)
    (date?.kind === "relative-anchor" ? dayToldBefore(doc, s) : null);
  // "The meeting came a day after the two foreign ministers co-chaired the session": that long before the encounter
  // just told (the interval counts back from it, not on).
  const referenced = REFERENCE_INTERVAL_RE.exec(doc.text.slice(s.start, t.start));
  const referencedDay = referenced ? lastDay(earlier) : null;
  if (referenced && referencedDay) {
    const n = /^\d+$/.test(referenced[1]) ? Number(referenced[1]) : Math.max(1, NUMBER_WORDS.indexOf(referenced[1].toLowerCase()));
    meeting.date = addDays(referencedDay, (referenced[3].toLowerCase() === "after" ? -1 : 1) * n * (/^week/i.test(referenced[2]) ? 7 : 1));
    TOLD_DAY.add(meeting);
  } else if (date) {
    // "today", "this afternoon" count from the dateline's day when the dateline gives one ("YEREVAN, NOVEMBER 18"
    // over a November 19 header).
    const r = resolveDate(date, date.kind === "relative-day" ? reportDay(doc) : doc.date, planned, anchor);
    if (r) meeting.date = r.value;
    if (r?.precision === "day") TOLD_DAY.add(meeting);
    if (r?.period) meeting.period = r.period;
    // "to visit Singapore in 2027 to co-chair ...", "the 2027 Business Summit": an event placed only in a later year
    // written as a number is a plan too vague to be an encounter ("will meet next year" stays one).
    if (r && date.kind === "year" && r.value.length === 4 && r.value > doc.date.slice(0, 4)) VAGUE.add(meeting);
    // "leaves for Fiji today, a week after a video call with Y": the encounter is that long before the day.
    const interval = INTERVAL_BEFORE_RE.exec(doc.text.slice(date.end, t.start));
    if (r?.precision === "day" && interval && date.end <= t.start) {
      const n = /^\d+$/.test(interval[1]) ? Number(interval[1]) : Math.max(1, NUMBER_WORDS.indexOf(interval[1].toLowerCase()));
      meeting.date = addDays(r.value, (interval[3] === "after" ? -1 : 1) * n * (/^week/i.test(interval[2]) ? 7 : 1));
      delete meeting.period;
    }
  } else if (SIDELINES_OF_RE.test(s.text)) {
    // ("On the sidelines of the trilateral meeting": a lower-case modifier too.)
    // "On the sidelines of the meeting, X held talks with Y": the day of the meeting just reported.
    // A call has no margins: the meeting before it.
    // (A recall told since, "their previous meeting, held in Baku in November 2025", has no sidelines today: a meeting
    // told to the day comes first.)
    const hosts = [...earlier].reverse().filter((m) => m.date && !m.anaphoric && m.kind !== "phone_call" && m.kind !== "video_call" && m.participants.length >= (m.kind === "conference" ? 1 : 2) && m.date.slice(0, 10) <= doc.date);
    meeting.date = (hosts.find((m) => m.date!.length === 10) ?? hosts[0])?.date ?? null;
    if (meeting.date) SIDELINES.add(meeting);
  } else if (t.verb && !planned && partyCount(doc, meeting) >= 2 && PERFECT_RE.test(doc.text.slice(Math.max(s.start, t.start - 30), t.end)) && !HABITUAL_RE.test(s.text)) {
    // "X has been granted an audience with Y", "X has held talks with Y": the report's own day.
    meeting.date = reportDay(doc);
    ASSUMED_DAY.add(meeting);
  } else if (
    !t.verb &&
    !t.anaphoric &&
    !planned &&
    partyCount(doc, meeting) >= 2 &&
    AFTER_NOUN_RE.test(doc.text.slice(Math.max(s.start, t.start - 40), t.start)) &&
    PERFECT_CLAUSE_RE.test(doc.text.slice(s.start, t.start)) &&
    !HABITUAL_RE.test(s.text)
  ) {
    // "A and B have signed an agreement following talks in Canberra": what the perfect tells came after the talks, on
    // the report's own day as for "X has held talks with Y".
    meeting.date = reportDay(doc);
    ASSUMED_DAY.add(meeting);
  } else if (t.verb && COORDINATED_VERB_RE.test(doc.text.slice(Math.max(s.start, t.start - 20), t.start)) && sameSentence.some((x) => x.date)) {
    // "X was later received by A at the Government, and met B": a verb coordinated with an earlier one of its
    // sentence shares that encounter's day.
    meeting.date = [...sameSentence].reverse().find((x) => x.date)!.date;
  } else if (
    anchor &&
    (t.verb ? SEQUEL_RE.test(doc.text.slice(Math.max(s.start, t.start - 25), t.end)) || sequelOpener(s) : !t.named && !t.members && !t.anaphoric && sequelOpener(s))
  ) {
    // ("Following the talks, A and his counterpart B held a working meeting": a noun of its own too.)
    meeting.date = anchor;
    // "Before the plenary, the two prime ministers held a tete-a-tete": an encounter before the one just told is not it.
    if (/^(?:before|prior\s+to|ahead\s+of)\s+(?:the|their)\s/i.test(s.text) && SAME_DAY_RE.test(s.text)) SIDELINES.add(meeting);
  } else if (frontedNoun > 0 && !planned && POSSESSIVE_FRONTED_RE.test(s.text) && toldBefore(earlier, meeting)) {
    // "In his talks with Takaichi, held over dinner, Lee suggested ...": a possessive fronted meeting whose pair an
    // encounter told before already holds is that encounter, on its day (not the day a clause told just before it).
    meeting.date = toldBefore(earlier, meeting)!.date;
  } else if ((t.verb || betweenParties(doc, t) || frontedNoun > 0 || AFTER_MEETING_NOUN_RE.test(doc.text.slice(Math.max(s.start, t.start - 40), t.start))) && !planned && partyCount(doc, meeting) >= 2 && s.index > 0 && (!PLANNED_RE.test(withoutRelativePlans(doc.sentences[s.index - 1].text)) || dayTold(doc, doc.sentences[s.index - 1]) === reportDay(doc))) {
    // ("Kenya and Uganda on Wednesday signed a deal. The deal was sealed after talks between A and B": a noun with its
    // parties after "between" too.)
    // "Korea and Saudi Arabia on Thursday signed two MoUs. The ministers signed them after holding talks":
    // an undated encounter continues the day the sentence before gives, when it gives exactly one (and tells
    // nothing planned: "He will travel to Perth on Tuesday" dates nothing held after it; a plan told with the report's own
    // day, "will work together under a statement signed in Dublin today", is no later day).
    meeting.date = dayTold(doc, doc.sentences[s.index - 1]);
    // "... signed on Thursday at the end of the Commission's session. <a sentence without a day> The session was
    // co-chaired by A and B": a reference back opening the sentence reaches the day of the encounter it names.
    const back = all.find((x) => x.anaphoric && x.end <= t.start && /^(?:the|that|this)\s+(?:[\p{L}-]+\s+)?$/iu.test(doc.text.slice(s.start, x.start)));
    // "BI and the BOK on Monday signed an MoU. The MoU was signed by A and B. Ahead of the signing, the two governors held
    // a meeting": so does a gathering named in a fronted phrase.
    const fronted = back || FRONTED_GATHERING_RE.test(s.text);
    for (let i = s.index - 2; !meeting.date && fronted && i >= Math.max(0, s.index - 3); i--) if (!PLANNED_RE.test(doc.sentences[i].text)) meeting.date = dayTold(doc, doc.sentences[i]);
    // "A and B on Wednesday witnessed the signing ... <a sentence with no date at all> A first held a private meeting
    // with B": the day told last goes on over sentences that tell no date of any kind.
    // (Only between people named in the sentence, outside a proposal: "proposed that the two countries hold the next
    // meeting, co-chaired by the two prime ministers" tells no encounter held.)
    const people = [...new Set(ms.filter((m) => m.kind === "name" || m.kind === "alias").map((m) => m.entity))];
    const named = people.length >= 2 && !PROPOSED_BEFORE_RE.test(doc.text.slice(s.start, t.start));
    for (let i = s.index - 1; named && !meeting.date && i >= Math.max(1, s.index - 2) && !datesOf(doc, doc.sentences[i]).length && !PLANNED_RE.test(doc.sentences[i].text); i--) {
      // (And only for the people of the sentence that told the day: "The two leaders co-chaired the Cabinet on Thursday
      // ... Trade Minister A and B held a working meeting" may be any day of the visit.)
      const told = doc.sentences[i - 1];
      const there = new Set(mentionsOf(doc, told).map((m) => m.entity));
      if (!PLANNED_RE.test(told.text) && people.filter((id) => there.has(id)).length >= 2) meeting.date = dayTold(doc, told);
    }
  }
  // "X held talks with Y, who is in Kazakhstan on an official visit" opening a readout that gives no day before it:
  // the encounter the report is about, on the report's own day. Only a past verb between people the lead names in
  // full: a caption ("X holds talks with Y") or a summary line ("The two leaders met") is no readout's lead, and
  // "X later met Y" follows an encounter the report leaves out.
  if (
    !meeting.date &&
    t.verb &&
    !planned &&
    PAST_VERB_RE.test(doc.text.slice(t.start, t.end)) &&
    !SEQUEL_RE.test(doc.text.slice(Math.max(s.start, t.start - 25), t.start)) &&
    new Set(ms.filter((m) => m.kind === "name").map((m) => m.entity)).size >= 2 &&
    partyCount(doc, meeting) >= 2 &&
    s.index <= 2 &&
    !earlier.some((c) => !c.anaphoric) &&
    !HABITUAL_RE.test(s.text) &&
    doc.sentences.slice(0, s.index + 1).every((x) => !datesOf(doc, x).length)
  ) {
    meeting.date = reportDay(doc);
    ASSUMED_DAY.add(meeting);
  }
  // "On the same day, X paid calls on ..." with no encounter told before it: the day of a recent sentence.
  if (!meeting.date && t.verb && !planned && partyCount(doc, meeting) >= 2 && SAME_DAY_RE.test(s.text)) {
    for (let i = s.index - 1; !meeting.date && i >= Math.max(0, s.index - 3); i--) meeting.date = dayTold(doc, doc.sentences[i]);
  }
  // "A and B each had meetings with X on the morning of the summit", "was received by X after the summit": the day of the
  // gathering as the report dated it before.
  const gathering = !meeting.date && t.verb && !planned ? GATHERING_DAY_RE.exec(s.text) : null;
  for (let i = s.index - 1; gathering && !meeting.date && i >= 0; i--) {
    if (new RegExp(`\\b${gathering[1]}\\b`, "i").test(doc.sentences[i].text)) meeting.date = dayTold(doc, doc.sentences[i]);
  }
  // "X has met his Indonesian counterpart in Jakarta" where the day rule above does not apply (one side unnamed): a
  // present perfect with no date tells a recent encounter, the report's month at most; "has met him several times"
  // tells none.
  if (!meeting.date && t.verb && !planned && !HABITUAL_RE.test(s.text) && /\b(?:has|have)\s+(?:just\s+|now\s+|also\s+)?$/i.test(doc.text.slice(Math.max(s.start, t.start - 20), t.start))) meeting.date = doc.date.slice(0, 7);
  // "Minister A and Minister B held a working meeting to discuss ..." later in a report, with no day in its sentence:
  // people the report names first here met during the reported events, in the report's month.
  if (
    !meeting.date &&
    t.verb &&
    !planned &&
    s.index > 0 &&
    PAST_VERB_RE.test(doc.text.slice(t.start, t.end)) &&
    partyCount(doc, meeting) >= 2 &&
    !HABITUAL_RE.test(s.text) &&
    !datesOf(doc, s).length &&
    earlier.some((c) => !c.anaphoric && c.date?.slice(0, 7) === doc.date.slice(0, 7)) &&
    meeting.participants.every((n) => {
      const id = doc.officials.find((o) => o.name === n)?.id;
      return id !== undefined && doc.mentions.every((m) => m.entity !== id || m.sentence >= s.index);
    })
  )
    meeting.date = doc.date.slice(0, 7);

  // "X held a series of meetings on Friday on the sidelines of the conference. ... In his meeting with Y, X called on ...":
  // an encounter of the one who opened the series, with no day of its own, is on the series' day.
  if (!meeting.date && !planned && partyCount(doc, meeting) >= 2) meeting.date = seriesDay(doc, s, meeting);
  // "Earlier in the day, A and B co-chaired a working session": an encounter told as earlier than the one just told
  // is not that one, whoever attended both.
  if (t.verb && !t.anaphoric && meeting.date && /^earlier\s+(?:in\s+the|that|on\s+the\s+same)\s+day\b/i.test(s.text)) SIDELINES.add(meeting);
  meeting.status = planned || (meeting.date !== null && meeting.date.length === 10 && meeting.date > doc.date) ? "planned" : "held";
  meeting.location = locationNear(doc, s, t);
  // "At the outset of the session, the Amir welcomed the President": a verb after a fronted reference back to an
  // encounter already told is a moment of that encounter.
  if (t.verb && firstComma > 0 && firstComma < t.start && /^(?:(?:at|in)\s+the\s+(?:outset|start|beginning|opening|end|close|course)\s+of|during)\s/i.test(s.text) && all.some((x) => x.anaphoric && x.end <= firstComma)) meeting.anaphoric = true;
  return meeting;
}

// "His first official visit, in June 2025, took in Beijing and included a meeting with Premier X": the noun's other side
// is the visit's owner, the one the possessive names (a name's "'s", or "his"/"her" for the last sentence's subject).
const VISIT_INCLUDED_RE = /^(?:(?:his|her)|(\p{Lu}[\p{L}'’.-]*)['’]s)\s+(?:[\p{Ll}-]+\s+){0,3}(?:visit|trip|tour|stay)\b[^.;]*?\b(?:included|includes|featured|features|involved)\s+(?:a|an)?\s*(?:[\p{Ll}-]+\s+){0,2}$/iu;
function visitOwner(doc: Doc, s: Sent, t: Trigger, ms: Mention[]): Mention | undefined {
  const m = VISIT_INCLUDED_RE.exec(doc.text.slice(s.start, t.start));
  if (!m) return undefined;
  if (m[1]) return ms.find((x) => x.start === s.start && x.end <= s.start + m[1].length + 1);
  for (let i = s.index - 1; i >= Math.max(0, s.index - 2); i--) {
    const f = doc.focus[i];
    if (f !== undefined && f >= 0) return { start: s.start, end: s.start, sentence: s.index, text: "", kind: "pronoun", entity: f };
  }
  return undefined;
}

// "In his talks with X,", "During their meeting with Y,": a fronted meeting noun after a possessive refers to an encounter.
const POSSESSIVE_FRONTED_RE = /^(?:in|during|at)\s+(?:his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:talks|meeting|summit|discussions|conversation)\s+with\b/iu;
/** The held encounter told before with a day whose people include every party of `m`. */
function toldBefore(earlier: InternalMeeting[], m: InternalMeeting): InternalMeeting | undefined {
  if (m.participants.length < 2) return undefined;
  return [...earlier].reverse().find((c) => !c.anaphoric && c.status === "held" && c.date?.length === 10 && subset(m.participants, c.participants));
}

// "held a series of meetings", "held a string of bilateral meetings", "met with a number of Arab leaders": a series of
// encounters told at once, one after another after it.
const SERIES_RE = /\b(?:(?:held|had|holds|conducted)\s+(?:a\s+(?:series|number|string|round|flurry)\s+of|several|multiple)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:meetings|talks|bilaterals|summits|encounters)|met\s+(?:with\s+)?(?:a\s+number\s+of|several|various)\s)/iu;
/** The day of the series a party of `m` opened, up to eight sentences before, when no sentence since told another day. */
function seriesDay(doc: Doc, s: Sent, m: InternalMeeting): string | null {
  for (let i = s.index - 1; i >= Math.max(0, s.index - 8); i--) {
    const o = doc.sentences[i];
    const day = dayTold(doc, o);
    const series = SERIES_RE.exec(o.text);
    if (series && day) {
      const at = o.start + series.index;
      const opener = mentionsOf(doc, o).find((x) => x.end <= at && x.kind !== "pronoun");
      return opener && m.participants.includes(doc.officials[opener.entity]?.name) ? day : null;
    }
    if (day) return null;
  }
  return null;
}

/** "A and B held the annual Consultations, and the Treasurer, C, met D": where a clause coordinated after a noun's
 * clause, with a verb of its own, begins (its people are that verb's, not the noun's); the sentence's end if none. */
function laterClause(doc: Doc, s: Sent, t: Trigger, all: Trigger[]): number {
  const verb = all.find((x) => x.verb && !x.anaphoric && x.start > t.end);
  if (!verb) return s.end;
  const gap = doc.text.slice(t.end, verb.start);
  const and = /,\s+and\s+(?:the\s+)?\p{Lu}[^,;]*(?:,[^,;]*,\s*)?$/u.exec(gap);
  return and ? t.end + and.index : s.end;
}

/** "talks between A and B", "the talks held in Accra between A and B": a noun that names its parties. */
function betweenParties(doc: Doc, t: Trigger): boolean {
  if (t.verb || t.named || t.members) return false;
  const parties = NOUN_PARTIES_RE.exec(doc.text.slice(t.end, t.end + 80));
  return !!parties && /between$/.test(parties[0]);
}

/** "Later, ...", "On the same day, ...", "Following the talks, ...": a sentence that goes on from the encounter just told. */
// "After the JCBC, Minister X paid a courtesy call on ...": a session named by its acronym, just told.
const AFTER_ACRONYM_RE = /^(?:After|Following)\s+the\s+(?:\d+(?:st|nd|rd|th)\s+)?[A-Z]{2,6}(?:\s+(?:meeting|session|talks))?\s*,/;
// "When meeting with X, Y called on ...", "Meeting with X at the palace, Y proposed ...": a fronted gerund of encounter
// with no day of its own goes on with the series told before it.
const FRONTED_GERUND_RE = /^(?:(?:when|while)\s+)?(?:meeting\s+with|receiving|hosting)\s+(?:the\s+)?\p{Lu}/iu;
function sequelOpener(s: Sent): boolean {
  return /^(?:earlier|later|separately|meanwhile|previously|afterwards|afterward|subsequently|thereafter|then|finally|lastly)\b/i.test(s.text) || SAME_DAY_RE.test(s.text) || AFTER_ACRONYM_RE.test(s.text) || FRONTED_GERUND_RE.test(s.text);
}

/** The day the sentences before this one told last (up to five back). */
// "on the morning of the summit", "after the summit", "on the margins of the forum": a gathering named by its noun only.
const GATHERING_DAY_RE = /\b(?:(?:on|in)\s+the\s+(?:morning|afternoon|evening|day|sidelines|margins)\s+of|after|following)\s+the\s+(summit|conference|forum|session|ceremony|plenary)\b/i;

function dayToldBefore(doc: Doc, s: Sent): string | null {
  for (let i = s.index - 1; i >= Math.max(0, s.index - 5); i--) {
    const day = dayTold(doc, doc.sentences[i]);
    if (day) return day;
  }
  return null;
}

// "is scheduled to visit Busan on 24 April 2026 ... and will call on Mayor Park on the same day": a relative day counts
// from the day its own sentence gave before it, whatever encounters were told before.
// (An encounter of the sentence dated before it already resolved that day: "On January 23, I will hold the meeting with
// X, and on the following day ...".)
function dayInSentenceBefore(doc: Doc, s: Sent, at: number, planned: boolean, sameSentence: InternalMeeting[]): string | null {
  const days = datesOf(doc, s).filter((d) => d.kind === "absolute" && d.day !== undefined && !d.range && d.end <= at);
  if (!days.length) return null;
  const told = [...sameSentence].reverse().find((m) => m.date?.length === 10 && m.at < at);
  return told ? told.date! : (resolveDate(days[days.length - 1], doc.date, planned)?.value ?? null);
}

/** "On Wednesday, A and B co-chaired the commission. ... On Thursday, the agency hosted a business forum, which A opened.
 * A was received by C later the same day": a later day of the same week that a sentence told after the last encounter
 * with a day (and before this one) is where the story went on. */
function dayToldSinceLast(doc: Doc, s: Sent, earlier: InternalMeeting[]): string | null {
  const last = [...earlier].reverse().find((m) => m.date?.length === 10 && !m.anaphoric && !ASIDE.has(m) && m.sentence < s.index);
  if (!last) return null;
  for (let i = s.index - 1; i > last.sentence; i--) {
    // (A weekday or a date; "In a statement today" tells when the report was written, not a day of the story.)
    if (datesOf(doc, doc.sentences[i]).some((d) => d.kind === "relative-day")) continue;
    const day = dayTold(doc, doc.sentences[i]);
    // (Only forward, within the week: a recall told in between is no day the story goes on from.)
    if (day) return day > last.date! && day <= addDays(last.date!, 7) ? day : null;
  }
  return null;
}

/** The one day after the report's that the sentence before gives as a date. */
function aheadDayBefore(doc: Doc, s: Sent): string | null {
  const x = doc.sentences[s.index - 1];
  if (!x) return null;
  const days = datesOf(doc, x)
    .filter((d) => d.kind === "absolute" && d.day !== undefined && !d.range)
    .map((d) => resolveDate(d, doc.date, true)?.value)
    .filter((v): v is string => !!v && v > doc.date);
  return days.length && days.every((v) => v === days[0]) ? days[0] : null;
}

/** The one day a sentence gives (a day, a weekday, "today"), none after the report's. */
function dayTold(doc: Doc, s: Sent): string | null {
  const days = datesOf(doc, s)
    .filter((d) => (d.kind === "absolute" && d.day !== undefined && !d.range) || d.kind === "weekday" || d.kind === "relative-day")
    .map((d) => resolveDate(d, d.kind === "relative-day" ? reportDay(doc) : doc.date, false)?.value)
    .filter((v): v is string => !!v && v <= doc.date);
  return days.length && days.every((v) => v === days[0]) ? days[0] : null;
}

// The clause a meeting noun stands in, from its nearest subordinator ("..., when X is due to visit Helsinki, the PM's
// residence, for talks with Y"): a noun has no tense of its own and takes the clause's.
const SUBORDINATOR_RE = /(?:^|[,;]\s*)(?:when|where|as|while|once|after|before)\s/gi;
// The auxiliary of a noun's own verb and what follows it, inside the noun's clause ("... between A and B is scheduled for
// April 20"; not "talks ahead of the summit next week", whose future is the summit's).
const NOUN_OWN_VERB_RE = /^[^,;.]{0,80}?\b((?:is|are|will|shall)\b[^,;.]{0,40})/i;

function nounClause(doc: Doc, s: Sent, t: Trigger): string {
  const before = doc.text.slice(s.start, t.start);
  let from = -1;
  SUBORDINATOR_RE.lastIndex = 0;
  for (const m of before.matchAll(SUBORDINATOR_RE)) from = m.index!;
  return from < 0 ? "" : before.slice(from);
}

// (The full stops of an abbreviation, "the ASEAN-U.S. Summit", end no clause.)
// (Not "discussed trade during a video call", "in their phone conversation": the encounter they talked in.)
const TOPIC_CONTENT_RE = new RegExp(`\\b(?:${cues.topicVerbs.verbs.map(ws).join("|")})\\b(?:(?!\\b(?:during|in|at|over|via|by|through|before|after|following|ahead\\s+of)\\b)[^.;,:])*$`, "i");
const FUTURE_FOR_RE = /\b(?:will|shall|is\s+to|are\s+to|(?:is|are)\s+(?:due|scheduled|set|expected)\s+to)\s+[^.;,]*\bfor\s+(?:a|an|the)\s+[^.;,]*$/i;
const FRONTED_VENUE_RE = /^(?:(?:on|in)\s+(?:\d{1,2}\s+\p{L}+(?:\s+\d{4})?|\p{L}+\s+\d{1,2}(?:,\s+\d{4})?|\p{Lu}\p{Ll}+day),\s+)?(?:within\s+the\s+framework\s+of|in\s+the\s+framework\s+of|on\s+the\s+(?:sidelines?|margins?)\s+of|at|during)\s+the\s+[^,;.]*$/iu;
const VENUE_GATHERING_RE = /^[^,;.]*?(?:\s|,\s+(?=on\s+the\s+(?:margins?|sidelines?)\s))(?:at|during|on\s+the\s+(?:margins?|sidelines?)\s+of)\s+(?:the|this\s+year['’]s|next\s+year['’]s|a|an)\s+[^,;.]*$/iu;
const FUTURE_RELATIVE_RE = /^\s*(?:\([^)]*\)\s*)?,\s+(?:which|that)\s+[^.;,]{0,80}?\b(?:will|shall|is\s+to|are\s+to|(?:is|are)\s+(?:due|scheduled|set|expected)\s+to)\b/i;
const INVITED_FOR_RE = /\binvit(?:ed|es|ing)\b[^.;,]*\bfor\s+(?:a|an|the)\s+[^.;,]*$/i;
const REQUESTS = cues.requests.map((c) => c.replace(/\s+/g, "\\s+")).join("|");
const REQUEST_CONTENT_RE = cuePattern(
  `\\b(?:${REQUESTS})\\b(?:[^.;]|(?<=\\b\\p{Lu})\\.)*\\bto\\s+(?:attend|take\\s+part\\s+in|participate\\s+in|join|back|support|address|speak\\s+(?:at|to|before))\\b(?:[^.;]|(?<=\\b\\p{Lu})\\.)*$` +
    // "asked the Director-General to convene a meeting of the group": a meeting asked for, within the request's own
    // clause ("invited X to visit Doha, and the two leaders agreed to hold a summit" is their plan).
    `|\\b(?:${REQUESTS})\\b[^.;,]*\\bto\\s+(?:convene|hold|organi[sz]e)\\b(?:[^.;]|(?<=\\b\\p{Lu})\\.)*$` +
    // ("proposed that Egypt and Greece convene the Council ... in Athens next year": a proposal's content, in its clause.)
    `|\\b(?:${cues.proposing.verbs.join("|")})\\b[^.;,]*\\b(?:to\\s+)?(?:convene|hold|holding|convening|organi[sz]e)\\b(?:[^.;]|(?<=\\b\\p{Lu})\\.)*$` +
    // ("invited President X to the Trade and Investment Summit in October": the event itself, as "to attend" it;
    // "invited X to a bilateral meeting in July" is their encounter, planned: the event is one named in capitals.)
    `|\\binvit(?:ed|es|ing)\\s+[^.;,]*?\\bto\\s+(?:the|this|next)\\s+(?:year['’]s\\s+|\\d{4}\\s+)?\\p{Lu}(?:[^.;,]|(?<=\\b\\p{Lu})\\.)*$`,
  "iu",
);

// "<day>, a week after a video call with": a whole interval between the day the sentence gives and the trigger.
const INTERVAL_BEFORE_RE = /^\s*,\s+(a|one|two|three|four|five|six|\d{1,2})\s+(days?|weeks?)\s+(after|before)\s+(?:(?:he|she|they|it)\s+(?:was|were|had\s+been)\s+|(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\p{Ll}-]+\s+)?)$/iu;
const NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six"];
// ("It took place a day after X was received by Y": the pronoun of the encounter just told too.)
const REFERENCE_INTERVAL_RE = /^(?:(?:the|that|this)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:meeting|talks|audience|reception|visit|call|session|signing)|it)\s+(?:came|took\s+place|was\s+held|followed)\s+(a|one|two|three|\d{1,2})\s+(days?|weeks?)\s+(after|before)\s+(?:[^,;.]{0,80}\s)?$/iu;

// "On the same day as the talks": the day of the latest encounter of that kind, not of the one just reported.
const CHAIRED_NOUN_RE = new RegExp(`^\\s+(?:a|an)\\s+(${NOUNS.map(([n]) => n.replace(/\s+/g, "\\s+")).join("|")})\\b`, "iu");
const AS_THE_RE = new RegExp(`^\\s+as\\s+(?:the|their|his|her)\\s+(${NOUNS.map(([n]) => n.replace(/\s+/g, "\\s+")).join("|")})\\b`, "iu");
function dayOfKind(earlier: InternalMeeting[], kind: MeetingKind | undefined): string | null {
  if (!kind) return null;
  for (let i = earlier.length - 1; i >= Math.max(0, earlier.length - 50); i--) {
    const m = earlier[i];
    if (m.kind === kind && m.date?.length === 10 && !m.anaphoric && !ASIDE.has(m)) return m.date;
  }
  return null;
}

/** The day of the latest encounter reported before (a bounded look-back keeps long documents linear); for a plan
 * ("He will also meet X"), the latest planned one, when there is one. */
function lastDay(earlier: InternalMeeting[], planned = false): string | null {
  let any: string | null = null;
  const from = Math.max(0, earlier.length - 50);
  for (let i = earlier.length - 1; i >= from; i--) {
    const m = earlier[i];
    if (!m.date || m.date.length !== 10 || m.anaphoric || ASIDE.has(m) || recalledBehind(earlier, from, i)) continue;
    if (!planned) return m.date;
    if (m.status === "planned") return m.date;
    any ??= m.date;
  }
  return any;
}

// "X on Tuesday paid a courtesy call on Y, to follow up President Z, who held talks in Abu Dhabi on 14 January 2025 ...
// Later on the same day X met W": an encounter a month or more before one the report told earlier is a recall, not the
// day the story goes on from.
const RECALL_GAP_DAYS = 30;
function recalledBehind(earlier: InternalMeeting[], from: number, i: number): boolean {
  const day = earlier[i].date!;
  for (let j = from; j < i; j++) {
    const d = earlier[j].date;
    if (d?.length === 10 && !earlier[j].anaphoric && earlier[j].status === "held" && d > day && addDays(day, RECALL_GAP_DAYS) < d) return true;
  }
  return false;
}

/** The latest day of the held encounters told before (bounded like `lastDay`). */
function latestDay(doc: Doc, earlier: InternalMeeting[]): string | null {
  let best: string | null = null;
  for (let i = earlier.length - 1; i >= Math.max(0, earlier.length - 50); i--) {
    const m = earlier[i];
    if (!m.date || m.date.length !== 10 || m.anaphoric || ASIDE.has(m) || m.date > doc.date) continue;
    if (!best || m.date > best) best = m.date;
  }
  return best;
}

// "has been granted an audience", "have held talks": the present perfect tells the report's day.
// "following talks", "after bilateral talks": a meeting noun after the preposition of a sequel.
const AFTER_NOUN_RE = /\b(?:following|after)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}$/u;
// "have signed", "has also agreed": a present perfect in the clause before the noun.
const PERFECT_CLAUSE_RE = /\b(?:has|have)\s+(?:also\s+|just\s+|now\s+)?(?!not\b|never\b|yet\b|been\b)\p{Ll}+ed\b/u;
const PERFECT_RE = /(?<!\b(?:which|who|that)\s+)\b(?:has|have)\s+(?:also\s+|just\s+)?(?:been\s+)?(?!not\b|never\b|yet\b)\p{Ll}+(?:\s+\p{Ll}+){0,4}$/u;

const PROPOSED_BEFORE_RE = /\b(?:proposed|suggested|urged|asked|called\s+for|recommended|invited)\b/i;
const PAST_VERB_RE = /^(?:\p{Ll}+ed|met|held|had|paid|spoke|gave|sat|took|made)\b/u;

// "has met him three times since 2019", "have already held talks": a record of encounters, not today's.
const HABITUAL_RE = /\b(?:since|times|occasions|previously|already|repeatedly|regularly|ever|often|several)\b/i;
const reportDays = new WeakMap<Doc, string>();
// ("KOTA KINABALU (Feb 7):" puts the day in brackets; "BANDAR SERI BEGAWAN, Tuesday, 12th November 2024 -" a weekday
// and an ordinal.)
const DATELINE_OPEN_RE = /^\s*\p{Lu}[\p{Lu} .'’-]{1,30}(?:,\s+|\s+\()(?:\p{L}{6,9},\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3}|\p{L}{3,9}\.?\s+\d{1,2}\b)/u;
// A short line naming a place in ordinary case and a day ("Baku, September 16, AZERTAC"), or a line that is only
// a publication date ("Wednesday, 22 April 2026", "16.09.2025 [18:24]"): the outlet's own date.
const DATELINE_SHORT_RE = /^\s*\p{Lu}[\p{L} .'’-]{1,30},\s+(?:\d{1,2}\s+\p{L}{3,9}|\p{L}{3,9}\.?\s+\d{1,2})\b[^.!?]{0,30}$/u;
const DATE_LINE_RE = /^\s*(?:\p{L}{6,9},?\s+)?(?:\d{1,2}\.?\s+\p{L}{3,9}\.?,?\s+\d{4}|\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4})\s*(?:[|,-]?\s*\[?\d{1,2}:\d{2}\]?\s*)?$/u;
// ("Brussels, 21.04.2026": a release's place before the numeric date.)
const NUMERIC_DATE_LINE_RE = /^\s*(?:\p{Lu}[\p{L} .'’-]{1,30},\s+)?(\d{1,2})\.(\d{1,2})\.(\d{4})\b\s*(?:\[?\d{1,2}:\d{2}\]?\s*)?$/u;
// A press release's dateline opening its first paragraph in ordinary case, the country after the city, the year
// written and a dash after it ("Lusaka, Zambia, 3 March 2026 - The Secretary-General today received ...").
const DATELINE_RELEASE_RE = /^\s*\p{Lu}[\p{L} .'’-]{1,30}(?:,\s+\p{Lu}[\p{L} .'’-]{1,30})?,\s+(?:\p{L}{6,9},\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3,9}\.?,?\s+\d{4}|\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4})\s*[-–—:]/u;
/** The day "today" means: the dateline's date when it gives one a few days before the header (the wire dated the
 * story; the page was published later), else the header's. */
function reportDay(doc: Doc): string {
  let day = reportDays.get(doc);
  if (day) return day;
  day = doc.date;
  const span = doc.read.noise.find((n) => n.kind === "dateline");
  // A dateline the reader kept in the text ("YEREVAN, NOVEMBER 18, ARMENPRESS.", "NAY PYI TAW, 17 Feb —"): a line
  // opening with a place in capitals and a comma, among the first lines.
  const lines = doc.text.slice(0, 2000).split("\n").slice(1, 16);
  // ("GIS – 21 January 2026: The Prime Minister ...": the agency's dateline with its date after it, on its line.)
  const line = span
    ? doc.text.slice(span.start, Math.min(span.end + 30, doc.text.indexOf("\n", span.start) < 0 ? doc.text.length : doc.text.indexOf("\n", span.start)))
    : lines.find((l) => DATELINE_OPEN_RE.test(l) || DATELINE_RELEASE_RE.test(l) || (l.length <= 80 && (DATELINE_SHORT_RE.test(l) || DATE_LINE_RE.test(l))))?.slice(0, 60);
  const numeric = !line ? lines.map((l) => NUMERIC_DATE_LINE_RE.exec(l)).find(Boolean) : null;
  if (numeric) {
    const v = `${numeric[3]}-${numeric[2].padStart(2, "0")}-${numeric[1].padStart(2, "0")}`;
    if (v <= doc.date && v >= addDays(doc.date, -3)) day = v;
  } else if (line) {
    // Datelines are often in capitals ("YEREVAN, NOVEMBER 18"): the date patterns want a capitalised month.
    const text = line.replace(/\p{Lu}+/gu, (w) => w[0] + w.slice(1).toLowerCase()).replace(/\b(\d{1,2})(?:st|nd|rd|th)\b/g, "$1");
    const d = findDates(text).find((x) => x.kind === "absolute" && x.day !== undefined && !x.range);
    const v = d ? resolveDate(d, doc.date, false)?.value : undefined;
    if (v && v <= doc.date && v >= addDays(doc.date, -3)) day = v;
  }
  reportDays.set(doc, day);
  return day;
}

// A group opening the sentence, perhaps after a time phrase, and its passive's auxiliary ("The two ministers were",
// "On Wednesday, both leaders will be", "The two Australian ministers are scheduled to be").
const GROUP_SUBJECT_RE = /^(?:[^,;]{0,40},\s+)?(?:the\s+(?:two|three)|both(?:\s+the)?)\s+(?:[\p{L}-]+\s+){0,3}?(?:were|are|was|is|will|would|shall|have|had)\b/iu;

// "While being received ... by X on Wednesday,", "After meeting X in Bangkok,": a participial clause opening the sentence,
// to its comma.
const FRONTED_PARTICIPLE_RE = /^(?:while|after|before|following|upon|when)\s+(?:being\s+|having\s+(?:been\s+)?)?\p{Ll}+(?:ed|ing)\b[^,;]*,/iu;

function subjectOf(doc: Doc, s: Sent, t: Trigger, ms: Mention[], all: Trigger[], earlier: InternalMeeting[]): number[] {
  if (t.roles === "agent-host") {
    // "the guest was welcomed by X": the subject is before, the agent (host) after "by".
    const before = ms.filter((m) => m.end <= t.start);
    // "the two Ministers attended a working dinner hosted by X": a group before the verb names the guests (the pair just
    // told), as it names the parties of any other verb.
    // ("The message was received by Crown Prince W during an audience": the one who brought it, told just before.)
    const bearer = !before.length && MESSAGE_SUBJECT_RE.test(doc.text.slice(s.start, t.start)) ? messageBearer(doc, s) : null;
    if (bearer !== null) return [bearer];
    // ("On Tuesday, the delegation was received by Y": the people the report said lead the delegation.)
    const delegation = !before.length && DELEGATION_SUBJECT_RE.test(doc.text.slice(s.start, t.start)) ? delegationMembers(doc, s) : [];
    if (delegation.length) return delegation;
    // ("The two Australian ministers are scheduled to be received by X": so does a group that is the passive's subject.)
    if (!before.length) return ATTENDED_MEAL_RE.test(doc.text.slice(s.start, t.start)) || GROUP_SUBJECT_RE.test(doc.text.slice(s.start, t.start)) ? (groupMembers(doc, s, s.start, t.start, earlier) ?? []) : [];
    const last = before[before.length - 1];
    const shared = sharedSubject(doc, s, t, ms, all, last);
    if (shared) return [shared.entity];
    // "X was welcomed at the airport by Y, and later attended a State Dinner hosted by Z": the guest of the dinner is
    // the subject of "attended", the one the first verb of the sentence was about, not the agent before it.
    if (ATTENDED_EVENT_RE.test(doc.text.slice(last.end, t.start))) {
      const first = all.find((o) => o.verb && o !== t && o.end <= last.start);
      const subject = first ? ms.filter((m) => m.end <= first.start).pop() : undefined;
      if (subject && subject.entity !== last.entity) return [subject.entity];
    }
    // "Söder travelled to New Delhi, where he was received by X": the pronoun of a relative clause is the
    // sentence's subject.
    const head = before.find((m) => m.kind !== "pronoun");
    if (last.kind === "pronoun" && head && /,\s+(?:where|when|after which)\s+$/i.test(doc.text.slice(head.end, last.start).slice(-16))) return [head.entity];
    return [last.entity];
  }
  // "was received today by X, and tomorrow he will meet Y": a clause coordinated after an earlier verb's objects, whose
  // own subject stands right before this verb, is that subject's (not one more object of the earlier verb).
  const own = ms.filter((m) => m.end <= t.start).pop();
  if (own && /^\s*$/.test(doc.text.slice(own.end, t.start)) && COORDINATED_SUBJECT_RE.test(doc.text.slice(Math.max(s.start, own.start - 40), own.start)) && all.some((o) => o.verb && !o.anaphoric && o.start >= s.start && o.end <= own.start)) return [own.entity];
  const objectsOfEarlier = new Set<number>();
  const objectMentions = new Set<Mention | number>();
  const fronted = FRONTED_PARTICIPLE_RE.exec(s.text);
  const frontedEnd = fronted ? s.start + fronted[0].length : -1;
  for (const o of all) {
    if (!o.verb || o.start >= t.start) continue;
    const nx = all.find((x) => x.start > o.start);
    // "received X in Hanoi on Wednesday, a day after the minister held talks with Y": the objects end with their clause.
    const to = nx ? nx.start : s.end;
    const cut = CLAUSE_END_RE.exec(doc.text.slice(o.end, to));
    // (There "the minister" may be that object again, as the subject of the clause after the cut.)
    // ("paid a working visit to the Ministry on Tuesday, where he called on X": a "where" clause has a subject of its own.)
    let end = cut && /\bdays?\s+(?:after|before)|^,\s+(?:where|during\s+which)\b/i.test(cut[0]) ? o.end + cut.index : to;
    // ("While being received in Bangkok by X on Wednesday, Y also paid calls on Z": a fronted clause's objects end with
    // it; the main clause's subject follows its comma.)
    if (frontedEnd > 0 && o.end <= frontedEnd) end = Math.min(end, frontedEnd);
    for (const m of ms) if (m.start >= o.end && m.start < end) (end < to ? objectMentions : objectsOfEarlier).add(end < to ? m : m.entity);
  }
  // "X, who accompanied the Prime Minister, separately met Y": people inside a closed relative clause are not the subject.
  const relative: [number, number][] = [];
  for (const r of doc.text.slice(s.start, t.start).matchAll(/,\s+(?:who|which|whose)\b[^,;]*,/g)) relative.push([s.start + r.index!, s.start + r.index! + r[0].length]);
  // "A, known as Lula, and B met": an alias clause inside a coordinated subject is an apposition of A.
  for (const r of doc.text.slice(s.start, t.start).matchAll(/,\s+(?:[\p{Ll}]+\s+)?known\s+as\s+[^,;]*,/gu)) relative.push([s.start + r.index!, s.start + r.index! + r[0].length]);
  // ("Prime Minister Støre: We spoke by phone in February": a speaker label opening the sentence is no subject.)
  const label = s.start + sentenceLabelLength(s.text);
  const before = ms.filter((m) => m.end <= t.start && m.start >= label && !objectsOfEarlier.has(m.entity) && !objectMentions.has(m) && !relative.some(([a, b]) => m.start > a && m.end < b));
  // "X held a video call with Y on Monday to prepare the Dialogue, which the two will co-chair in London": the pair of
  // the encounter just told, not the last name before the verb.
  // ("Luxon will travel to Manila for the summit, where the two leaders agreed to meet again" after a state dinner the
  // Governor-General hosted: a group with a head noun is the pair whose titles fit it.)
  const theyAt = before.length ? /(?:\bwhich|\bwhere|\bwhen)\s+(?:they|the\s+two)\s+(?:[\p{Ll}-]+\s+){0,4}$/iu.exec(doc.text.slice(s.start, t.start)) : null;
  const titledPair = theyAt ? groupMembers(doc, s, s.start + theyAt.index, t.start, earlier) : null;
  const they = theyAt ? (titledPair?.length === 2 ? titledPair : latestPair(doc, earlier)) : [];
  if (they.length === 2) return they;
  // "X later met Foreign Minister Y, who is expected to co-chair the Joint Commission with Z": the subject of a verb in a
  // relative clause is the person it follows, whatever verb had that person as its object.
  const who = /,\s+who\s+[^,;.:]*$/.exec(doc.text.slice(s.start, t.start));
  const antecedent = who ? ms.filter((m) => m.end <= s.start + who.index && m.kind !== "pronoun").pop() : undefined;
  // (One antecedent with a partner after the verb: "Scholz and Ruto, who held talks beforehand" are both its subject.)
  const partner = () => ms.some((m) => m.start >= t.end && !/[,;.]/.test(doc.text.slice(t.end, m.start).replace(/\b(?:Mr|Ms|Mrs|Dr|St)\./g, "")));
  if (antecedent && /^\s*$/.test(doc.text.slice(antecedent.end, s.start + who!.index)) && !/\band\s+(?:\S+\s+){0,6}$/i.test(doc.text.slice(Math.max(s.start, antecedent.start - 60), antecedent.start)) && partner()) return [antecedent.entity];
  if (!before.length) {
    // "AL ZEYOUDI: Yes. I held talks with Minister Akazawa in Tokyo on April 14": a transcript's first person is the
    // official whose label opens the turn.
    if (FIRST_PERSON_SUBJECT_RE.test(doc.text.slice(Math.max(s.start, t.start - 40), t.start))) {
      const speaker = turnSpeakerAt(doc, t.start);
      if (speaker !== null) return [speaker];
    }
    // "ANDERSON: Minister, you met New Zealand's trade minister here yesterday": an interviewer's "you" is the official
    // whose turn answers.
    if (SECOND_PERSON_SUBJECT_RE.test(doc.text.slice(Math.max(s.start, t.start - 40), t.start))) {
      const answering = answeringSpeakerAt(doc, t.start);
      if (answering !== null) return [answering];
    }
    // "Prime Minister Støre: We spoke by phone in February": at a joint press conference of two speakers, a turn's "we"
    // is its speaker and the other.
    if (FIRST_PERSON_PLURAL_RE.test(doc.text.slice(Math.max(s.start, t.start - 40), t.start))) {
      const pair = transcriptSpeakers(doc);
      const speaker = turnSpeakerAt(doc, t.start);
      if (pair.length === 2 && speaker !== null && pair.includes(speaker)) return pair;
    }
    // "The two Presidents last met in Accra, and the Joint Commission is due to meet in June": a clause coordinated
    // with a subject of its own (a body, not a group of people) does not take the first clause's group.
    let from = s.start;
    for (const c of doc.text.slice(s.start, t.start).matchAll(/,\s+(?:and|while|whereas|but)\s+(?=(?:the|a|an|its|their)\s)/gi)) from = s.start + c.index! + c[0].length;
    const again = WE_AGAIN_RE.test(doc.text.slice(from, t.start)) && /^[^,;.]{0,20}\bagain\b/i.test(doc.text.slice(t.start, s.end));
    // "Later on July 7, the delegation met Finance Secretary X": the people the report said lead or make up the delegation.
    const subject = DELEGATION_SUBJECT_RE.test(doc.text.slice(from, t.start));
    const delegation = subject ? delegationMembers(doc, s) : [];
    if (delegation.length) return delegation;
    // "The Chinese delegation is expected to meet Y", no one said to lead it: that country's people of the latest encounter.
    const side = subject ? SIDE_SUBJECT_RE.exec(doc.text.slice(from, t.start)) : null;
    const k = side ? s.toks.findIndex((x) => x.start === from + side.index + side[0].indexOf(side[1])) : -1;
    const code = k >= 0 && s.gaz[k]?.type === "demonym" ? s.gaz[k]!.value : null;
    const ofSide = code ? sideOfLatest(doc, code, earlier) : [];
    if (ofSide.length) return ofSide;
    return groupMembers(doc, s, from, t.start, earlier) ?? (again || THEY_RE.test(doc.text.slice(from, t.start)) ? latestPair(doc, earlier) : []);
  }
  const last = before[before.length - 1];
  const opening = openingGroupSubject(doc, s, t, before, earlier);
  if (opening) return opening;
  const shared = sharedSubject(doc, s, t, ms, all, last);
  if (shared) return [shared.entity];
  // "X accepted Y's invitation to visit Seoul and is set to hold talks with Y there": a verb phrase coordinated after
  // an object has the sentence's subject, not the object's owner.
  const head = before[0];
  // ("A and B held a phone call in May and are expected to meet in November": the whole coordinated subject.)
  if (head !== last && head.kind !== "pronoun" && head.start === ms[0]?.start && COORDINATED_VP_RE.test(doc.text.slice(last.end, t.start)))
    return [...new Set(coordinatedSubject(doc, before).map((m) => m.entity))];
  // "X invited Y to the forum in Tokyo, where he is scheduled to meet Z": the invitee goes there.
  if (last.kind === "pronoun") {
    const inv = INVITEE_RE.exec(doc.text.slice(s.start, last.end));
    // The first person after the verb ("invited President Dina Boluarte to ...", "invited the chief adviser to ...").
    const invitee = inv ? before.find((m) => m.start >= s.start + inv.index + inv[0].length && m.start < last.start) : undefined;
    if (invitee) return [invitee.entity];
    // "X will travel to Y in September, where she will meet Z": the pronoun of such a clause is the subject of the
    // clause before it, not whoever the pronoun resolver picked.
    const where = WHERE_PRONOUN_RE.exec(doc.text.slice(Math.max(s.start, last.start - 40), last.end));
    if (where) {
      const at = Math.max(s.start, last.start - 40) + where.index;
      const head = before.filter((m) => m.kind !== "pronoun" && m.end <= at).pop();
      if (head) return [head.entity];
    }
  }
  const out = [last.entity];
  // "X and his Lao counterpart Y co-chaired": a coordinated subject.
  for (let i = before.length - 2; i >= 0; i--) {
    const gap = withoutStyleStops(doc.text.slice(before[i].end, before[i + 1].start), before[i].text);
    // "Sassou Nguesso": a short name the resolver read as two mentions of one person.
    if (before[i].entity === before[i + 1].entity && /^[\s-]*$/.test(gap)) continue;
    // "A, Prime Minister of Cambodia, and B, President of the Senate, received": each with a title in apposition.
    // "The President of the Republic, A, and his Gambian counterpart, B, co-chaired": a title in apposition after "and".
    // "A and his host, President B, held talks": the role noun is B's apposition, whoever the resolver took it for.
    if (before[i].kind === "role" && /^(?:his|her|their)\s/i.test(before[i].text) && /^\s*,\s*(?:\p{Lu}[\p{L}.-]*\s+){0,4}$/u.test(gap)) continue;
    // ("A and the Minister of Foreign Affairs, Amb. B, co-chaired": a style may open the apposition; "A and his British
    // counterpart, Permanent Under-Secretary Sir B, co-chaired": so may a title.)
    // ("A of Croatia and B of Sweden held talks": the country of each may follow the name.)
    // ("the President of the Government, A, and B will co-chair": the comma closing A's apposition may stand before "and".)
    if (/^\s*(?:\([A-Z]\)\s*)?(?:of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}-]*){0,3}\s+)?,?\s*and\s+[^,;.]*$/u.test(gap) || /^\s*,\s*[^,;.]+,\s*and\s+[^,;.]*$/.test(gap) || /^\s*,?\s*and\s+[^,;.]{1,60},\s*(?:\p{Lu}[\p{L}'’-]*\.?\s+){0,4}$/u.test(gap)) out.push(before[i].entity);
    else break;
  }
  // A group right before the verb ("The two PMs last met") wins over a name further back.
  return groupMembers(doc, s, last.end, t.start, earlier) ?? out;
}

// "A and Ms. B co-chaired": the full stop of a short style ("Mr.", "Dr.", "Prof.") ends no clause; nor does the one of
// a generational suffix the name before the gap ends with ("President Ferdinand Marcos Jr. and Prime Minister B").
function withoutStyleStops(gap: string, before = ""): string {
  if (!gap.includes(".")) return gap;
  const own = /\b(?:Jr|Sr)$/.test(before) ? gap.replace(/^\./, "") : gap;
  return own.replace(/\b(\p{Lu}\p{Ll}{0,3})\./gu, "$1");
}

// "Both ministers recalled the meeting held between A and B in March, and agreed to meet again in November", "The two
// heads of state recalled ..., and decided to hold talks again": a verb phrase coordinated after a comma has the
// sentence's subject, a group opening it, not the people of its object.
function openingGroupSubject(doc: Doc, s: Sent, t: Trigger, before: Mention[], earlier: InternalMeeting[]): number[] | null {
  if (!before.length) return null;
  const opening = doc.groups.find((g) => g.sentence === s.index && /^\s*$/.test(doc.text.slice(s.start, g.start)) && g.end <= before[0].start);
  if (!opening || !/,\s+and\s+(?:(?:then|later|also)\s+)?(?:\p{Ll}+\s+){1,4}$/u.test(doc.text.slice(before[before.length - 1].end, t.start))) return null;
  const group = groupMembers(doc, s, s.start, opening.end, earlier);
  return group?.length ? group : null;
}

/** The subject opening `after` and the people coordinated with it ("A and his Iraqi counterpart B discussed ..."). */
function coordinatedSubject(doc: Doc, after: Mention[]): Mention[] {
  const out = after.slice(0, 1);
  for (let i = 1; i < after.length; i++) {
    const gap = withoutStyleStops(doc.text.slice(after[i - 1].end, after[i].start), after[i - 1].text);
    if (after[i].entity === after[i - 1].entity && /^[\s-]*$/.test(gap)) continue;
    // ("A and Kenya's Foreign Minister, B, reviewed": the title after "and" may set the name off.)
    if (!/^\s*(?:,\s*)?and\s+(?:(?:his|her|their)\s+)?[^,;.]*(?:,\s*(?:\p{Lu}\p{Ll}{0,4}\.?\s+)?)?$/u.test(gap)) break;
    out.push(after[i]);
  }
  return out;
}

// "X held talks with Y, then was received by Z", "X met Y and later called on Z": a verb coordinated with an earlier
// one has no subject of its own; the last name before it is the earlier verb's object.
// ("holding talks with Y on Tuesday and being received a day later by Z": the first verb's day may close its clause.)
const COORDINATED_RE = /^\s*(?:(?:on\s+\p{Lu}\p{Ll}+|yesterday|today|earlier|in\s+the\s+(?:morning|afternoon|evening))\s*)?(?:,\s*(?:and\s+)?|and\s+)(?:(?:then|later|subsequently|afterwards|also)\s+)?(?:(?:was|were|being)\s+)?$/iu;
function sharedSubject(doc: Doc, s: Sent, t: Trigger, ms: Mention[], all: Trigger[], last: Mention): Mention | undefined {
  if (!COORDINATED_RE.test(doc.text.slice(last.end, t.start))) return undefined;
  const first = all.find((o) => o.verb && o !== t && o.end <= last.start);
  if (!first) return undefined;
  return ms.filter((m) => m.end <= first.start && m.kind !== "pronoun").pop() ?? ms.find((m) => m.end <= first.start);
}

const FIRST_PERSON_SUBJECT_RE = /(?:^|[\s,;(])I\s+(?:(?:also|have|had|will|would|then|later|first|just|recently)\s+){0,2}$/;
const SECOND_PERSON_SUBJECT_RE = /(?:^|[\s,;(])[Yy]ou\s+(?:(?:also|have|had|will|would|then|later|first|just|recently|last)\s+){0,2}$/;
const FIRST_PERSON_PLURAL_RE = /(?:^|[\s,;(])[Ww]e\s+(?:(?:also|have|had|will|would|then|later|first|just|recently|last)\s+){0,2}$/;
const COORDINATED_SUBJECT_RE = /,\s+(?:and|while|but)\s+(?:(?:today|tomorrow|yesterday|later|then|also|afterwards|on\s+\p{Lu}\p{Ll}+)\s+)?$/u;
const ATTENDED_MEAL_RE = /\b(?:attended|joined)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}(?:dinner|lunch|luncheon|breakfast|banquet|reception)\s+$/iu;
const ATTENDED_EVENT_RE = /^\s*,?\s*and\s+(?:(?:later|then|also|afterwards|subsequently)\s+)?(?:attended|joined)\s+(?:a|an|the)\s+[^,;]{1,60}$/i;
const COORDINATED_VP_RE = /^[^,;]*\sand\s+(?:(?:is|are|will|would|shall|has|have|had|then|later|also)\s+)+(?:\p{Ll}+\s+){0,3}$/u;
// "invited the chief adviser to attend ..., where he will meet": the invitee, then the relative clause.
const INVITEE_RE = /\binvit(?:ed|es)\s+(?=[^,;]*,\s+(?:where|at\s+which|during\s+which)\s+(?:he|she)$)/i;
// ("held separate bilateral talks with each of his guests": the guests of the summit he hosted.)
/** An official a reference after the verb stands for ("the visiting delegation"), as an object mention at the verb. */
function objectAt(doc: Doc, s: Sent, t: Trigger, id: number): Mention {
  return { start: t.end, end: t.end, sentence: s.index, text: doc.officials[id].name, kind: "role", entity: id };
}
const SIDE_DELEGATION_RE = /^\s+the\s+(\p{Lu}[\p{L}-]+)\s+delegation\b/u;
const SIDE_SUBJECT_RE = /\b[Tt]he\s+(\p{Lu}[\p{L}-]+)\s+(?:delegation|mission)\b/u;

/** The people of one country in the latest of the last fifty encounters that had any: the latest by its day, so a
 * meeting recalled from years before is not the visit's ("Tinubu and Xi met in Beijing in 2024"). */
/** The participants of the latest encounter told whose title names `place` ("Governor of Kanagawa Prefecture"). */
function titledInLatest(doc: Doc, place: string, earlier: InternalMeeting[]): number[] {
  const word = new RegExp(`(?<![\\p{L}])${escapeRe(fold(place))}(?![\\p{L}])`, "u");
  for (let i = earlier.length - 1; i >= Math.max(0, earlier.length - 50); i--) {
    const ids = earlier[i].participants.flatMap((n) => doc.officials.filter((o) => o.name === n && word.test(fold(o.title ?? ""))).map((o) => o.id));
    if (ids.length) return ids;
  }
  return [];
}

function sideOfLatest(doc: Doc, code: string, earlier: InternalMeeting[]): number[] {
  let best: number[] = [];
  let day = "";
  for (let i = earlier.length - 1; i >= Math.max(0, earlier.length - 50); i--) {
    const ids = earlier[i].participants.flatMap((n) => doc.officials.filter((o) => o.name === n && o.country === code).map((o) => o.id));
    if (ids.length && (!best.length || (earlier[i].date ?? "") > day)) [best, day] = [ids, earlier[i].date ?? ""];
  }
  return best;
}
const VISITORS_RE = new RegExp(`^\\s+(?:(?:each|both|all)\\s+of\\s+)?(?:(?:the\\s+)?visiting\\s+(?:${cues.visitors.nouns.map(ws).join("|")})|(?:his|her|their)\\s+(?:two\\s+|three\\s+)?guests)\\b`, "i");
const WHERE_PRONOUN_RE = /,\s+(?:where|when|during\s+which|at\s+which)\s+(?:he|she)$/i;
// "..., which they are expected to co-chair": the pair of the encounter just reported.
// ("They are expected to meet again in June" opening its sentence too; not "The two governments last met", no people.)
const THEY_RE = /(?:(?:\bwhich|\bwhere|\bwhen|\bsince)\s+(?:they|the two)|^\s*they)\s+(?:[\p{Ll}-]+\s+){0,4}$/iu;
// "Prime Minister X and I last met in Honiara. We will meet again in Palau": "we ... again" is the pair just told.
const WE_AGAIN_RE = /^\s*we\s+(?:[\p{Ll}-]+\s+){0,2}$/iu;

function latestPair(doc: Doc, earlier: InternalMeeting[]): number[] {
  for (let i = earlier.length - 1; i >= Math.max(0, earlier.length - 6); i--) {
    const m = earlier[i];
    if (m.anaphoric || m.participants.length !== 2) continue;
    return m.participants.flatMap((n) => doc.officials.filter((o) => o.name === n).map((o) => o.id));
  }
  return [];
}

/** The two sides of an encounter: its host and guest when it had them, else the two it was told of first. */
function sidesOf(m: InternalMeeting): string[] {
  const sides = m.roles.filter((r) => r.role !== "participant").map((r) => r.name);
  return sides.length === 2 ? sides : m.participants.slice(0, 2);
}

/** In a round-up of one principal's encounters with three counterparts or more ("held bilateral meetings with leaders of
 * several countries ... 1. Japan-Brazil ... 4. Japan-ROK"), the report has no one pair: "their previous meeting", "the
 * two leaders last met" recall the pair of the encounter told last, within the three sentences before. */
function roundUpPair(doc: Doc, s: Sent, earlier: InternalMeeting[]): string[] | null {
  const told = earlier.filter((m) => !m.anaphoric && !NAMED.has(m) && m.status === "held" && m.participants.length >= 2);
  const last = told[told.length - 1];
  if (!last || s.index - last.sentence > 3) return null;
  const pairs = new Map<string, string[]>();
  for (const m of told) {
    const pair = sidesOf(m);
    pairs.set([...pair].sort().join("|"), pair);
  }
  if (pairs.size < 3) return null;
  const lists = [...pairs.values()];
  const principal = lists[0].find((n) => lists.every((p) => p.includes(n)));
  if (!principal) return null;
  // (Leaders of several countries, each met once: not a guest's calls on the President, the Vice-President and the Prime
  // Minister of one host country.)
  const countries = lists.map((p) => doc.officials.find((o) => o.name === p.find((n) => n !== principal))?.country).filter((c): c is string => !!c);
  if (new Set(countries).size < 3 || new Set(countries).size !== countries.length) return null;
  return sidesOf(last);
}

const AUXILIARY = "(?:will|would|shall|is|are|was|were|has|have|had|then|later|also|again)";
const COORDINATED_AFTER_DAY_RE = new RegExp(`\\sand\\s+(?:${AUXILIARY}\\s+)*(?:${AUXILIARY}\\s+\\p{Ll}+\\s+(?:to\\s+)?)?$`, "iu");
const DATELINE_BEFORE_RE = /^\s*\p{Lu}[\p{Lu} .'’-]{1,30}(?:,\s+|\s+\()$/u;
const DATELINE_AFTER_RE = /^(?:,?\s*\d{4})?\s*(?:\)|[-–—:])/u;
// "met Tusk then for a brief lunch", "met her at the time": a time told before, not a step after ("and then", "then-President").
const THEN_RE = /^[^,;.]*?(?<!\band\s|,\s)\b(?:then\b(?!-)|at\s+(?:the|that)\s+time\b)/i;

const DEADLINE_BEFORE_RE = /\b(?:by|before|until|till|no\s+later\s+than)\s+(?:the\s+)?(?:end|middle|close|start|beginning|first\s+half|second\s+half)\s+of\s+(?:the\s+)?$/i;
const EARLIER_INSTANCE_RE = /\b(?:after|since|following)\s+(?:the|their|its)\s+(?:first|inaugural|previous|last|preceding|initial|earlier)\s+(?:[\p{L}-]+\s+){0,2}?(?:session|meeting|round|talks|dialogue|summit|edition|consultations)\b[^,;]*$/iu;
// The same participle set off by a comma ("the Agreement, initialled in Washington in August 2025").
const INSTRUMENT_DATE_RE = /[\p{L}\d)],?\s+(?:signed|adopted|concluded|initialled|initialed|ratified|(?:having\s+|which\s+)?(?:entered|came)\s+into\s+(?:force|effect)|took\s+effect)\s+(?:(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2},?\s+)?(?:in|on|last)?\s*$/u;
const INSTRUMENT_PARTICIPLE_RE = /[\p{L}\d)]\s+(?:signed|adopted|concluded|initialled|initialed|ratified)\s+(?:(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2},?\s+)?(?:in|on|last)?\s*$/u;
// One of these words (as written: the pattern is case-sensitive) is in every match of INSTRUMENT_DATE_RE.
const INSTRUMENT_DATE_WORDS = ["signed", "adopted", "concluded", "initialled", "initialed", "ratified", "entered", "came", "took"];
const RELATIVE_PLANNED_BEFORE_RE = new RegExp(`,\\s+(?:who|which|that)\\b[^;]*?\\b(?:${cues.plannedCues.map(ws).join("|")})\\b[^,;]*$`, "i");
/** Does the sentence open with a place of the gazetteer, its comma and then the date ("Rome, 15 January 2026 -")? */
function placeDateline(s: Sent, d: DateMention): boolean {
  const hit = s.gaz[0];
  if (!hit || (hit.type !== "place" && hit.type !== "country")) return false;
  const comma = s.toks[hit.length];
  return comma?.text === "," && s.toks[hit.length + 1]?.start === d.start;
}

function nearestDate(doc: Doc, s: Sent, dates: DateMention[], t: Trigger, all: Trigger[] = []): DateMention | null {
  let best: DateMention | null = null;
  let bestD = Infinity;
  for (const d of dates) {
    let dist = d.start >= t.end ? d.start - t.end : (t.start - d.end) * 1.2;
    // A span after "from" or a date inside ", who is visiting ... ," belongs to something else.
    if (d.prep === "from" || d.range) dist += 300;
    const lo = Math.min(d.start, t.start);
    const between = doc.text.slice(lo, Math.max(d.end, t.end));
    // (", which was held earlier the same day" tells the meeting's own day.)
    if (/,\s+(?:who|which)\b(?!\s+(?:was|were|is|will\s+be|had\s+been)\s+(?:held|convened)\b|\s+took\s+place\b)/.test(between) && d.start > t.end) dist += 150;
    // "Heinecke, who took up her post in 2023, also called on X": a date inside a relative clause the
    // trigger is not in; "since his coronation in May": the date of another event.
    const rel = /,\s+(?:who|which|whose)\b[^,]*,/.exec(doc.text.slice(s.start, t.start));
    // ("Merz, who made Warsaw his first trip after taking office in May 2025, met Tusk then": "then" after the verb takes
    // the clause's date back.)
    if (rel && d.start >= s.start + rel.index && d.end <= s.start + rel.index + rel[0].length && !THEN_RE.test(doc.text.slice(t.end, s.end))) continue;
    if (d.start > t.end && /\bsince\b/i.test(between)) continue;
    // "hosted X for talks ahead of the group's ministerial meeting next week": a date after "ahead of the ..." dates
    // that later event, not the encounter.
    if (d.start > t.end && /\b(?:ahead\s+of|in\s+preparation\s+for|in\s+the\s+run-up\s+to)\s+(?:the|a|an|their|its|his|her)\s+[^,;]*$/i.test(doc.text.slice(t.end, d.start))) continue;
    // "Following their meeting, X called on Y, where they discussed the summit planned for June": the opener dates the
    // encounter; a date in a relative clause after it tells another event.
    if (d.start > t.end && /,\s+(?:where|who|which|whose)\b[^;]*$/.test(doc.text.slice(t.end, d.start)) && sequelOpener(s)) continue;
    // "held talks in Manila with Y, the second such meeting after the inaugural session in Manila in July 2024": a date
    // after an earlier instance of the series dates that instance.
    if (d.start > t.end && EARLIER_INSTANCE_RE.test(doc.text.slice(t.end, d.start))) continue;
    // "met Y, with talks covering the Partnership signed in Amman in January 2025": a date after an instrument's participle
    // dates the instrument ("met and signed an MoU on Tuesday", a finite verb, still dates the encounter).
    if (d.start > t.end && INSTRUMENT_PARTICIPLE_RE.test(doc.text.slice(t.end, d.start))) continue;
    // "On Monday, A and B held a video call in which they agreed on concluding the negotiations in 2026": a date in a
    // relative clause after the trigger tells what the clause tells, when the sentence dated the encounter before it.
    if (d.start > t.end && /\b(?:in|during|at)\s+which\b/i.test(doc.text.slice(t.end, d.start)) && dates.some((e) => e.end <= t.start && e.start >= s.start)) continue;
    // "Barrot later called on Modi and conveyed an invitation to a summit in Nice later this year": a date after a second
    // finite verb joined by "and" dates what that verb tells.
    // (Only for an encounter told as a sequel, "later", whose day is the one of the encounter before it.)
    if (d.start > t.end && /\b(?:later|afterwards|then|subsequently)\s+$/i.test(doc.text.slice(Math.max(s.start, t.start - 14), t.start)) && /\s(?:and|then)\s+(?:also\s+)?\p{Ll}+ed\s/u.test(doc.text.slice(t.end, d.start)) && !/[.;]/.test(doc.text.slice(t.end, d.start))) continue;
    // "received a phone call from X, during which they reviewed the preparations for the business forum to be held in
    // Nicosia in October": a date after another noun's "to be held", past a comma, dates that event.
    if (d.start > t.end && OTHER_EVENT_BEFORE_RE.test(doc.text.slice(t.end, d.start))) continue;
    // "will meet Y to prepare the next summit, planned for the second half of the year": a date after another noun's
    // participle of planning dates that noun.
    if (d.start > t.end && /,\s+(?:planned|scheduled|set|due|expected)\s+(?:for|in|to\s+take\s+place\s+(?:in|on))\s+$/i.test(doc.text.slice(Math.max(t.end, d.start - 40), d.start))) continue;
    // "X also met Y, who recalled his visit to Kazakhstan in 2011": a bare year in a relative clause after
    // the trigger dates what the clause tells, not the encounter.
    // ("and later met the Speaker, X, who invited a delegation to the Assembly's September celebrations": a month alone
    // there too, when the sentence dated its encounters before the trigger.)
    if (d.start > t.end && (d.kind === "year" || (d.kind === "absolute" && d.day === undefined && d.weekday === undefined && dates.some((e) => e.end <= t.start && e.start >= s.start && (e.day !== undefined || e.weekday !== undefined)))) && /,\s+(?:who|which|whose)\b[^,;]*$/.test(doc.text.slice(t.end, d.start))) continue;
    // "Xi also met Y, who briefed him on the declaration, which leaders are expected to adopt on Thursday": a date in a
    // relative clause after the trigger that tells a plan dates the plan, not the encounter told as held.
    if (t.verb && d.start > t.end && RELATIVE_PLANNED_BEFORE_RE.test(doc.text.slice(t.end, d.start)) && !PLANNED_RE.test(doc.text.slice(Math.max(s.start, t.start - 60), t.end))) continue;
    // "held talks ... on Jan. 27, and the two leaders agreed to convene a meeting ... in April": a day before a
    // coordinated clause with its own subject belongs to the first clause.
    if (d.end <= t.start && /,\s+and\s+(?:the|their|both|he|she|they|\p{Lu})[^,;]*$/u.test(between)) dist += 150;
    // "On January 23, I will hold the meeting with Minister Wong, and on the following day, the two of us will hold ...":
    // a date after ", and" belongs to the clause it opens, when the sentence dated the trigger's clause before it.
    if (d.start > t.end && /,\s+and\s+(?:then\s+)?(?:on|in|at)?\s*(?:the\s+)?$/i.test(doc.text.slice(t.end, d.start)) && dates.some((e) => e.end <= t.start && e.start >= s.start && e !== d)) dist += 150;
    // "A and B had held a dialogue earlier on Thursday and will meet again in Warsaw in September": a day between an
    // earlier verb and a verb coordinated with it belongs to the earlier one.
    // ("... on Wednesday and is scheduled to meet Y on Friday": an auxiliary with its participle.)
    // ("will lead a delegation to Tanzania next month and is scheduled to meet Y on April 20": or when the trigger has a
    // date of its own after it.)
    if (d.end <= t.start && COORDINATED_AFTER_DAY_RE.test(doc.text.slice(d.end, t.start)) && (all.some((o) => o !== t && !o.anaphoric && o.end <= d.start && o.start >= s.start) || dates.some((e) => e.start >= t.end))) dist += 150;
    // "recalled the meeting held in Buenos Aires in March, and agreed to meet again in November": a date before a
    // comma and a coordinated verb phrase belongs to the clause before, when the trigger has a date of its own after it.
    if (d.end <= t.start && /,\s+and\s+[^,;]*$/.test(doc.text.slice(d.end, t.start)) && dates.some((e) => e.start >= t.end)) dist += 150;
    // "travels to San José on Wednesday, where he is scheduled to meet Y on Thursday": so does one before the relative
    // clause the trigger is in.
    if (d.end <= t.start && /,\s+(?:where|when)\b[^,;]*$/.test(doc.text.slice(d.end, t.start)) && dates.some((e) => e.start >= t.end)) dist += 150;
    // "NAY PYI TAW, 11 July - X received Y ... yesterday": the dateline's day is the wire's, the weakest reading.
    // ("Rome, 15 January 2026 - X received Y yesterday": so is a dateline's place written in title case, a known place.)
    if ((DATELINE_BEFORE_RE.test(doc.text.slice(s.start, d.start)) || placeDateline(s, d)) && DATELINE_AFTER_RE.test(doc.text.slice(d.end, d.end + 12))) dist += 300;
    // "had met earlier this month, on April 7": a coarse date made precise by a day in apposition after it.
    if (d.day === undefined && dates.some((e) => e.start > d.end && e.day !== undefined && /^\s*,\s*(?:on\s+|the\s+)?$/.test(doc.text.slice(d.end, e.start)))) dist += 100;
    // "spent three days in Ankara this week, holding talks with Y on Tuesday": a week told before the trigger gives way to
    // the day its own clause tells after it.
    if (d.kind === "relative-week" && d.end <= t.start && dates.some((e) => e.start >= t.end && e.start - t.end < 80 && (e.day !== undefined || e.weekday !== undefined) && !/[;.]|,\s+(?:and|but|while|who|which)\b/.test(doc.text.slice(t.end, e.start)))) dist += 100;
    // "said on Wednesday that she had spoken by phone with Y on Monday": a day between a reporting verb and its "that"
    // dates the saying, not the encounter reported.
    if (d.end <= t.start && /^\s*(?:,\s*)?that\b/i.test(doc.text.slice(d.end, t.start).replace(/^[^,;]*?(?=\s+that\b)/, "")) && REPORTED_BEFORE_RE.test(doc.text.slice(s.start, d.start))) dist += 150;
    // "agreed to wrap up negotiations by the end of 2026, X said after co-chairing the session ... on Tuesday": a deadline
    // dates what is to be done by then, an encounter only when the sentence tells no other date. (A date right after
    // "by" or "until" never reaches here: findMeetings leaves it out.)
    if (DEADLINE_BEFORE_RE.test(doc.text.slice(Math.max(s.start, d.start - 30), d.start))) dist += 300;
    // "to put flesh on last year's treaty": a possessive date dates its own noun ("Tuesday's video call": the encounter's).
    const apostrophe = doc.text.charCodeAt(d.end);
    if ((apostrophe === 39 || apostrophe === 0x2019) && /^['’]s\b/.test(doc.text.slice(d.end, d.end + 3)) && !(t.start >= d.end && /^['’]s\s+(?:[\p{L}-]+\s+){0,3}$/u.test(doc.text.slice(d.end, t.start)))) continue;
    // A bare year is the weakest reading when the sentence also has a day or a month.
    if (d.kind === "year") dist += 40;
    if (dist < bestD) {
      best = d;
      bestD = dist;
    }
  }
  return best;
}

// ", during which they reviewed the preparations for the business forum to be held in Nicosia in October": what follows
// another noun's "to be held", past a comma, places and dates that event, not the encounter.
const OTHER_EVENT_BEFORE_RE = /,\s+\S[^;]*?\s(?:to\s+be\s+(?:held|hosted|convened|organi[sz]ed)|to\s+take\s+place)\b[^,;.]*$/i;

function locationNear(doc: Doc, s: Sent, t: Trigger): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (let k = 0; k < s.toks.length; k++) {
    const hit = s.gaz[k];
    if (!hit || hit.type !== "place" || (k > 0 && s.gaz[k - 1] === hit)) continue;
    if (!["in", "at"].includes(s.toks[k - 1]?.norm ?? "")) continue;
    if (s.toks[k].start > t.end && OTHER_EVENT_BEFORE_RE.test(doc.text.slice(t.end, s.toks[k].start))) continue;
    const d = Math.abs(s.toks[k].start - t.start);
    if (d < bestD) {
      bestD = d;
      best = doc.text.slice(s.toks[k].start, s.toks[k + hit.length - 1].end);
    }
  }
  // "on the sidelines of the G20 Summit" / "within the framework of the ... Forum": the event is in the dateline's city.
  if (!best && doc.read.dateline && /\b(?:on|at|in) the (?:sidelines?|side-lines?|margins?) of\b/i.test(s.text)) best = doc.read.dateline;
  return best;
}

/** How many people an encounter has once its companions join ("The summit was chaired by A and attended by B and C"):
 * they join only after its day is settled, and a day is settled only for an encounter of two or more. */
function partyCount(doc: Doc, m: InternalMeeting): number {
  const names = new Set(m.participants);
  for (const id of COMPANIONS.get(m) ?? []) if (doc.officials[id]) names.add(doc.officials[id].name);
  return names.size;
}

function addParticipant(doc: Doc, m: InternalMeeting, id: number, role: ParticipantRole): void {
  const o = doc.officials[id];
  if (!o || m.participants.includes(o.name)) return;
  m.participants.push(o.name);
  m.roles.push({ name: o.name, role });
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
function subset(a: string[], b: string[]): boolean {
  return a.every((x) => b.includes(x));
}

function compatible(a: InternalMeeting, b: InternalMeeting): boolean {
  if (a.date && b.date && a.date !== b.date) return false;
  if (!a.participants.length || !b.participants.length) return true;
  return subset(a.participants, b.participants) || subset(b.participants, a.participants);
}

function mergeInto(a: InternalMeeting, b: InternalMeeting, doc: Doc): void {
  void doc;
  if (!a.date && b.period) a.period = b.period;
  a.date ??= b.date;
  if (b.status === "planned") a.status = "planned";
  a.location ??= b.location;
  a.visitSpan ||= b.visitSpan;
  // The more specific kind wins: "co-chaired a video conference" is a video call.
  if ((a.kind === "meeting" && b.kind !== "meeting") || ((b.kind === "phone_call" || b.kind === "video_call") && a.kind !== b.kind)) a.kind = b.kind;
  if (b.anaphoric && !b.date) a.anaphoric = true;
  for (const r of b.roles) {
    if (!a.participants.includes(r.name)) {
      a.participants.push(r.name);
      a.roles.push(r);
    } else {
      const mine = a.roles.find((x) => x.name === r.name);
      if (mine && mine.role === "participant" && r.role !== "participant") mine.role = r.role;
    }
  }
  a.evidence.push(...b.evidence);
  if (CO_CHAIRED.has(b)) CO_CHAIRED.add(a);
}

// "A received B in Cairo ... B was also received on Monday by C, in the presence of A": a host the other encounter did
// not have receives a guest of his own, the same day or not.
function otherHost(a: InternalMeeting, b: InternalMeeting): boolean {
  const hosts = (m: InternalMeeting) => m.roles.filter((r) => r.role === "host").map((r) => r.name);
  const ha = hosts(a);
  const hb = hosts(b);
  // ("A met with B at the palace. Later, A was received by President C, with the participation of B": a reception whose
  // host, named first, was at no part of a meeting of two told that day is another encounter.)
  if (!ha.length !== !hb.length) {
    const [hosted, other, host] = ha.length ? [a, b, ha[0]] : [b, a, hb[0]];
    return other.participants.length >= 2 && hosted.participants.length > other.participants.length && !other.participants.includes(host);
  }
  if (!ha.length || !hb.length || ha.some((n) => hb.includes(n))) return false;
  return hb.some((n) => !a.participants.includes(n)) || ha.some((n) => !b.participants.includes(n));
}

// "X greeted Y outside Number 10 on Tuesday" beside "X and Y held talks on Tuesday": the welcome of the same two that
// day opens their talks, one encounter.
function welcomeAndTalks(a: InternalMeeting, b: InternalMeeting): boolean {
  return (a.kind === "reception" && b.kind === "talks") || (a.kind === "talks" && b.kind === "reception");
}

function kindsCompatible(a: MeetingKind, b: MeetingKind): boolean {
  return a === b || a === "meeting" || b === "meeting";
}

const PAST_PERFECT_BEFORE_RE = /\bhad\s+(?:(?:already|also|previously|earlier|just|last)\s+)?(?:\p{Ll}+ed|met|held|spoken|spoke|talked)\b[^.;:]*$/u;
const RECALLED_NOUN_RE = /\b(?:recalled|recalling|recalls|remembered|referred\s+to)\s+(?:the|their|his|her|its)\s+(?:[\p{L}-]+\s+){0,3}$/iu;
/** Encounters told in a relative clause (", with whom he spoke on 2 April"): recalled, not the day the report follows. */
const ASIDE = new WeakSet<InternalMeeting>();

/** Encounters given the report's day for want of a day of their own ("has hosted ..."): a later reference that tells the
 * day ("The summit, held yesterday, ...") dates them. */
const ASSUMED_DAY = new WeakSet<InternalMeeting>();

/** Encounters whose day their own sentence tells. */
const TOLD_DAY = new WeakSet<InternalMeeting>();

/** Meetings placed only in a later year written as a number. */
const VAGUE = new WeakSet<InternalMeeting>();

/** Meetings told only by an event's name ("the G20 Summit"). */
const NAMED = new WeakSet<InternalMeeting>();

/** Meetings held on the sidelines of another one reported earlier: never the same meeting as it. */
const SIDELINES = new WeakSet<InternalMeeting>();

/** A pair's restricted session beside a wider one of its day: merged only with an encounter of the same pair. */
const PRIVATE = new WeakSet<InternalMeeting>();

const PRIVATE_SESSION_RE = cuePattern(
  `\\b(?:a|an|their|the)\\s+(?:${cues.privateSessions.modifiers.map(ws).join("|")})\\s+(?:${cues.privateSessions.nouns.join("|")})s?\\b`,
  "iu",
);
const WIDER_SESSION_RE = cuePattern(`\\b(?:${cues.privateSessions.wider.map(ws).join("|")})\\b|\\bpreceded\\s+by\\b`, "iu");
const BEFORE_WIDER_RE = new RegExp(`^[^,;.]{0,40}?\\bbefore\\s+the\\s+(?:${cues.privateSessions.wider.map(ws).join("|")})\\s`, "iu");
const BETWEEN_PAIR_RE = /^\s+(?:of\s+[^,;.]{1,30}?\s+)?between\s+the\s+two\b/iu;

// (Its pretest: a modifier's words, rarer than the articles the pattern opens with.)
const PRIVATE_MODIFIERS = cues.privateSessions.modifiers.map((w) => w.toLowerCase());
const holdsPrivateModifier = holdsAny(PRIVATE_MODIFIERS);
const mayBePrivate = (s: Sent) => holdsPrivateModifier(lowerText(s));

/** The pair's restricted session beside `wider`, told by the words from `at` to `end`. */
function restrictedSession(doc: Doc, s: Sent, wider: InternalMeeting, pair: string[], at: number, end: number): InternalMeeting {
  const m: InternalMeeting = {
    kind: "meeting",
    date: wider.date,
    location: wider.location,
    status: wider.status,
    participants: pair,
    roles: pair.map((name) => ({ name, role: "participant" as ParticipantRole })),
    evidence: [evidenceOf(doc, s.index, at, end)],
    sentence: s.index,
    at,
    anaphoric: false,
    visitSpan: false,
  };
  PRIVATE.add(m);
  return m;
}

// "The talks were held in narrow and expanded formats": the encounter just told was two, the pair's restricted one
// and the wider one (those attending it are told of the wider one, as "The expanded meeting was attended by A").
const BOTH_FORMATS_RE = cuePattern(`\\bin\\s+(?:both\\s+)?(?:narrow|restricted|limited|one-on-one|tête-à-tête|tete-a-tete)\\s+and\\s+(?:${cues.privateSessions.wider.map(ws).join("|")})\\s+formats?\\b`, "iu");
function bothFormats(doc: Doc, s: Sent, last: InternalMeeting): InternalMeeting | null {
  if (!last.date || last.status !== "held" || last.participants.length < 2 || !s.text.includes("format")) return null;
  const p = BOTH_FORMATS_RE.exec(s.text);
  if (!p) return null;
  const at = s.start + p.index;
  return restrictedSession(doc, s, last, last.participants.slice(0, 2), at, at + p[0].length);
}

// "The meeting was preceded by a one-on-one session between the two leaders", "A and B also held a closed-door meeting
// before the expanded session": the pair's restricted session, told beside a wider one of the encounter just told, is
// an encounter of its own, of the pair alone (those attending the wider one are not in it).
function privateSession(doc: Doc, s: Sent, last: InternalMeeting, earlier: InternalMeeting[]): InternalMeeting | null {
  if (!last.date || last.status !== "held" || !mayBePrivate(s)) return null;
  const p = PRIVATE_SESSION_RE.exec(s.text);
  if (!p || !WIDER_SESSION_RE.test(s.text)) return null;
  const at = s.start + p.index;
  const end = at + p[0].length;
  // Told apart from the wider one ("was preceded by", "also held ... before the expanded session"), not as the first
  // part of one encounter ("held a one-on-one meeting, followed by an expanded meeting with A and B").
  if (!/\bpreceded\s+by\s+$/i.test(doc.text.slice(s.start, at)) && !(/\balso\b/i.test(doc.text.slice(s.start, at)) && BEFORE_WIDER_RE.test(doc.text.slice(end, s.end)))) return null;
  let pair: number[] = [];
  if (BETWEEN_PAIR_RE.test(doc.text.slice(end, s.end))) pair = latestPair(doc, earlier);
  else {
    // "A and B also held a closed-door meeting": the two named right before, in the sentence's first clause.
    const before = [...new Set(mentionsOf(doc, s).filter((m) => m.end <= at && usable(doc, s, m)).map((m) => m.entity))];
    if (before.length === 2 && !/[;:]/.test(doc.text.slice(s.start, at))) pair = before;
  }
  const names = pair.map((id) => doc.officials[id]?.name).filter((n): n is string => !!n);
  if (names.length !== 2 || !names.every((n) => last.participants.includes(n))) return null;
  return restrictedSession(doc, s, last, names, at, end);
}

// "a tête-à-tête of about an hour", "first met alone", "held a meeting in a narrow format": a restricted session told
// without a modifier-and-noun pair; the wider session after it is named by "then", "before", "followed by" and a word
// of the wider format ("and then plenary talks", "before bilateral talks", "followed by an expanded meeting").
const BARE_PRIVATE = cues.privateSessions.bare;
const OPENING_PRIVATE_RE = new RegExp(`${PRIVATE_SESSION_RE.source}|\\b(?:${BARE_PRIVATE.sessions.map(ws).join("|")})\\b`, "iu");
const OPENING_WIDER = `(?:${[...cues.privateSessions.wider, ...BARE_PRIVATE.wider].map(ws).join("|")})`;
const WIDER_AFTER_RE = new RegExp(`^[^.;]{0,80}?\\b(?:${BARE_PRIVATE.sequels.map(ws).join("|")})\\s+(?:[^.;]{0,60}?\\s)?${OPENING_WIDER}\\b`, "iu");
const WIDER_ANYWHERE_RE = cuePattern(`\\b${OPENING_WIDER}\\b`, "iu");
const OPENING_PRETEST = holdsAny([...PRIVATE_MODIFIERS, ...BARE_PRIVATE.pretest.map((w) => w.toLowerCase())]);

// "A first held a private meeting with B before the expanded talks, which were also attended by C and D", "the two
// presidents held a tête-à-tête meeting and then plenary talks of the delegations, attended by C and D", "After a
// tête-à-tête of about an hour, the two Heads of State chaired the plenary session, in the presence of C and D": the
// encounter the sentence builds is the wider one (with those attending it); the restricted one before it, of the pair
// alone, is an encounter of its own.
function openingPrivateSession(doc: Doc, s: Sent, built: InternalMeeting[], earlier: InternalMeeting[]): InternalMeeting | null {
  if (built.length !== 1 && built.length !== 2) return null;
  const lower = lowerText(s);
  if (!OPENING_PRETEST(lower)) return null;
  const p = OPENING_PRIVATE_RE.exec(s.text);
  if (!p) return null;
  if (built.length === 2) {
    // "the two presidents held a tête-à-tête meeting and then plenary talks ..., attended by A and B": the restricted
    // session has its own verb; the pair's encounter at its words is it, apart from the wider one.
    const [pair, wide] = built;
    if (pair.participants.length === 2 && wide.participants.length > 2 && subset(pair.participants, wide.participants) && Math.abs(pair.at - (s.start + p.index)) <= 40) PRIVATE.add(pair);
    return null;
  }
  const rest = s.text.slice(p.index + p[0].length);
  // (Told after the wider one, or as its first part, it is not read here: "held talks, after a one-on-one meeting".)
  const fronted = /^\s*(?:after|following)\s+$/i.test(s.text.slice(0, p.index)) && WIDER_ANYWHERE_RE.test(rest);
  if (!fronted && !BEFORE_WIDER_RE.test(rest) && !WIDER_AFTER_RE.test(rest)) return null;
  const wide = built[0];
  const joined = new Set((COMPANIONS.get(wide) ?? []).map((id) => doc.officials[id]?.name));
  let pair = wide.participants.filter((n) => !joined.has(n));
  if (pair.length !== 2) {
    // "The two presidents first met alone ... and then led an expanded meeting with A, B and C": the pair is the
    // sentence's group, whoever the wider meeting took in.
    const group = doc.groups.find((g) => g.sentence === s.index && g.entities.length === 2);
    pair = group ? group.entities.map((id) => doc.officials[id]?.name).filter((n): n is string => !!n && wide.participants.includes(n)) : [];
  }
  if (pair.length !== 2) {
    // "A closed the day with a private meeting with B, followed by an expanded meeting ...": the one subject before the
    // session and the one named right after its "with".
    const ms = mentionsOf(doc, s).filter((m) => usable(doc, s, m));
    const at = s.start + p.index;
    const subjects = [...new Set(ms.filter((m) => m.end <= at).map((m) => m.entity))];
    const w = /^\s+with\s+/i.exec(rest);
    const object = w ? ms.find((m) => m.start >= at + p[0].length + w[0].length) : undefined;
    const after = object && /^\s*(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,6}$/u.test(doc.text.slice(at + p[0].length + w![0].length, object.start)) ? object.entity : -1;
    pair = subjects.length === 1 && after >= 0 && after !== subjects[0] ? [subjects[0], after].map((id) => doc.officials[id]?.name).filter((n) => wide.participants.includes(n)) : [];
  }
  if (pair.length !== 2 || pair.length === wide.participants.length) return null;
  const at = s.start + p.index;
  const m = restrictedSession(doc, s, wide, pair, at, at + p[0].length);
  // (The wider one may take its day from an encounter told before it when merged; the restricted one takes the day its
  // sentence or the few before tell.)
  m.date ??= dayTold(doc, s) ?? [...earlier].reverse().find((c) => !c.anaphoric && c.status === "held" && c.date?.length === 10 && s.index - c.sentence <= 2)?.date ?? dayToldBefore(doc, s);
  return m.date ? m : null;
}

// "The two leaders held a one-on-one meeting at the palace before bilateral talks which included A, B and C": the
// restricted session is the encounter the sentence builds; the wider one after it, with the pair and those it names as
// included or attending, is an encounter of its own.
const WIDER_MEMBERS_RE = /^\s*,?\s*(?:which|that)\s+(?:also\s+)?(?:included|involved)\b|^[^.;]{0,60}?\b(?:attended\s+by|with\s+the\s+participation\s+of|in\s+the\s+presence\s+of|joined\s+by)\b/iu;
function closingWiderSession(doc: Doc, s: Sent, built: InternalMeeting[]): InternalMeeting | null {
  if (built.length < 1 || built.length > 2 || built[0].participants.length !== 2 || !built[0].date || PRIVATE.has(built[0])) return null;
  const lower = lowerText(s);
  if (!OPENING_PRETEST(lower)) return null;
  const p = OPENING_PRIVATE_RE.exec(s.text);
  // (The restricted session is the one built: its words at the trigger.)
  if (!p || Math.abs(s.start + p.index - built[0].at) > 40) return null;
  const after = s.start + p.index + p[0].length;
  const w = WIDER_AFTER_RE.exec(doc.text.slice(after, s.end));
  if (!w) return null;
  const from = after + w[0].length;
  const inc = WIDER_MEMBERS_RE.exec(doc.text.slice(from, s.end));
  if (!inc) return null;
  const pair = built[0];
  const wide: InternalMeeting = { ...pair, kind: "talks", participants: [...pair.participants], roles: pair.roles.map((r) => ({ ...r })), evidence: [evidenceOf(doc, s.index, after, from)], at: after };
  for (const m of mentionsOf(doc, s)) if (m.start >= from + inc.index + inc[0].length && usable(doc, s, m)) addParticipant(doc, wide, m.entity, "participant");
  if (wide.participants.length <= 2) return null;
  // (The wider noun may have built its own encounter of those it names, undated: it is this one.)
  const noun = built[1];
  if (noun) {
    if (noun.date || noun.at < from - w[0].length || !subset(noun.participants, wide.participants)) return null;
    built.splice(1, 1);
  }
  PRIVATE.add(pair);
  return wide;
}

/** One of several encounters told together ("met A and B separately"): not the same as a larger one of its day. */
const PAIRWISE = new WeakSet<InternalMeeting>();

/** Encounters with "the visiting heads of state" of a gathering told before: its guests together, not one each (unless
 * told "separately"). */
const GATHERED = new WeakSet<InternalMeeting>();

/** Sessions told by "co-chaired": the same pair's talks that day are the same encounter, whatever each is called. */
const CO_CHAIRED = new WeakSet<InternalMeeting>();

function consolidate(doc: Doc, cands: InternalMeeting[]): InternalMeeting[] {
  const out: InternalMeeting[] = [];
  for (const c of cands) {
    if (!c.date && c.visitSpan && !c.anaphoric) c.date = doc.visitMonth ?? doc.date.slice(0, 7);
    // A plan with no day of its own in a report announcing a trip ("will travel to Panama City, June 15-17"): the trip's month.
    if (!c.date && !c.anaphoric && c.status === "planned" && c.participants.length >= 2 && doc.visitMonth && doc.visitMonth >= doc.date.slice(0, 7)) c.date = doc.visitMonth;
    if (c.anaphoric) {
      // A reference back never creates a meeting; it may complete one that lacks participants.
      // "at the previous summit in Maputo in 2023": a dated reference to no encounter reported is another event.
      if (c.date && !out.some((m) => m.date === c.date)) continue;
      const target =
        (c.date ? [...out].reverse().find((m) => m.date === c.date) : undefined) ??
        [...out].reverse().find((m) => kindsCompatible(m.kind, c.kind)) ??
        out[out.length - 1];
      if (target) {
        if (target.participants.length < 2) mergeInto(target, c, doc);
        else target.evidence.push(...c.evidence);
      }
      continue;
    }
    if (!c.date) {
      // ("invited X to New Delhi for the next round of consultations", undated and planned, is not the talks held today.)
      const target = [...out].reverse().find((m) => c.participants.length > 0 && m.status === c.status && (subset(c.participants, m.participants) || (!m.participants.length && kindsCompatible(m.kind, c.kind))));
      // "The two leaders held a meeting, followed by talks attended by A and B": the encounter just told, with more people
      // (told up to three sentences on: "X held a summit with Y ... <two sentences on its topics> The small-group summit
      // was followed by an expanded summit attended by A, B and C").
      const latest = out[out.length - 1];
      if (!target && latest && latest.status === c.status && latest.participants.length >= 2 && subset(latest.participants, c.participants) && c.sentence - Math.max(...latest.evidence.map((e) => e.sentence)) <= 3) {
        mergeInto(latest, c, doc);
        continue;
      }
      if (target) mergeInto(target, c, doc);
      else {
        const prev = out[out.length - 1];
        if (prev && prev.participants.length < 2) mergeInto(prev, c, doc);
      }
      continue;
    }
    const dup = out.find(
      (m) =>
        !SIDELINES.has(c) &&
        PRIVATE.has(c) === PRIVATE.has(m) &&
        m.date === c.date &&
        // (The co-chaired session may have gained those who joined it: "They were joined by A and B".)
        (kindsCompatible(m.kind, c.kind) ||
          ((CO_CHAIRED.has(m) || CO_CHAIRED.has(c) || welcomeAndTalks(m, c)) && sameSet(m.participants, c.participants)) ||
          (CO_CHAIRED.has(m) && subset(c.participants, m.participants)) ||
          (CO_CHAIRED.has(c) && subset(m.participants, c.participants))) &&
        (sameSet(m.participants, c.participants) || (!PAIRWISE.has(c) && !PAIRWISE.has(m) && (subset(c.participants, m.participants) || subset(m.participants, c.participants)))) &&
        m.status === c.status &&
        !otherHost(m, c),
    );
    if (dup) mergeInto(dup, c, doc);
    else out.push(c);
  }
  // "X has hosted Y in Berlin." over a report that goes on "X on Tuesday received Y ...": the summary lead, dated the
  // report's day for want of its own, is the encounter the report tells later with its day (of whatever kind, a
  // reception or the talks; a call is never a visit's), not a second one on the report's day.
  const call = (m: InternalMeeting) => m.kind === "phone_call" || m.kind === "video_call";
  for (const m of [...out]) {
    if (!ASSUMED_DAY.has(m) || m.status !== "held" || !m.date || call(m)) continue;
    const told = out.find(
      (n) =>
        n !== m &&
        TOLD_DAY.has(n) &&
        !ASSUMED_DAY.has(n) &&
        n.status === "held" &&
        !call(n) &&
        n.date?.length === 10 &&
        n.date <= m.date! &&
        n.date >= addDays(m.date!, -3) &&
        (subset(m.participants, n.participants) || subset(n.participants, m.participants)) &&
        !otherHost(n, m),
    );
    if (!told) continue;
    const kind = told.kind;
    mergeInto(told, m, doc);
    told.kind = kind;
    out.splice(out.indexOf(m), 1);
  }
  return out.filter((m) => m.participants.length >= 2 && m.date && !(VAGUE.has(m) && m.date.length === 4));
}

const dateCache = new WeakMap<Sent, DateMention[]>();
function datesOf(doc: Doc, s: Sent): DateMention[] {
  let d = dateCache.get(s);
  if (!d) dateCache.set(s, (d = findDates(doc.text, s.start, s.end)));
  return d;
}

/** Month of the visit the article covers: a date span ("October 18-20"), else a dated visit. */
function visitMonth(doc: Doc): string | null {
  // A day and a span both need a digit: the sentences without one (most of them) skip the date patterns here.
  const digits = doc.sentences.filter((s) => /\d/.test(s.text));
  for (const s of digits) {
    for (const d of datesOf(doc, s)) {
      // "will travel to Panama City, June 15-17" under a June 12 header is this June, not last year's.
      if (d.range && d.kind === "absolute") return resolveDate(d, doc.date, PLANNED_RE.test(s.text))?.value.slice(0, 7) ?? null;
    }
  }
  for (const s of digits) {
    if (!/\b(?:visit|trip|tour|stay)\b/i.test(s.text)) continue;
    const d = datesOf(doc, s).find((x) => x.kind === "absolute" && x.day !== undefined);
    if (d) return resolveDate(d, doc.date, false)?.value.slice(0, 7) ?? null;
  }
  return null;
}
