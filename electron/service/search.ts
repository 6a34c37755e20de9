/**
 * `search:query` over every document's projects and the annotations the current member may see.
 * The index lives in memory and is brought in step with the store before each query: documents
 * added or removed since, and annotations whose version changed (cheap: a map lookup each).
 *
 * Building it for a four-year archive means parsing hundreds of documents (seconds), so the app
 * starts it in the background once the data is open (`warmSearchIndex`), a document at a time,
 * yielding between them so other calls are answered meanwhile. One build runs at a time; a query
 * during one answers from what is indexed and says how far the build is (`indexing`).
 */
import type { ApiArgs } from '@shared/api';
import type { Annotation } from '@shared/model/annotation';
import type { DocumentRecord } from '@shared/model/library';
import type { StoreData } from '@shared/model/store';
import { createSearchIndex } from '@shared/search/index';
import { searchableProjects } from '@shared/search/fromTree';
import type { SearchIndex, SearchResult } from '@shared/search/index';
import { isVisibleTo } from './annotations';
import type { ServiceContext } from './context';
import { BodyFiles } from './bodyFiles';
import { readProjects } from './library';
import { changedMiddle } from './store/layout';

interface SearchState {
  index: SearchIndex;
  documents: Set<string>;
  /** Where the projects' bodies are kept while the data is not encrypted (bodyFiles.ts). */
  bodies: BodyFiles;
  /** Body files of documents gone from the library were removed (once per index: a readdir). */
  bodiesPruned?: boolean;
  /** Indexed annotation id → the version indexed. */
  annotations: Map<string, number>;
  /** The build under way, if any. */
  building?: Promise<void>;
  /** Documents forgotten so far (forgetSearchDocument): one indexed in steps meanwhile is dropped again. */
  forgets: number;
  /** The background build's pass over the notes, while it runs (a query waits for it). */
  notesPass?: Promise<void>;
  /**
   * What the index was last brought in step with: the store's lists (it hands out the same frozen
   * lists until a write), and whose private notes it holds. An unchanged list costs a query
   * nothing; a changed notes list, the notes between its unchanged start and end.
   */
  documentsSynced?: readonly DocumentRecord[];
  notesSynced?: { documents: readonly DocumentRecord[]; notes: readonly Annotation[]; viewer: string | undefined };
}

const states = new WeakMap<ServiceContext, SearchState>();

/** Drops the index (the app was locked: nothing read from the data may stay in memory). */
export function forgetSearchIndex(ctx: ServiceContext): void {
  states.get(ctx)?.bodies.closeAll();
  states.delete(ctx);
}

export async function searchQuery(ctx: ServiceContext, args: ApiArgs<'search:query'>): Promise<SearchResult> {
  const building = states.get(ctx)?.building;
  // While the background build parses documents, answer at once from what it has (the notes are
  // always in step: syncing them takes no turn), and say how far it is; otherwise bring it in step.
  const state = building ? await notesInStep(ctx) : await syncIndex(ctx);
  // Only notes this member may see are indexed (by id, below); `viewer` lets the index show their private ones.
  const data = ctx.store.read();
  const viewer = data.members.find((m) => m.id === data.currentMemberId)?.name;
  const result = state.index.search(args.text, { ...args.filters, viewer }, args.limit);
  if (state.building) result.indexing = { indexed: state.documents.size, total: data.documents.length };
  return result;
}

async function notesInStep(ctx: ServiceContext): Promise<SearchState> {
  await ctx.store.whenLoaded();
  await states.get(ctx)?.notesPass;
  const state = states.get(ctx);
  // Forgotten meanwhile (the app locked and opened again): build as any query would.
  if (!state) return syncIndex(ctx);
  syncNotes(state, ctx.store.read());
  return state;
}

/** Drops one document's projects and notes: the next query indexes them again (its corrections changed). */
export function forgetSearchDocument(ctx: ServiceContext, documentId: string): void {
  const state = states.get(ctx);
  if (!state) return;
  // A build indexing it in steps right now sees the count change and drops what it added.
  state.forgets++;
  dropDocument(state, documentId, ctx.store.read().annotations);
  state.documentsSynced = undefined;
  state.notesSynced = undefined;
}

/** Removes a document's projects and the notes on it (removeDocument drops both). */
function dropDocument(state: SearchState, documentId: string, notes: readonly Annotation[]): void {
  state.index.removeDocument(documentId);
  state.bodies.remove(documentId);
  state.documents.delete(documentId);
  for (const a of notes) if (a.documentId === documentId) state.annotations.delete(a.id);
}

/** The app starts building the index this long after the data opens: after the first screens. */
export const WARM_SEARCH_AFTER_MS = 5_000;

