// `--cpu FILE` for the profiling scripts: a V8 CPU profile of the measured part only (not
// start-up); summarise it with `node bench/profile-summary.mjs FILE`.
import fs from "node:fs";
import { Session } from "node:inspector";

/** Starts profiling when the command line has `--cpu FILE`; the returned stop() writes FILE. */
export async function cpuProfileFromArgs(argv = process.argv): Promise<{ stop(): Promise<void> }> {
  const at = argv.indexOf("--cpu");
  if (at < 0) return { stop: async () => {} };
  const file = argv[at + 1]!;
  const session = new Session();
  session.connect();
  await new Promise((r) => session.post("Profiler.enable", () => session.post("Profiler.start", r)));
  return {
    stop: () =>
      new Promise<void>((resolve) =>
        session.post("Profiler.stop", (err, r) => {
          if (!err) fs.writeFileSync(file, JSON.stringify(r.profile));
          resolve();
        }),
      ),
  };
}
