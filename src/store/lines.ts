// The export format's shared vocabulary: its name and version, evidence lines, stable identifiers,
// and the field checks import runs on every line. Each fact kind defines its own line, its fields
// and how it is written and read in its module (facts/*.ts); export.ts and import.ts put them
// together.
import type { Evidence } from "../extraction/types.ts";

export const EXPORT_FORMAT = "diplograph-graph";
export const EXPORT_VERSION = 1;

export interface EvidenceLine {
  sentence: number;
  start: number;
  end: number;
  text: string;
}

// Stable identifiers: the natural key of each node, the content hash (plus ordinal) of each fact.
export const ids = {
  country: (code: string) => `country:${code}`,
  organization: (key: string) => `organization:${key}`,
  official: (key: string) => `official:${key}`,
  topic: (name: string) => `topic:${name}`,
  document: (hash: string) => `document:${hash}`,
  fact: (type: "position" | "meeting" | "proposal" | "agreement" | "target", hash: string, ordinal: number) => `${type}:${hash}/${ordinal}`,
};

export type FieldKind =
  | "string"
  | "string?"
  | "absent|string?"
  | "number"
  | "int"
  | "int?"
  | "strings"
  | "evidence"
  | "participants"
  | "parties"
  | "decisionMentions";

/** What a fact line's writer and checks need from the rest of the file: references resolved to rows. */
export interface NodeIds {
  countries: Map<string, number>;
  organizations: Map<string, number>;
  officials: Map<string, number>;
  topics: Map<string, number>;
}

/** The file's node definitions, by reference, for checking a fact line's references. */
export interface FileNodes {
  countries: Map<string, unknown>;
  organizations: Map<string, unknown>;
  officials: Map<string, unknown>;
  topics: Map<string, unknown>;
}

/** Records a problem when `ref` names a node the file does not define. */
export type CheckRef = (what: string, ref: string | null, map: Map<string, unknown>) => void;

/** Evidence as the store writes it: the extractor's, or an export's lines (the same shape). */
export type EvidenceSpans = Evidence[] | EvidenceLine[];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isInt = (v: unknown) => typeof v === "number" && Number.isInteger(v);
const isStringOrNull = (v: unknown) => v === null || typeof v === "string";

/** Why a field's value does not fit its kind, or null. */
export function checkField(kind: FieldKind, v: unknown): string | null {
  switch (kind) {
    case "string":
      return typeof v === "string" ? null : "must be a string";
    case "string?":
      return isStringOrNull(v) ? null : "must be a string or null";
    case "absent|string?":
      return v === undefined || isStringOrNull(v) ? null : "must be a string or null when given";
    case "number":
      return typeof v === "number" && Number.isFinite(v) ? null : "must be a number";
    case "int":
      return isInt(v) ? null : "must be a whole number";
    case "int?":
      return v === null || isInt(v) ? null : "must be a whole number or null";
    case "strings":
      return Array.isArray(v) && v.every((s) => typeof s === "string") ? null : "must be a list of strings";
    case "evidence":
      return Array.isArray(v) && v.every((e) => isObject(e) && isInt(e.sentence) && isInt(e.start) && isInt(e.end) && typeof e.text === "string")
        ? null
        : "must be a list of {sentence, start, end, text}";
    case "participants":
      return Array.isArray(v) && v.every((p) => isObject(p) && typeof p.official === "string" && typeof p.role === "string") ? null : "must be a list of {official, role}";
    case "parties":
      return Array.isArray(v) &&
        v.every((p) => isObject(p) && typeof p.name === "string" && isStringOrNull(p.official) && isStringOrNull(p.organization) && isStringOrNull(p.country))
        ? null
        : "must be a list of {name, official, organization, country}";
    case "decisionMentions":
      return Array.isArray(v) &&
        v.length > 0 &&
        v.every(
          (m) =>
            isObject(m) &&
            typeof m.document === "string" &&
            isInt(m.ordinal) &&
            isInt(m.side) &&
            (m.start === undefined || m.start === null || isInt(m.start)) &&
            (m.end === undefined || m.end === null || isInt(m.end)) &&
            (m.fingerprint === undefined || isStringOrNull(m.fingerprint)),
        )
        ? null
        : "must be a non-empty list of {document, ordinal, side} (with start, end and fingerprint when known)";
  }
}

export const isObjectValue = isObject;
export const isDate = (s: string) => !Number.isNaN(Date.parse(s));
export const iso = (d: Date) => d.toISOString();
export const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);

/** Code-point order, the same on every platform and database collation. */
export function byString<T>(key: (t: T) => string): (a: T, b: T) => number {
  return (a, b) => {
    const x = key(a);
    const y = key(b);
    return x < y ? -1 : x > y ? 1 : 0;
  };
}
