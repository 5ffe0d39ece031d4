// Loads data for a view, cancels the request when the inputs change, and reports errors.
import { useEffect, useState } from "react";

export type Loaded<T> = { state: "loading" } | { state: "error"; message: string } | { state: "done"; data: T };

export function useLoad<T>(load: (signal: AbortSignal) => Promise<T>, deps: unknown[]): Loaded<T> {
  const [result, setResult] = useState<Loaded<T>>({ state: "loading" });
  useEffect(() => {
    const ctrl = new AbortController();
    setResult({ state: "loading" });
    load(ctrl.signal).then(
      (data) => !ctrl.signal.aborted && setResult({ state: "done", data }),
      (e: unknown) => !ctrl.signal.aborted && setResult({ state: "error", message: e instanceof Error ? e.message : String(e) }),
    );
    return () => ctrl.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return result;
}
