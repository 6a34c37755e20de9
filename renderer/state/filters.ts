/**
 * Filters over the loaded document and its annotations (client-side: a document has at most a
 * few thousand projects). The same filter state narrows the outline and the annotation lists.
 */
import type { Annotation } from '@shared/model/annotation';
import type { ProjectHead } from '@shared/model/library';

// State
export interface Filters {
  /** Free text over number, title and unit. */
  text: string;
  unit: string;
  section: string;
  annotationType: string;
  status: string;
  /** Author id. */
  member: string;
  tag: string;
  budget: '' | 'yes' | 'no';
  annotated: '' | 'yes' | 'no';
}

export function getDefaultFilters(): Filters {
  return { text: '', unit: '', section: '', annotationType: '', status: '', member: '', tag: '', budget: '', annotated: '' };
}

/** How many conditions other than the text box are set. */
export function activeFilterCount(f: Filters): number {
  return (['unit', 'section', 'annotationType', 'status', 'member', 'tag', 'budget', 'annotated'] as const).filter((k) => f[k] !== '').length;
}

function hasAnnotationConditions(f: Filters): boolean {
  return f.annotationType !== '' || f.status !== '' || f.member !== '' || f.tag !== '';
}

// Selectors
export function annotationMatches(a: Annotation, f: Filters): boolean {
  return (
    (!f.annotationType || a.type === f.annotationType) &&
    (!f.status || a.status === f.status) &&
    (!f.member || a.authorId === f.member) &&
    (!f.tag || a.tags.includes(f.tag))
  );
}

/** The API address of a project (set by the service; rebuilt from the key for older trees). */
export function projectAddress(documentId: string, p: ProjectHead): string {
  return p.id ?? `${documentId}:${p.key}`;
}

export function groupAnnotations(annotations: readonly Annotation[]): Map<string, Annotation[]> {
  const map = new Map<string, Annotation[]>();
  for (const a of annotations) {
    const list = map.get(a.projectId);
    if (list) list.push(a);
    else map.set(a.projectId, [a]);
  }
  return map;
}

export function filterProjects(documentId: string, projects: readonly ProjectHead[], byProject: Map<string, Annotation[]>, f: Filters): ProjectHead[] {
  const text = f.text.trim().toLowerCase();
  const annotationConditions = hasAnnotationConditions(f);
  return projects.filter((p) => {
    if (f.unit && p.unit !== f.unit) return false;
    if (f.section && p.section !== f.section) return false;
    if (f.budget === 'yes' && !(p.budget.thousandWon && p.budget.thousandWon > 0)) return false;
    if (f.budget === 'no' && p.budget.thousandWon && p.budget.thousandWon > 0) return false;
    const notes = byProject.get(projectAddress(documentId, p)) ?? [];
    if (f.annotated === 'yes' && notes.length === 0) return false;
    if (f.annotated === 'no' && notes.length > 0) return false;
    if (annotationConditions && !notes.some((a) => annotationMatches(a, f))) return false;
    if (text && !`${p.number} ${p.title} ${p.unit} ${p.group.join(' ')}`.toLowerCase().includes(text)) return false;
    return true;
  });
}

export interface FilterOptions {
  units: string[];
  members: { id: string; name: string }[];
  tags: string[];
}

export function filterOptions(projects: readonly ProjectHead[], annotations: readonly Annotation[]): FilterOptions {
  const units = [...new Set(projects.map((p) => p.unit).filter(Boolean))];
  const members = new Map<string, string>();
  const tags = new Set<string>();
  for (const a of annotations) {
    members.set(a.authorId, a.authorName);
    for (const t of a.tags) tags.add(t);
  }
  return { units, members: [...members].map(([id, name]) => ({ id, name })), tags: [...tags].sort() };
}
