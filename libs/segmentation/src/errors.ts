// One error class with a stable code, so callers (API, UI) can map failures without parsing text.

export type SegmentationErrorCode =
  | 'NO_CANDIDATES'
  | 'TOO_FEW_CANDIDATES'
  | 'INVALID_OPTIONS'
  | 'INVALID_MODEL'
  | 'DIMENSION_MISMATCH'
  | 'ABORTED';

export class SegmentationError extends Error {
  constructor(
    readonly code: SegmentationErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SegmentationError';
  }
}
