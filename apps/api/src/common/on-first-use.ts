/**
 * A value made by `load` the first time it is asked for, then kept. For libraries that cost a lot of
 * heap and start-up time but that only some processes ever use (google-ads-api, @faker-js/faker):
 * `load` is a `require` in the caller's module, so the library resolves from there.
 */
export function onFirstUse<T>(load: () => T): () => T {
  let loaded: { value: T } | undefined;
  return () => (loaded ??= { value: load() }).value;
}
