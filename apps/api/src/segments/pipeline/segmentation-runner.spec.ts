import { SegmentationError } from '@adflux/segmentation';
import { assignmentPartition, formatReal } from '../assignments/segment-assignments.repository';
import { failureReason } from './segmentation-runner';

describe('failureReason', () => {
  it("shows the library's own message", () => {
    expect(failureReason(new SegmentationError('TOO_FEW_CANDIDATES', 'Cannot form 5 segments from 3 candidates'))).toBe('Cannot form 5 segments from 3 candidates');
  });

  it('labels anything else as unexpected', () => {
    expect(failureReason(new Error('connection reset'))).toBe('Unexpected error: connection reset');
    expect(failureReason('boom')).toBe('Unexpected error');
  });
});

describe('formatReal', () => {
  it('writes a distance with the precision a real column keeps', () => {
    expect(formatReal(1.23456789)).toBe('1.234568');
    expect(Number(formatReal(0.000012345678))).toBeCloseTo(0.000012345678, 10);
    expect(formatReal(Number.NaN)).toBe('0');
  });
});

describe('assignmentPartition', () => {
  it('names a run\'s partition after its id', () => {
    expect(assignmentPartition('8aec80f2-2ebf-41be-a4ff-91403a4a474a')).toBe('segment_assignments_8aec80f22ebf41bea4ff91403a4a474a');
  });

  it('refuses anything that is not a uuid (it becomes an identifier)', () => {
    expect(() => assignmentPartition('x; DROP TABLE candidates')).toThrow(/Not a run id/);
  });
});
