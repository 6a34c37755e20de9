/**
 * The posting index against a plain scan of the same texts: postings are varint bytes now, so
 * large slot gaps, counts over 127, removals and compaction must all still give the same answers.
 */
import { describe, expect, it } from 'vitest';
import { PostingIndex } from '@shared/search/postings';
import { compactFold, foldedIncludes, tokenize } from '@shared/search/tokenize';
import { seededRandom } from '../../../scripts/bench/random';

const SYLLABLES = ['청', '렴', '교', '육', '사', '업', '추', '진', '계', '획', '돌', '봄'];

function randomText(random: () => number, words: number): string {
  const out: string[] = [];
  for (let w = 0; w < words; w++) {
    let word = '';
    const length = 1 + Math.floor(random() * 4);
    for (let i = 0; i < length; i++) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    out.push(random() < 0.1 ? 'SDGs' : word);
  }
  return out.join(random() < 0.5 ? ' ' : '\n');
}

/** Slots holding every term, by scanning the tokens of each live text. */
function scan(texts: Map<number, { title: string; body: string }>, terms: string[]): number[] {
  const hits: number[] = [];
  for (const [slot, { title, body }] of texts) {
    const tokens = new Set([...tokenize(title), ...tokenize(body)]);
    if (terms.every((t) => tokens.has(t))) hits.push(slot);
  }
  return hits.sort((a, b) => a - b);
}

describe('PostingIndex', () => {
  it('finds what a scan finds, through removals and compactions', () => {
    const random = seededRandom(7);
    const index = new PostingIndex();
    const live = new Map<number, { title: string; body: string }>();
    let removed = 0;
    for (let round = 0; round < 6000; round++) {
      const title = randomText(random, 2);
      const body = randomText(random, 1 + Math.floor(random() * 40));
      live.set(index.add(title, [body]), { title, body });
      // Remove about half: more than 1,024 dead slots triggers compaction several times.
      if (random() < 0.5) {
        const slots = [...live.keys()];
        const victim = slots[Math.floor(random() * slots.length)];
        index.remove(victim);
        live.delete(victim);
        removed++;
      }
    }
    expect(removed).toBeGreaterThan(2048);
    expect(index.size).toBe(live.size);
    for (const terms of [['청렴'], ['교육', '사업'], ['sdgs'], ['돌봄', '계획', '추진'], ['없음']]) {
      const found = index.query(terms.map((term) => ({ term, prefix: false })));
      const slots = [...found.slots.subarray(0, found.count)].sort((a, b) => a - b);
      expect(slots, terms.join(' ')).toEqual(scan(live, terms));
      for (let i = 0; i < found.count; i++) expect(found.scores[i]).toBeGreaterThan(0);
    }
  });

  it('keeps counts above one varint byte and slot gaps of many bytes', () => {
    const index = new PostingIndex();
    const many = '청렴 '.repeat(500);
    const first = index.add('청렴', [many]);
    for (let i = 0; i < 20_000; i++) index.add('기타', ['내용']);
    const last = index.add('', [many]);
    const found = index.query([{ term: '청렴', prefix: false }]);
    expect([...found.slots.subarray(0, found.count)]).toEqual([first, last]);
    expect(found.allInTitle[0]).toBe(1);
    expect(found.allInTitle[1]).toBe(0);
    // The same text counts score the same, and the title occurrence scores more.
    expect(found.scores[0]).toBeGreaterThan(found.scores[1]);
  });
});

describe('foldedIncludes', () => {
  it('answers as compactFold(text).includes(needle) does', () => {
    const random = seededRandom(11);
    const spaces = [' ', '\n', '\t', '\u3000', '\u00a0', ''];
    let agreed = 0;
    for (let i = 0; i < 3000; i++) {
      let text = '';
      for (let k = 0; k < 30; k++) text += (random() < 0.2 ? 'Ab' : SYLLABLES[Math.floor(random() * 6)]) + spaces[Math.floor(random() * spaces.length)];
      let needle = '';
      for (let k = 0; k < 1 + Math.floor(random() * 4); k++) needle += random() < 0.1 ? 'ab' : SYLLABLES[Math.floor(random() * 6)];
      const folded = compactFold(needle);
      expect(foldedIncludes(text, folded), `${JSON.stringify(text)} ∋ ${folded}`).toBe(compactFold(text).includes(folded));
      if (compactFold(text).includes(folded)) agreed++;
    }
    // Both answers occur, so the comparison tested something.
    expect(agreed).toBeGreaterThan(300);
    expect(agreed).toBeLessThan(2700);
  });

  it('finds a phrase written with spaces or line breaks inside', () => {
    expect(foldedIncludes('청렴\n교육 계획', '청렴교육')).toBe(true);
    expect(foldedIncludes('청 렴 도 향상', '청렴도')).toBe(true);
    expect(foldedIncludes('청렴도 향상', '청렴교육')).toBe(false);
    expect(foldedIncludes('SDGs 이행', 'sdgs이행')).toBe(true);
  });
});