/** How many notes the index holds now. */
export function indexedNotes(ctx: ServiceContext): number {
  return states.get(ctx)?.annotations.size ?? 0;
}

/** How many documents the index holds now (the background build's progress). */
export function indexedDocuments(ctx: ServiceContext): number {
  return states.get(ctx)?.documents.size ?? 0;
}

/** Builds the index in the background `afterMs` from now; a failure waits for the first query to report it. */
export function warmSearchIndex(ctx: ServiceContext, afterMs: number): void {
  // unref: a CLI run or a test may end before it starts.
  setTimeout(() => void syncIndex(ctx, { background: true }).catch(() => undefined), afterMs).unref();
}

/**
 * Before each document the background build parses: a quiet moment of the API (a member's click
 * then waits behind one document's parse at most), or this long at most.
 */
const QUIET_MS = 300;
const AT_MOST_MS = 2_000;
/**
 * While the user is busy, the documents' pass rests this long after each turn of TURN_MS: it goes
 * on at a fifth of its pace instead of taking both cores from the screen (a document opened during
 * the build at x100 took twice as long), and is never stalled for good by steady typing.
 */
const BUSY_PAUSE_MS = 40;

async function syncIndex(ctx: ServiceContext, { background = false } = {}): Promise<SearchState> {
  let state = states.get(ctx);
  if (!state) states.set(ctx, (state = { index: createSearchIndex(), documents: new Set(), bodies: new BodyFiles(ctx.dataDir), annotations: new Map(), forgets: 0 }));
  while (state.building) await state.building.catch(() => undefined);
  const build = bringUpToDate(ctx, state, background);
  state.building = build;
  try {
    await build;
  } finally {
    if (state.building === build) state.building = undefined;
  }
  return state;
}

/** Lets other calls in between two documents' parsing; the background build waits for a quiet moment. */
function turnBetweenDocuments(ctx: ServiceContext, background: boolean): Promise<void> {
  return background ? ctx.activity.whenQuiet(QUIET_MS, AT_MOST_MS) : new Promise((resolve) => setImmediate(resolve));
}

async function bringUpToDate(ctx: ServiceContext, state: SearchState, background: boolean): Promise<void> {
  await ctx.store.whenLoaded();
  // Notes first: a query during the documents' build finds every note. In the background they
  // give the thread up now and then (100,000 notes take a second), and a query waits for them.
  const notes = () => (background ? syncNotesInTurns(state, ctx.store.read(), () => states.get(ctx) === state) : syncNotes(state, ctx.store.read()));
  await notes();
  // Until a pass saw no document forgotten under it (one may have been passed over or dropped).
  for (let data = ctx.store.read(); data.documents !== state.documentsSynced; data = ctx.store.read()) {
    const forgets = state.forgets;
    if (!(await syncDocuments(ctx, state, data, background))) return;
    if (state.forgets === forgets) state.documentsSynced = data.documents;
    else await notes(); // the notes of a document dropped meanwhile went with it
  }
}

/** The notes in step with the store: all of them when the documents or the member changed, else those a write changed. */
function syncNotes(state: SearchState, data: Readonly<StoreData>): void {
  for (const _ of notesSteps(state, data));
}

/** syncNotes giving other calls their turns (inTurns); a query meanwhile waits for it (notesInStep). */
async function syncNotesInTurns(state: SearchState, data: Readonly<StoreData>, wanted: () => boolean): Promise<void> {
  // Stops when the index was forgotten (the app locked): nothing more to fill.
  const pass = inTurns(notesSteps(state, data), wanted).then(() => undefined);
  state.notesPass = pass;
  try {
    await pass;
  } finally {
    if (state.notesPass === pass) state.notesPass = undefined;
  }
}

/** Notes indexed between two steps of the notes' pass (see inTurns). */
const NOTES_PER_STEP = 250;

/** Work the background build does before it gives the thread up: a click waits that long at most. */
const TURN_MS = 10;
/** …or this many steps, however fast they ran (a test sees the turns on any machine). */
const STEPS_PER_TURN = 8;

/**
 * Runs `steps`, giving the thread up (setImmediate: I/O callbacks run first) every TURN_MS of work,
 * and after it waiting for `pause` (the documents' pass: the user's calls come first); false when
 * `wanted` turned false at a turn (the index was forgotten) and the rest was left undone.
 */
async function inTurns(steps: Iterable<void>, wanted: () => boolean, pause?: () => Promise<void>): Promise<boolean> {
  let since = performance.now();
  let count = 0;
  for (const _ of steps) {
    if (++count < STEPS_PER_TURN && performance.now() - since < TURN_MS) continue;
    await new Promise((resolve) => setImmediate(resolve));
    if (pause) await pause();
    if (!wanted()) return false;
    since = performance.now();
    count = 0;
  }
  return true;
}

