import { describe, expect, it } from 'vitest';
import { labelLayout } from './HorizontalBarsPlot';

describe('labelLayout', () => {
  it('gives desktop labels room for a whole segment name, and keeps a phone’s width for the bars', () => {
    const name = 'Senior prospecting negotiation · account management';
    expect(name.length).toBeLessThanOrEqual(labelLayout(1440).maxChars);
    expect(labelLayout(1440).width).toBeGreaterThanOrEqual(260);
    expect(labelLayout(390).width).toBeLessThanOrEqual(390 / 2);
  });
});
