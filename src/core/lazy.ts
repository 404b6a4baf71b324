// Values made on first use. The first lint after the editor starts runs the
// engine's top level once, in cold code: a Unicode pattern built there costs
// 0.1 to 0.5 ms to construct, whether or not any lint ever uses it.

/** A function returning `make()`, called once, on its first call. */
export function lazily<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
