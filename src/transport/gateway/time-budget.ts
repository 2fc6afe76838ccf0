/**
 * The gateway's time budget, as the HTTP endpoint has one: Discord waits three seconds for the
 * first response, so an interaction not answered within `ms` is acknowledged (by `acknowledge`)
 * and the answer follows. Until then nothing is sent, so a quick answer goes out as it is.
 */
export class TimeBudget {
  private readonly timer: NodeJS.Timeout;
  /** Set once the budget ran out: the acknowledgement, resolving to its error if it failed. */
  private acknowledgement: Promise<unknown> | null = null;

  constructor(ms: number, acknowledge: () => Promise<unknown>) {
    this.timer = setTimeout(() => {
      this.acknowledgement = acknowledge().then(
        () => null,
        (error: unknown) => error ?? new Error('acknowledgement failed'),
      );
    }, ms);
  }

  /** Stops the clock; waits for an acknowledgement already under way, and throws its error. */
  async settle(): Promise<void> {
    clearTimeout(this.timer);
    const failure = await this.acknowledgement;
    if (failure) throw failure;
  }
}
