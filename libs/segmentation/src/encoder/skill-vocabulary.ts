// Which skills get their own encoder column. Taking the most frequent ones lets a few big role
// families fill every column with their core and optional skills while a smaller family (say
// backend engineers in a pool of nurses and warehouse staff) gets none, and then clusters on
// country and salary alone. So the columns are chosen greedily for coverage instead: each pick
// is worth, over the people who list it, how little the columns chosen so far already describe
// them; the skills of people no column describes yet rise to the top.

/** Distinct skills of each fit row, as ids, plus how many rows list each skill. */
export class SkillTally {
  readonly names: string[] = [];
  readonly counts: number[] = [];
  private readonly ids = new Map<string, number>();
  private rowSkills = new Int32Array(1024);
  private length = 0;
  private readonly rowEnds: number[] = [];

  /** Adds one row's skills (already normalised and de-duplicated). */
  addRow(skills: Iterable<string>): void {
    for (const name of skills) {
      let id = this.ids.get(name);
      if (id === undefined) {
        id = this.names.length;
        this.ids.set(name, id);
        this.names.push(name);
        this.counts.push(0);
      }
      this.counts[id]++;
      if (this.length === this.rowSkills.length) {
        const grown = new Int32Array(this.rowSkills.length * 2);
        grown.set(this.rowSkills);
        this.rowSkills = grown;
      }
      this.rowSkills[this.length++] = id;
    }
    this.rowEnds.push(this.length);
  }

  /** Skills of row r: `skills.subarray(start, end)`. */
  rows(): { skills: Int32Array; ends: readonly number[] } {
    return { skills: this.rowSkills, ends: this.rowEnds };
  }
}

/** What one more column describing a row is worth when `c` columns already do (1, ¼, ⅑ …). */
const worth = (c: number) => 1 / ((1 + c) * (1 + c));

/**
 * Up to `limit` skills listed by at least `minCount` rows, chosen for coverage as explained
 * above. Deterministic: ties go to the more frequent skill, then to the alphabetically first.
 */
export function chooseSkillColumns(tally: SkillTally, limit: number, minCount: number): string[] {
  const { names, counts } = tally;
  const { skills, ends } = tally.rows();
  const nSkills = names.length;
  // Rows holding each skill (compressed inverted index).
  const holderStart = new Int32Array(nSkills + 1);
  for (let t = 0; t < (ends[ends.length - 1] ?? 0); t++) holderStart[skills[t] + 1]++;
  for (let s = 0; s < nSkills; s++) holderStart[s + 1] += holderStart[s];
  const holders = new Int32Array(holderStart[nSkills]);
  const fill = holderStart.slice(0, nSkills);
  ends.forEach((end, r) => {
    for (let t = r === 0 ? 0 : ends[r - 1]; t < end; t++) holders[fill[skills[t]]++] = r;
  });

  const gain = Float64Array.from(counts); // every row starts undescribed: worth(0) = 1
  const covered = new Int32Array(ends.length);
  const chosen = new Uint8Array(nSkills);
  const picked: string[] = [];
  while (picked.length < limit) {
    let best = -1;
    for (let s = 0; s < nSkills; s++) {
      if (chosen[s] || counts[s] < minCount) continue;
      if (best < 0 || gain[s] > gain[best] + 1e-9 || (Math.abs(gain[s] - gain[best]) <= 1e-9 && precedes(s, best, counts, names))) best = s;
    }
    if (best < 0) break;
    chosen[best] = 1;
    picked.push(names[best]);
    for (let h = holderStart[best]; h < holderStart[best + 1]; h++) {
      const r = holders[h];
      const drop = worth(covered[r]) - worth(covered[r] + 1);
      covered[r]++;
      for (let t = r === 0 ? 0 : ends[r - 1]; t < ends[r]; t++) gain[skills[t]] -= drop;
    }
  }
  return picked;
}

function precedes(a: number, b: number, counts: number[], names: string[]): boolean {
  return counts[a] !== counts[b] ? counts[a] > counts[b] : names[a] < names[b];
}
