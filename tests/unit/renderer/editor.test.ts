import { describe, expect, it } from 'vitest';
import { applyChange, newFields } from '../../../renderer/state/editor';

describe('annotation editor fields', () => {
  it('should make a 메모 private and other types shared until the member chooses', () => {
    const memo = applyChange(newFields('질의'), { type: '메모' });
    expect(memo.visibility).toBe('private');
    expect(applyChange(memo, { type: '지적' }).visibility).toBe('shared');
  });

  it('should keep the visibility the member chose when the type changes', () => {
    const chosen = applyChange(newFields('질의'), { visibility: 'private' });
    expect(applyChange(chosen, { type: '건의' }).visibility).toBe('private');
  });
});
