// K-means cannot place k centroids on fewer than k distinct points (k-means++ divides by a zero
// potential), so the number of distinct rows is checked before training.

/** Number of distinct rows among the n rows, counting no further than `limit`. */
export function countDistinctRows(matrix: Float64Array, n: number, d: number, limit: number): number {
  const distinct: number[] = []; // row offsets of the distinct rows found so far
  for (let i = 0; i < n && distinct.length < limit; i++) {
    const row = i * d;
    let isNew = true;
    for (const other of distinct) {
      let same = true;
      for (let j = 0; j < d; j++) {
        if (matrix[row + j] !== matrix[other + j]) {
          same = false;
          break;
        }
      }
      if (same) {
        isNew = false;
        break;
      }
    }
    if (isNew) distinct.push(row);
  }
  return distinct.length;
}
