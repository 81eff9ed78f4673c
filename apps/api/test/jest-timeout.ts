// Integration tests boot the whole app against real PostgreSQL and Redis; on a busy 2-core machine
// a single request can take seconds, and two jest workers share the cores. `testTimeout` inside a jest project entry is not applied, so the
// integration project sets it here.
jest.setTimeout(60_000);
