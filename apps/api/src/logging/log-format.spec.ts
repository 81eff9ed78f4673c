import pino from 'pino';
import pinoPretty from 'pino-pretty';
import { Writable } from 'node:stream';
import { chooseLogFormat, logDestination } from './log-format';
import { PinoNestLogger, REDACT_PATHS } from './logger';

const sink = () => {
  const lines: string[] = [];
  return { lines, stream: new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) }) };
};

describe('chooseLogFormat', () => {
  it.each([
    [true, 'development', 'pretty'],
    [true, 'test', 'pretty'],
    [true, 'production', 'json'],
    [false, 'development', 'json'],
    [undefined, 'development', 'json'],
  ] as const)('TTY %s, NODE_ENV %s → %s', (isTty, nodeEnv, expected) => {
    expect(chooseLogFormat({ isTty, nodeEnv })).toBe(expected);
  });

  it('writes JSON to stdout by default and pretty lines through a stream', () => {
    expect(logDestination('json')).toBeUndefined();
    expect(logDestination('pretty')).toBeDefined();
  });
});

describe('pretty lines', () => {
  it('are human-readable, carry the Nest context and still redact secrets', () => {
    const out = sink();
    // The production options of logDestination, with colours off and our sink as the output.
    const logger = pino({ redact: { paths: REDACT_PATHS, censor: '[redacted]' } }, pinoPretty({ colorize: false, sync: true, destination: out.stream, ignore: 'pid,hostname,role,context', messageFormat: '{if context}[{context}] {end}{msg}' }));
    logger.info({ context: 'Bootstrap', connection: { accessToken: 'EAAB-secret' } }, 'connected');
    const text = out.lines.join('');
    expect(text).toMatch(/INFO.*\[Bootstrap\] connected/);
    expect(() => JSON.parse(text)).toThrow();
    expect(text).not.toContain('EAAB-secret');
  });
});

describe('PinoNestLogger', () => {
  it("keeps Nest's module and route-mapping lines at debug, everything else at its own level", () => {
    const out = sink();
    const nest = new PinoNestLogger(pino({ level: 'info' }, out.stream));
    nest.log('Mapped {/api/jobs, GET} route', 'RouterExplorer');
    nest.log('JobsController {/api/jobs}:', 'RoutesResolver');
    nest.log('JobsModule dependencies initialized', 'InstanceLoader');
    nest.log('Segmentation run 7 finished', 'SegmentsService');
    nest.warn('Redis is slow', 'Health');
    const entries = out.lines.map((l) => JSON.parse(l) as { level: number; msg: string });
    expect(entries.map((e) => e.msg)).toEqual(['Segmentation run 7 finished', 'Redis is slow']);

    const verbose = sink();
    new PinoNestLogger(pino({ level: 'debug' }, verbose.stream)).log('Mapped {/api/jobs, GET} route', 'RouterExplorer');
    expect(JSON.parse(verbose.lines[0])).toMatchObject({ level: 20, context: 'RouterExplorer', msg: 'Mapped {/api/jobs, GET} route' });
  });
});
