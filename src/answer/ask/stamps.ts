/**
 * Per-slot marks valid for one generation (one question): starting a new generation unmarks every
 * slot without touching memory, so per-index scratch arrays never need clearing between questions.
 */
export class Stamps {
  readonly marks: Uint32Array;
  generation = 0;

  constructor(size: number) {
    this.marks = new Uint32Array(size);
  }

  /** Starts a new generation and returns it: every slot reads as unmarked. */
  next(): number {
    if (++this.generation === 0xffffffff) {
      this.marks.fill(0);
      this.generation = 1;
    }
    return this.generation;
  }
}
