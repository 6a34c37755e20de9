/**
 * Parsed trees kept in memory, by document id, at most `limit` of them: the ones used last stay.
 * Parsing is cheap but not free, and a four-year archive holds hundreds of documents whose trees
 * together would not fit in a laptop's memory; the search index keeps what it needs of each.
 */
import type { PlanDocument } from '@shared/parser/types';

export const TREE_CACHE_LIMIT = 16;

export class TreeCache extends Map<string, PlanDocument> {
  constructor(private readonly limit = TREE_CACHE_LIMIT) {
    super();
  }

  override get(id: string): PlanDocument | undefined {
    const tree = super.get(id);
    if (tree) {
      // Used now: to the back of the line.
      super.delete(id);
      super.set(id, tree);
    }
    return tree;
  }

  override set(id: string, tree: PlanDocument): this {
    super.delete(id);
    super.set(id, tree);
    for (const oldest of this.keys()) {
      if (this.size <= this.limit) break;
      this.delete(oldest);
    }
    return this;
  }
}
