import { describe, expect, it } from 'vitest';
import { ADS_PLATFORMS } from '../../test/adsPlatformsFixture';
import { textLimitHint } from './adsPlatforms';

describe('textLimitHint', () => {
  it('lists each platform’s limit for the field, from the API’s rules', () => {
    expect(textLimitHint(ADS_PLATFORMS, 'headline')).toBe('Meta: up to 40 characters; Google Ads: up to 30.');
    expect(textLimitHint(ADS_PLATFORMS, 'primaryText')).toBe('Meta: up to 125 characters.');
    expect(textLimitHint(ADS_PLATFORMS, 'description')).toBe('Meta: up to 30 characters; Google Ads: up to 90.');
    expect(textLimitHint(undefined, 'headline')).toBeUndefined();
  });
});
