// A hard time budget around a request's work: the answer goes out when the budget is spent even
// if a resolver is stuck in one long database call (the GraphQL plugin stops the remaining fields).

export class TimeBudgetError extends Error {
  readonly status = 503;
  readonly code = "REQUEST_TIMEOUT";
  constructor(readonly budgetMs: number) {
    super(`The request exceeded its time budget of ${budgetMs} ms.`);
  }
}

export function withTimeBudget<T>(work: Promise<T>, budgetMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeBudgetError(budgetMs)), budgetMs);
  });
  work.catch(() => {}); // a late failure after the budget is not an unhandled rejection
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

/**
 * A signal that aborts when the client goes away before its answer is complete, or when the
 * time budget is spent: the GraphQL layer stops resolving fields then, so abandoned requests do
 * not keep the server busy.
 */
export function requestSignal(res: import("node:http").ServerResponse, budgetMs: number): AbortSignal {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new TimeBudgetError(budgetMs)), budgetMs);
  timer.unref();
  res.on("close", () => {
    clearTimeout(timer);
    if (!res.writableFinished) controller.abort(new Error("client closed the connection"));
  });
  return controller.signal;
}
