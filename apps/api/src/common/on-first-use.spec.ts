import { onFirstUse } from './on-first-use';

describe('onFirstUse', () => {
  it('makes the value when first asked for, and only then', () => {
    const load = jest.fn(() => ({ heavy: true }));
    const value = onFirstUse(load);
    expect(load).not.toHaveBeenCalled();
    const first = value();
    expect(value()).toBe(first);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('keeps a value that is undefined instead of loading again', () => {
    const load = jest.fn(() => undefined);
    const value = onFirstUse(load);
    value();
    value();
    expect(load).toHaveBeenCalledTimes(1);
  });
});
