import type { Db } from "../store/db.ts";
import { describeProgress, describeReextract, reextract } from "../store/reextract.ts";

export interface Progress {
  /** One step done; `line` is the plain progress line for non-terminals (kept above the bar when `important`). */
  step(index: number, total: number, label: string, line: string, important?: boolean): void;
  /** Prints a line without garbling the bar. */
  note(line: string): void;
  done(): void;
}

/**
 * Progress on stderr: a bar redrawn in place on a terminal, plain lines otherwise (logs, pipes,
 * CI), so a killed run's output still says how far it got.
 */
export function progressReporter(stream: NodeJS.WriteStream = process.stderr, tty = stream.isTTY === true): Progress {
  let drawn = false;
  const clear = () => {
    if (drawn) stream.write("\r\x1b[2K");
    drawn = false;
  };
  return {
    step(index, total, label, line, important) {
      if (!tty) {
        stream.write(line + "\n");
        return;
      }
      if (important) {
        clear();
        stream.write(line + "\n");
      }
      const columns = stream.columns || 80;
      const width = Math.max(10, Math.min(30, columns - 40));
      const filled = total ? Math.round((index / total) * width) : width;
      const pct = total ? Math.floor((index / total) * 100) : 100;
      const head = `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${index}/${total} ${String(pct).padStart(3)}% `;
      const room = Math.max(0, columns - head.length - 1);
      const tail = label.length > room ? "…" + label.slice(label.length - room + 1) : label;
      stream.write(`\r\x1b[2K${head}${tail}`);
      drawn = true;
    },
    note(line) {
      clear();
      stream.write(line + "\n");
    },
    done() {
      clear();
    },
  };
}

export interface ReextractCommandOptions {
  all?: boolean;
  out: (line: string) => void;
  progress?: Progress;
}

/** `diplograph reextract [--all]`: returns the exit code (1 when a document failed). */
export async function reextractCommand(db: Db, options: ReextractCommandOptions): Promise<number> {
  const progress = options.progress ?? progressReporter();
  try {
    const summary = await reextract(db, {
      all: options.all,
      onStart: ({ total, resumed, version }) => {
        if (total) progress.note(`${resumed ? "resuming: " : ""}${total} document(s) to re-extract with extractor ${version}`);
      },
      onProgress: (p) => {
        progress.step(p.index, p.total, p.source, describeProgress(p), p.status === "failed");
      },
    });
    progress.done();
    options.out(describeReextract(summary));
    return summary.failed ? 1 : 0;
  } finally {
    progress.done();
  }
}
