/** Search filters (see SearchFilters in ./types for the rules). */
import type { IndexEntry } from './entry';
import type { SearchFilters } from './types';

/** An empty or missing list accepts anything. */
function accepts(list: readonly string[] | undefined, value: string | undefined): boolean {
  if (!list || list.length === 0) return true;
  return value !== undefined && list.includes(value);
}

function acceptsAnyTag(list: readonly string[] | undefined, tags: readonly string[]): boolean {
  if (!list || list.length === 0) return true;
  return tags.some((tag) => list.includes(tag));
}

function hasAny(list: readonly unknown[] | undefined): boolean {
  return list !== undefined && list.length > 0;
}

function acceptsBudget(filters: SearchFilters, budget: number | null | undefined): boolean {
  const amount = budget ?? null;
  if (filters.hasBudget === true && !(amount !== null && amount > 0)) return false;
  if (filters.hasBudget === false && amount !== null && amount > 0) return false;
  if (filters.budgetMin !== undefined && (amount === null || amount < filters.budgetMin)) return false;
  if (filters.budgetMax !== undefined && (amount === null || amount > filters.budgetMax)) return false;
  return true;
}

function usesProjectFilters(filters: SearchFilters): boolean {
  return hasAny(filters.sections) || filters.hasBudget !== undefined || filters.budgetMin !== undefined || filters.budgetMax !== undefined;
}

function usesAnnotationOnlyFilters(filters: SearchFilters): boolean {
  return hasAny(filters.annotationTypes) || hasAny(filters.statuses) || hasAny(filters.members) || hasAny(filters.tags);
}

/**
 * Whether `entry` passes `filters`. `projectOf` finds an annotation's project, whose section and
 * budget the annotation is filtered by; an annotation whose project is not indexed fails those.
 */
export function passesFilters(
  entry: IndexEntry,
  filters: SearchFilters,
  projectOf: (annotation: IndexEntry) => IndexEntry | undefined,
): boolean {
  if (!accepts(filters.kinds, entry.kind)) return false;
  if (!accepts(filters.documentIds, entry.documentId)) return false;
  if (!accepts(filters.units, entry.unit)) return false;

  if (entry.kind === 'annotation') {
    // Private notes belong to their author alone.
    if (entry.private && (filters.viewer === undefined || filters.viewer !== entry.authorName)) return false;
    if (!accepts(filters.annotationTypes, entry.annotationType)) return false;
    if (!accepts(filters.statuses, entry.status)) return false;
    if (!accepts(filters.members, entry.authorName)) return false;
    if (!acceptsAnyTag(filters.tags, entry.tags)) return false;
    if (!usesProjectFilters(filters)) return true;
    const project = projectOf(entry);
    if (!project) return false;
    return accepts(filters.sections, project.section) && acceptsBudget(filters, project.budgetThousandWon);
  }

  if (usesAnnotationOnlyFilters(filters)) return false;
  return accepts(filters.sections, entry.section) && acceptsBudget(filters, entry.budgetThousandWon);
}
