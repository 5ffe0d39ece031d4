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
