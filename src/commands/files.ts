import fs from "node:fs";
import path from "node:path";

/** One input document as read from disk, or the reason it could not be read. */
export type InputFile = { source: string; path: string; text: string; error?: undefined } | { source: string; path: string; text?: undefined; error: string };

export const DEFAULT_MAX_BYTES = 1024 * 1024;

export interface CollectOptions {
  /** Largest file accepted, in bytes. */
  maxBytes?: number;
  /** Extensions read from folders (explicitly named files are always read). */
  extensions?: string[];
}

/** The name a document is stored under: relative to the working directory when inside it. */
export function sourceName(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel.split(path.sep).join("/") : path.resolve(file);
}

/**
 * Expands files and folders (recursively, in sorted order) into documents. Every path yields
 * either text or an error naming the reason; nothing is silently skipped except a file named
 * twice, and folders reached again through a symlink loop.
 */
export function* collectInputs(paths: string[], options: CollectOptions = {}): Generator<InputFile> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const extensions = options.extensions ?? [".txt"];
  const seenFiles = new Set<string>();
  const seenDirs = new Set<string>();

  function* visit(p: string, named: boolean): Generator<InputFile> {
    const source = sourceName(p);
    let stat: fs.Stats;
    let real: string;
    try {
      real = fs.realpathSync(p);
      stat = fs.statSync(real);
    } catch (err) {
      yield { source, path: p, error: describeFsError(err) };
      return;
    }
    if (stat.isDirectory()) {
      if (seenDirs.has(real)) return; // symlink loop or folder named twice
      seenDirs.add(real);
      let entries: string[];
      try {
        entries = fs.readdirSync(p).sort();
      } catch (err) {
        yield { source, path: p, error: describeFsError(err) };
        return;
      }
      for (const name of entries) {
        const child = path.join(p, name);
        let isDir = false;
        try {
          isDir = fs.statSync(child).isDirectory();
        } catch {
          /* reported by visit() below */
        }
        if (isDir || extensions.some((ext) => name.toLowerCase().endsWith(ext))) yield* visit(child, false);
      }
      return;
    }
    if (!stat.isFile()) {
      if (named) yield { source, path: p, error: "not a regular file" };
      return;
    }
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    if (stat.size > maxBytes) {
      yield { source, path: p, error: `file is ${stat.size} bytes, over the limit of ${maxBytes} bytes` };
      return;
    }
    let buf: Buffer;
    try {
      buf = fs.readFileSync(p);
    } catch (err) {
      yield { source, path: p, error: describeFsError(err) };
      return;
    }
    const decoded = decodeText(buf);
    if ("error" in decoded) yield { source, path: p, error: decoded.error };
    else yield { source, path: p, text: decoded.text };
  }

  for (const p of paths) yield* visit(p, true);
}

/** Strict UTF-8 decoding: a report must be text; binary files and other encodings are refused. */
export function decodeText(buf: Uint8Array): { text: string } | { error: string } {
  if (buf.includes(0)) return { error: "binary file (contains NUL bytes), not a text document" };
  try {
    let text = new TextDecoder("utf-8", { fatal: true }).decode(buf);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { text };
  } catch {
    return { error: "not valid UTF-8 text" };
  }
}

function describeFsError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e.code) {
    case "ENOENT":
      return "no such file or folder";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ELOOP":
      return "symbolic link loop";
    default:
      return e.message ?? String(err);
  }
}
