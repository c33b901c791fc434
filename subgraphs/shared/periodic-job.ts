// A periodic job of a subgraph (warning sweeps): every `minutes`, never two runs at once, errors
// logged instead of crashing the service, the timer never keeps the process alive.

export function startPeriodicJob(minutes: number, run: () => Promise<unknown>, onError: (error: unknown) => void): () => void {
  if (minutes <= 0) return () => {};
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    run()
      .catch(onError)
      .finally(() => {
        running = false;
      });
  }, minutes * 60_000);
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * Pages through open records by id (500 at a time) and hands each page to `evaluate`, which the
 * caller runs in one transaction: a sweep over 100 000 open records never holds them all.
 */
export async function sweepPages<Row extends { id: string }>(
  fetchPage: (after: string | undefined) => Promise<Row[]>,
  evaluate: (page: Row[]) => Promise<void>,
): Promise<void> {
  let after: string | undefined;
  for (;;) {
    const page = await fetchPage(after);
    if (page.length === 0) return;
    after = page[page.length - 1]!.id;
    await evaluate(page);
  }
}

/** What a warning sweep did: records evaluated, cards raised, and the levels now standing. */
export interface EvaluationSummary {
  evaluated: number;
  raised: number;
  yellow: number;
  red: number;
}
