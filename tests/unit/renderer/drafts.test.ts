import { beforeEach, describe, expect, it } from 'vitest';

/** A Storage as browsers have it, for node: enough for the drafts module. */
class MemoryStorage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.items.set(k, String(v));
  }
  removeItem(k: string) {
    this.items.delete(k);
  }
  clear() {
    this.items.clear();
  }
}

const globals = globalThis as unknown as { localStorage: Storage; sessionStorage: Storage };
const { keepDraftsInMemory, loadDraft, saveDraft, draftKey } = await import('../../../renderer/state/drafts');
const draft = (projectId: string) => ({
  projectId,
  fields: { type: '질의' as const, body: '민감한 질의 초안', tags: [], starred: false, visibility: 'shared' as const, visibilityChosen: false },
  savedAt: '2024-01-16T00:00:00Z',
});

describe('drafts and the PIN lock', () => {
  beforeEach(() => {
    globals.localStorage = new MemoryStorage() as unknown as Storage;
    globals.sessionStorage = new MemoryStorage() as unknown as Storage;
    keepDraftsInMemory(false);
  });

  it('should keep drafts in localStorage while the lock is off', () => {
    saveDraft(draft('d:1'));
    expect(globals.localStorage.getItem(draftKey('d:1'))).toContain('민감한');
    expect(loadDraft('d:1')?.fields.body).toBe('민감한 질의 초안');
  });

  it('should move drafts off the disk-backed store when the lock is turned on, and back when off', () => {
    saveDraft(draft('d:1'));
    keepDraftsInMemory(true);
    expect(globals.localStorage.getItem(draftKey('d:1'))).toBeNull();
    expect(loadDraft('d:1')?.fields.body).toBe('민감한 질의 초안');
    saveDraft(draft('d:2'));
    expect(globals.localStorage.getItem(draftKey('d:2'))).toBeNull();
    expect(globals.sessionStorage.getItem(draftKey('d:2'))).toContain('민감한');
    keepDraftsInMemory(false);
    expect(globals.localStorage.getItem(draftKey('d:2'))).toContain('민감한');
    expect(globals.sessionStorage.getItem(draftKey('d:2'))).toBeNull();
  });
});
