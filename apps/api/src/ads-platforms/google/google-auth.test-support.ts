/**
 * Test-only. google-auth-library 11 sends the OAuth refresh through gaxios 8, which on Node
 * loads node-fetch with a dynamic `import()`. Jest's CommonJS runtime rejects that ("A dynamic
 * import callback was invoked without --experimental-vm-modules"), so in Jest every token
 * refresh would fail. This makes gaxios use Node's global fetch instead (nock 14 intercepts it),
 * through the request interceptor google-auth-library installs on every auth client.
 * Production (plain Node) needs none of this.
 */
import { AuthClient } from 'google-auth-library';

type Resolved = (config: { fetchImplementation?: unknown }) => Promise<{ fetchImplementation?: unknown }>;
let installed = false;

export function useGlobalFetchForGoogleAuth(): void {
  if (installed) return;
  const interceptor = AuthClient.DEFAULT_REQUEST_INTERCEPTOR as unknown as { resolved?: Resolved };
  const original = interceptor.resolved;
  interceptor.resolved = async (config) => {
    const next = original ? await original(config) : config;
    next.fetchImplementation ??= globalThis.fetch;
    return next;
  };
  installed = true;
}
