// Worker entry for TypeScript worker bodies: on Node 20 a worker started with
// `execArgv: ["--import", "tsx"]` does not get tsx's loader for its own entry file, so this plain
// ES module registers tsx and then imports the TypeScript entry named in workerData.entry.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.entry);