/** The steps of syncNotes: each yield is a place to give the thread up. */
function* notesSteps(state: SearchState, data: Readonly<StoreData>): Generator<void> {
  const titles = new Map(data.documents.map((d) => [d.id, d.title]));
  const viewer = data.currentMemberId;
  const synced = state.notesSynced;
  if (!synced || synced.documents !== data.documents || synced.viewer !== viewer) yield* syncAllNotes(state, data.annotations, titles, viewer);
  else if (synced.notes !== data.annotations) syncChangedNotes(state, synced.notes, data.annotations, titles, viewer);
  state.notesSynced = { documents: data.documents, notes: data.annotations, viewer };
}

/** Documents added since are parsed and indexed, removed ones dropped; false when the index was forgotten meanwhile. */
async function syncDocuments(ctx: ServiceContext, state: SearchState, data: Readonly<StoreData>, background: boolean): Promise<boolean> {
  const ids = new Set(data.documents.map((d) => d.id));
  for (const id of state.documents) if (!ids.has(id)) dropDocument(state, id, data.annotations);
  if (!state.bodiesPruned) {
    state.bodies.keepOnly(ids);
    state.bodiesPruned = true;
  }
  let added = 0;
  for (const record of data.documents) {
    if (state.documents.has(record.id)) continue;
    await turnBetweenDocuments(ctx, background);
    // The app was locked or closed meanwhile: this index is forgotten, stop building it.
    if (states.get(ctx) !== state) return false;
    const projects = await readProjects(ctx, record.id);
    if (states.get(ctx) !== state) return false;
    if (projects === null) continue;
    const forgets = state.forgets;
    // A large report in one go blocked the thread for 80 ms: a click meanwhile waited for it.
    const steps = state.index.addProjectsInSteps(searchableProjects(record.id, record.title, projects), state.bodies.keeper(record.id));
    const pause = background ? () => ctx.activity.whenQuiet(QUIET_MS, BUSY_PAUSE_MS) : undefined;
    if (!(await inTurns(steps, () => states.get(ctx) === state, pause))) return false;
    // A reading was corrected meanwhile (maybe this one's): drop it, the next query reads it again.
    if (state.forgets !== forgets) {
      dropDocument(state, record.id, ctx.store.read().annotations);
      state.notesSynced = undefined; // its notes went with it
      continue;
    }
    state.documents.add(record.id);
    added++;
  }
  // The build is over: its worker's memory goes back now rather than after the idle wait.
  if (added > 0) await ctx.reader.close();
  return states.get(ctx) === state;
}

/** Every note checked: after documents changed, or another member is current. */
function* syncAllNotes(state: SearchState, notes: readonly Annotation[], titles: Map<string, string>, viewer: string | undefined): Generator<void> {
  const visible = new Map<string, Annotation>();
  for (const a of notes) if (isVisibleTo(a, viewer) && titles.has(a.documentId)) visible.set(a.id, a);
  for (const id of state.annotations.keys()) {
    if (!visible.has(id)) {
      state.index.removeAnnotation(id);
      state.annotations.delete(id);
    }
  }
  let indexed = 0;
  for (const a of visible.values()) {
    indexNote(state, a, titles);
    if (++indexed % NOTES_PER_STEP === 0) yield;
  }
}

/** Only the notes a write replaced, added or removed: those between the lists' common start and end. */
function syncChangedNotes(
  state: SearchState,
  before: readonly Annotation[],
  after: readonly Annotation[],
  titles: Map<string, string>,
  viewer: string | undefined,
): void {
  const { start, endBefore, endAfter } = changedMiddle(before, after);
  for (let i = start; i < endBefore; i++) {
    state.index.removeAnnotation(before[i]!.id);
    state.annotations.delete(before[i]!.id);
  }
  for (let i = start; i < endAfter; i++) {
    const a = after[i]!;
    if (isVisibleTo(a, viewer) && titles.has(a.documentId)) indexNote(state, a, titles);
  }
}

function indexNote(state: SearchState, a: Annotation, titles: Map<string, string>): void {
  if (state.annotations.get(a.id) === a.version) return;
  state.index.upsertAnnotation({
    id: a.id,
    documentId: a.documentId,
    documentTitle: titles.get(a.documentId) ?? '',
    projectId: a.projectId,
    projectTitle: a.anchor.title,
    unit: a.anchor.unit,
    type: a.type,
    body: a.body,
    quote: a.quote,
    authorName: a.authorName,
    status: a.status,
    tags: a.tags,
    private: a.visibility === 'private',
  });
  state.annotations.set(a.id, a.version);
}
