import { GOOGLE_IMAGE_RULES } from '../google/google.compliance';
import { META_IMAGE_RULES } from '../meta/meta.compliance';
import { checkCreativeImage, imageRuleMessage, matchImageShape } from './image-rules';

describe('creative image rules (platform minimums)', () => {
  it('Meta: at least 600×600, any ratio', () => {
    expect(matchImageShape(META_IMAGE_RULES, { width: 600, height: 600 })?.name).toBe('feed image');
    expect(matchImageShape(META_IMAGE_RULES, { width: 1080, height: 1350 })).not.toBeNull();
    expect(matchImageShape(META_IMAGE_RULES, { width: 599, height: 600 })).toBeNull();
    expect(matchImageShape(META_IMAGE_RULES, { width: 1200, height: 500 })).toBeNull();
  });

  it('Google: landscape 1.91:1 from 600×314, square from 300×300, within 2 % of the ratio', () => {
    expect(matchImageShape(GOOGLE_IMAGE_RULES, { width: 600, height: 314 })?.name).toBe('landscape');
    expect(matchImageShape(GOOGLE_IMAGE_RULES, { width: 1200, height: 628 })?.name).toBe('landscape');
    expect(matchImageShape(GOOGLE_IMAGE_RULES, { width: 300, height: 300 })?.name).toBe('square');
    expect(matchImageShape(GOOGLE_IMAGE_RULES, { width: 299, height: 299 })).toBeNull();
    expect(matchImageShape(GOOGLE_IMAGE_RULES, { width: 1200, height: 800 })).toBeNull(); // 3:2 is neither
    expect(matchImageShape(GOOGLE_IMAGE_RULES, { width: 590, height: 309 })).toBeNull(); // right ratio, too small
  });

  it('reports a violation on creative.image naming the sizes; nothing without rules or without an image', () => {
    expect(checkCreativeImage(META_IMAGE_RULES, { width: 400, height: 300 })).toEqual([
      { field: 'creative.image', message: 'Meta needs an image of this size: feed image at least 600×600 (1080×1080 recommended); this one is 400×300.' },
    ]);
    expect(imageRuleMessage(GOOGLE_IMAGE_RULES, { width: 10, height: 10 })).toContain('landscape at least 600×314 at 1.91:1');
    expect(checkCreativeImage(undefined, { width: 1, height: 1 })).toEqual([]);
    expect(checkCreativeImage(META_IMAGE_RULES, undefined)).toEqual([]);
  });
});
