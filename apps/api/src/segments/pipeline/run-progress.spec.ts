import { RunProgress, RunProgressTracker } from './run-progress';

function setup(minIntervalMs = 250) {
  let now = 0;
  const sent: RunProgress[] = [];
  const tracker = new RunProgressTracker((p) => void sent.push(p), () => now, minIntervalMs);
  return { tracker, sent, advance: (ms: number) => (now += ms) };
}

describe('RunProgressTracker', () => {
  it('maps every stage onto one monotonic percentage', async () => {
    const { tracker, sent, advance } = setup(0);
    await tracker.load(0);
    advance(10);
    await tracker.load(1);
    await tracker.library({ phase: 'encode', phasePercent: 0, percent: 0 });
    await tracker.library({ phase: 'assign', phasePercent: 100, percent: 85 });
    await tracker.write(0.5);
    await tracker.activate();
    expect(sent.map((p) => p.percent)).toEqual([0, 25, 25, 76, 92, 99]);
    expect(sent.map((p) => p.phase)).toEqual(['load', 'load', 'encode', 'assign', 'write', 'activate']);
  });

  it('throttles reports within a phase but always sends a phase change', async () => {
    const { tracker, sent, advance } = setup(250);
    await tracker.load(0);
    for (let i = 1; i <= 10; i++) {
      advance(50);
      await tracker.load(i / 10);
    }
    await tracker.library({ phase: 'encode', phasePercent: 0, percent: 0 });
    expect(sent.map((p) => p.phase)).toEqual(['load', 'load', 'load', 'encode']);
    expect(sent.map((p) => p.percent)).toEqual([0, 12, 25, 25]);
  });

  it('never reports a lower percentage than before', async () => {
    const { tracker, sent } = setup(0);
    await tracker.load(1);
    await tracker.load(0.2);
    expect(sent.map((p) => p.percent)).toEqual([25]);
  });

  it('credits the time between reports to the phase of the later one', async () => {
    const { tracker, advance } = setup(0);
    await tracker.load(0);
    advance(300);
    await tracker.load(1);
    await tracker.library({ phase: 'encode', phasePercent: 0, percent: 0 });
    advance(100);
    await tracker.library({ phase: 'encode', phasePercent: 100, percent: 20 });
    advance(700); // the library reports select_k once, when it is done
    await tracker.library({ phase: 'select_k', phasePercent: 100, percent: 40 });
    advance(50);
    expect(tracker.timings()).toEqual({ load: 300, encode: 100, select_k: 750, total: 1150 });
  });
});
