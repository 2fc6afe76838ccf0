/** Live memory after a full collection: V8 heap plus off-heap buffers (typed arrays a compact index may use). Needs --expose-gc. */
export function liveBytesAfterGc(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with node --expose-gc (npm run bench does)');
  gc();
  gc();
  const { heapUsed, external } = process.memoryUsage();
  return heapUsed + external;
}

export function rssBytes(): number {
  return process.memoryUsage().rss;
}
