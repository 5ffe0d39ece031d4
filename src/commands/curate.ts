// `diplograph curate join|split|list|undo`: the curator's side of event resolution (src/store/curate.ts).
import { CurationError, joinEvents, listDecisions, splitMentions, undoDecision, type CuratedKind, type DecisionView, type EventRef } from "../store/curate.ts";
import type { Db } from "../store/db.ts";

export interface CurateCommandOptions {
  /** meeting (default) or agreement: what `split` mentions are. */
  kind?: string[];
  note?: string;
  out: (line: string) => void;
  err: (line: string) => void;
}

export class CurateUsageError extends Error {}

/** `meeting:12` / `agreement:7`, or a global ID the API gave (base64 of `Meeting:12`). */
export function parseEventRef(raw: string): EventRef {
  const plain = /^(meeting|agreement):([1-9]\d{0,15})$/i.exec(raw);
  if (plain) return { kind: plain[1].toLowerCase() as CuratedKind, id: Number(plain[2]) };
  const decoded = /^[A-Za-z0-9+/]+={0,2}$/.test(raw) ? Buffer.from(raw, "base64").toString("utf8") : "";
  const global = /^(Meeting|Agreement):([1-9]\d{0,15})$/.exec(decoded);
  if (global) return { kind: global[1].toLowerCase() as CuratedKind, id: Number(global[2]) };
  throw new CurateUsageError(`"${raw}" is not an event: give meeting:ID, agreement:ID or a Meeting/Agreement global ID`);
}

function kindOf(o: CurateCommandOptions): CuratedKind {
  const kinds = o.kind ?? [];
  if (kinds.length > 1) throw new CurateUsageError("--kind takes one value: meeting or agreement");
  const kind = kinds[0] ?? "meeting";
  if (kind !== "meeting" && kind !== "agreement") throw new CurateUsageError(`--kind must be meeting or agreement, got "${kind}"`);
  return kind;
}

export function describeDecision(d: DecisionView): string {
  const sides = [...new Set(d.mentions.map((m) => m.side))].map((s) => d.mentions.filter((m) => m.side === s).map((m) => m.key).join(" "));
  return `${d.id}\t${d.action} ${d.kind}s\t${d.createdAt.toISOString()}\t${sides.join(d.action === "join" ? " + " : " | ")}${d.note ? `\t(${d.note})` : ""}`;
}

export async function curateCommand(db: Db, args: string[], o: CurateCommandOptions): Promise<number> {
  const [action, ...rest] = args;
  try {
    switch (action) {
      case "join": {
        if (rest.length < 2) throw new CurateUsageError("curate join needs two or more events (meeting:ID, agreement:ID or global IDs)");
        const d = await joinEvents(db, rest.map(parseEventRef), o.note ?? null);
        o.out(`joined: ${describeDecision(d)}`);
        return 0;
      }
      case "split": {
        if (!rest.length) throw new CurateUsageError("curate split needs the keys of the mentions to take out (<document content hash>/<ordinal>, as Meeting.mentions.key shows)");
        const d = await splitMentions(db, kindOf(o), rest, o.note ?? null);
        o.out(`split: ${describeDecision(d)}`);
        return 0;
      }
      case "list": {
        const all = await listDecisions(db);
        if (!all.length) o.out("no curator decisions");
        for (const d of all) o.out(describeDecision(d));
        return 0;
      }
      case "undo": {
        const n = Number(rest[0]);
        if (rest.length !== 1 || !Number.isInteger(n) || n <= 0) throw new CurateUsageError(`curate undo needs one decision number (see \`diplograph curate list\`), got "${rest.join(" ")}"`);
        const d = await undoDecision(db, n);
        o.out(`undone: ${describeDecision(d)}`);
        return 0;
      }
      default:
        throw new CurateUsageError(action ? `unknown curate action "${action}" (join, split, list or undo)` : "curate needs an action: join, split, list or undo");
    }
  } catch (e) {
    if (!(e instanceof CurationError)) throw e;
    o.err(`diplograph curate: ${e.message}`);
    return 1;
  }
}
