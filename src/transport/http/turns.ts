/**
 * Runs queued tasks in arrival order, one per turn of the event loop.
 *
 * Handlers do their CPU work synchronously. Run straight from the socket callbacks, one loop turn
 * would answer every ready connection before the next turn accepts new ones (libuv accepts about
 * one connection per turn), so under load fresh connections waited seconds while busy ones were
 * served. One task per turn keeps accepting, reading and the time-budget timers going between
 * tasks, and serves requests first come, first served.
 */
export class TurnQueue {
  private readonly tasks: Array<() => void> = [];
  private pumping = false;

  push(task: () => void): void {
    this.tasks.push(task);
    if (!this.pumping) {
      this.pumping = true;
      setImmediate(this.pump);
    }
  }

  private readonly pump = (): void => {
    this.tasks.shift()?.();
    if (this.tasks.length > 0) setImmediate(this.pump);
    else this.pumping = false;
  };
}
