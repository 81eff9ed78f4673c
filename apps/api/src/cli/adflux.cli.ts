import './cli-role';
import { buildCli } from './cli-commands';
import { describeError } from './cli-context';

// `npx adflux <command>`: every failure is one clear message on stderr and exit code 1.
buildCli()
  .parseAsync(process.argv)
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error(`adflux: ${describeError(error)}`);
    process.exit(1);
  });
