import { ConfigError, loadConfig } from '../config/app-config';

describe('SEGMENTATION_CRON', () => {
  it('is off by default', () => {
    expect(loadConfig({}).segmentationCron).toBeUndefined();
  });

  it('accepts a cron expression and refuses anything else at boot', () => {
    expect(loadConfig({ SEGMENTATION_CRON: '0 3 * * *' }).segmentationCron).toBe('0 3 * * *');
    expect(() => loadConfig({ SEGMENTATION_CRON: 'nightly please' })).toThrow(ConfigError);
    expect(() => loadConfig({ SEGMENTATION_CRON: 'nightly please' })).toThrow(/SEGMENTATION_CRON/);
  });
});
