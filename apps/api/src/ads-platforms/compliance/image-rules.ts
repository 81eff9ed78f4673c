/**
 * The smallest creative image a platform takes, as data in each platform's compliance rules
 * (meta/meta.compliance.ts, google/google.compliance.ts): a list of accepted shapes, each with a
 * minimum size and optionally an aspect ratio. An image fits the platform when it fits one shape.
 */
import type { ComplianceViolation } from './compliance-engine';

export interface ImageShape {
  /** "square", "landscape", "feed". */
  name: string;
  minWidth: number;
  minHeight: number;
  /** Width ÷ height the platform requires (within ±2 %); absent: any ratio. */
  aspectRatio?: number;
  /** The size the platform recommends, shown as a hint. */
  recommended?: { width: number; height: number };
}

export interface CreativeImageRules {
  owner: string;
  shapes: readonly ImageShape[];
}

export interface ImageDimensions {
  width: number;
  height: number;
}

const RATIO_TOLERANCE = 0.02;

function fitsShape(shape: ImageShape, size: ImageDimensions): boolean {
  if (size.width < shape.minWidth || size.height < shape.minHeight) return false;
  if (shape.aspectRatio === undefined) return true;
  return Math.abs(size.width / size.height - shape.aspectRatio) / shape.aspectRatio <= RATIO_TOLERANCE;
}

const ratioText = (ratio: number) => (ratio === 1 ? '1:1' : `${ratio}:1`);

export function describeShape(shape: ImageShape): string {
  const ratio = shape.aspectRatio === undefined ? '' : ` at ${ratioText(shape.aspectRatio)}`;
  const hint = shape.recommended ? ` (${shape.recommended.width}×${shape.recommended.height} recommended)` : '';
  return `${shape.name} at least ${shape.minWidth}×${shape.minHeight}${ratio}${hint}`;
}

/** The first shape the image fits, or null. */
export function matchImageShape(rules: CreativeImageRules, size: ImageDimensions): ImageShape | null {
  return rules.shapes.find((shape) => fitsShape(shape, size)) ?? null;
}

/** "Meta needs an image of this size: feed image at least 600×600 (1080×1080 recommended); this one is 400×300." */
export function imageRuleMessage(rules: CreativeImageRules, size: ImageDimensions): string {
  return `${rules.owner} needs an image of this size: ${rules.shapes.map(describeShape).join(' or ')}; this one is ${size.width}×${size.height}.`;
}

export function checkCreativeImage(rules: CreativeImageRules | undefined, image: ImageDimensions | undefined): ComplianceViolation[] {
  if (!rules || !image || matchImageShape(rules, image)) return [];
  return [{ field: 'creative.image', message: imageRuleMessage(rules, image) }];
}
