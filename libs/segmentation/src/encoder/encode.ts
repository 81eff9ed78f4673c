// Applying a fitted encoder: candidates in, one row-major Float64Array out. Works the same on a
// freshly fitted encoder and on one read back from JSON.
import { SegmentationError } from '../errors';
import type { CandidateFeatures } from '../types';
import type { EncodedMatrix, FittedEncoder } from './encoder-types';
import { RawRow, buildLayout } from './layout';

export interface RowEncoder {
  d: number;
  /** Encodes one candidate into `out[offset .. offset + d)`. */
  encodeRow(candidate: CandidateFeatures, out: Float64Array, offset: number): void;
}

export function createRowEncoder(encoder: FittedEncoder): RowEncoder {
  checkEncoder(encoder);
  const layout = buildLayout(encoder);
  const position = new Map(layout.names.map((name, i) => [name, i]));
  const d = encoder.columns.length;
  const mean = Float64Array.from(encoder.means);
  const invScale = Float64Array.from(encoder.scales, (s) => 1 / s);
  // Output column of each raw column (−1: dropped at fit time), and the encoded row of a
  // candidate whose raw values are all 0, which every row starts from.
  const target = new Int32Array(layout.names.length).fill(-1);
  const zeroRow = new Float64Array(d);
  encoder.columns.forEach((col, j) => {
    const i = position.get(col.name);
    if (i === undefined) throw new SegmentationError('INVALID_MODEL', `Encoder column ${col.name} does not match its vocabulary`);
    target[i] = j;
    zeroRow[j] = (0 - mean[j]) * invScale[j];
  });
  const noSkills = neutralSkillColumns(encoder, position);
  const raw = new RawRow(layout.names.length);
  return {
    d,
    encodeRow(candidate, out, offset) {
      out.set(zeroRow, offset);
      raw.reset();
      layout.write(candidate, raw);
      for (let t = 0; t < raw.length; t++) {
        const j = target[raw.index[t]];
        if (j >= 0) out[offset + j] = (raw.value[t] - mean[j]) * invScale[j];
      }
      if (noSkills !== null && raw.has(noSkills.flag)) for (const j of noSkills.columns) out[offset + j] = 0;
    },
  };
}

/** Raw index of the "lists no skill" flag and the output skill columns reset for such rows. */
function neutralSkillColumns(encoder: FittedEncoder, position: Map<string, number>): { flag: number; columns: Int32Array } | null {
  const flag = position.get('skills:(none)');
  if (encoder.noSkills !== 'neutral' || flag === undefined) return null;
  const columns = encoder.columns.flatMap((col, j) => (col.group === 'skills' && col.name !== 'skills:(none)' ? [j] : []));
  return { flag, columns: Int32Array.from(columns) };
}

/** Encodes candidates [start, end) into rows [start, end) of `matrix` (for chunked encoding). */
export function encodeRange(
  rowEncoder: RowEncoder,
  candidates: readonly CandidateFeatures[],
  matrix: Float64Array,
  start: number,
  end: number,
): void {
  const { d } = rowEncoder;
  for (let i = start; i < end; i++) rowEncoder.encodeRow(candidates[i], matrix, i * d);
}

export function encode(encoder: FittedEncoder, candidates: readonly CandidateFeatures[]): EncodedMatrix {
  const rowEncoder = createRowEncoder(encoder);
  const n = candidates.length;
  const matrix = new Float64Array(n * rowEncoder.d);
  encodeRange(rowEncoder, candidates, matrix, 0, n);
  return { matrix, n, d: rowEncoder.d };
}

/** Structural check of an encoder that may come from storage. */
export function checkEncoder(encoder: FittedEncoder): void {
  const ok =
    encoder !== null &&
    typeof encoder === 'object' &&
    encoder.version === 1 &&
    Array.isArray(encoder.columns) &&
    Array.isArray(encoder.means) &&
    Array.isArray(encoder.scales) &&
    encoder.means.length === encoder.columns.length &&
    encoder.scales.length === encoder.columns.length &&
    encoder.scales.every((s) => typeof s === 'number' && Number.isFinite(s) && s > 0);
  if (!ok) throw new SegmentationError('INVALID_MODEL', 'Not a valid fitted encoder (version 1)');
}
