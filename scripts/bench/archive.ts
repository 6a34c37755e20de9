/**
 * A realistic archive for the growth benches (issue 11): the sample library ×1, ×10 or ×100, built
 * in a fresh data folder with the real service functions through the dispatcher.
 *
 *  - Documents: the four seeds come in as the sample library (first run), then `library:import` of
 *    varied copies: another district and year, budget figures shuffled, some words swapped in body
 *    lines. Each copy must still read with as many projects as its seed (else the build stops).
 *  - A secretary and 15 members (`member:create`), sessions (`session:create`, 40 at ×100) each with
 *    its share of the documents on the agenda.
 *  - Notes (1,000 per ×1): one API call per note would be an fsynced write each (hours at ×100), so
 *    they take the bulk path a secretary really uses: each member's notes arrive as one review
 *    bundle (.crb, the format `bundle:export` writes) and go in through `bundle:import`.
 *
 * Nothing is cached between runs: the archive is built from the current code every time.
 */
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLE_FORMAT, BUNDLE_VERSION } from '@shared/model/bundle';
import type { DocumentRef, ReviewBundle } from '@shared/model/bundle';
import type { Annotation, AnnotationType } from '@shared/model/annotation';
import type { MemberEntry } from '@shared/model/member';
import type { SessionEntry } from '@shared/model/session';
import type { ImportSummary } from '@shared/model/library';
import { createDispatcher } from '../../electron/dispatch';
import type { ServiceContext } from '../../electron/service/context';
import type { Project } from '../../tests/helpers/bundles';
import { createServiceContext } from '../../electron/service/context';
import { checksumOf } from '../../electron/service/bundles';
import { forgetSearchIndex } from '../../electron/service/search';
import { APP_VERSION } from '../../electron/service/version';
import { repoSeedsDir, tempDir } from '../../tests/helpers/service';
import { sourceReaderWorker } from '../../tests/helpers/sourceWorker';
import { builtReaderWorker } from '../../electron/service/documentReader';
import { repoRoot } from '../../tests/helpers/app';
import { seededRandom } from './random';

const BUILT_MAIN = join(repoRoot, 'out', 'main');

export interface ArchiveRecipe {
  /** Copies of each seed (×1 = the sample library alone). */
  copies: number;
  members: number;
  sessions: number;
  notes: number;
  /** Notes in the first session, the one the minutes figure exports. */
  firstSessionNotes: number;
}

/** The recipe: ×100 ≈ 400 documents, 100,000 notes by 15 members in 40 sessions. */
export function recipeFor(scale: number): ArchiveRecipe {
  const notes = 1_000 * scale;
  const sessions = Math.max(1, Math.round(0.4 * scale));
  return { copies: scale, members: 15, sessions, notes, firstSessionNotes: sessions > 1 ? Math.min(2_000, notes) : notes };
}

export type Call = (method: string, args?: unknown) => Promise<unknown>;

/** A project as document:get answers it (the same shape the bundle tests use). */
export type ProjectRef = Project;

export interface Archive {
  dataDir: string;
  ctx: ServiceContext;
  call: Call;
  recipe: ArchiveRecipe;
  documents: { id: string; title: string; projects: ProjectRef[] }[];
  projectCount: number;
  members: MemberEntry[];
  sessions: SessionEntry[];
  noteCount: number;
  buildMs: number;
}

/** Answers the value, or throws the ApiError the dispatcher answered instead. */
export function strictCall(ctx: ServiceContext): Call {
  const dispatch = createDispatcher(ctx);
  return async (method, args) => {
    const result = await dispatch(method, args);
    if (result && typeof result === 'object' && (result as { ok?: unknown }).ok === false) {
      throw new Error(`${method}: ${JSON.stringify(result)}`);
    }
    return result;
  };
}

/** Opens a data folder the way the transports do (the sample library on first run). */
export async function openArchive(dataDir: string, seedsDir = repoSeedsDir, options: { warmSearchAfterMs?: number } = {}): Promise<{ ctx: ServiceContext; call: Call }> {
  // Documents are read in a worker thread, as the app reads them (documentReader.ts): the built
  // one (`npm run bench` builds first), else the source under tsx (slower to start).
  const readerWorker = existsSync(join(BUILT_MAIN, 'readerWorker.js')) ? builtReaderWorker(BUILT_MAIN) : sourceReaderWorker;
  const ctx = await createServiceContext({ dataDir, seedsDir, transport: 'cli', readerWorker, ...options });
  return { ctx, call: strictCall(ctx) };
}

/**
 * Lets go of the folder (its lock) so another process can open it, and of the parsed trees and
 * search index: at ×100 two open contexts in one bench process pass Node's 4 GB heap.
 */
export async function closeArchive(ctx: ServiceContext): Promise<void> {
  await ctx.store.close();
  await ctx.reader.close();
  ctx.security.dispose();
  ctx.treeCache.clear();
  forgetSearchIndex(ctx);
}

export function removeArchive(archive: Pick<Archive, 'dataDir'>): void {
  rmSync(archive.dataDir, { recursive: true, force: true });
}

const DISTRICTS = [
  '종로구', '중구', '용산구', '성동구', '광진구', '동대문구', '중랑구', '성북구', '강북구', '도봉구', '노원구', '은평구', '서대문구',
  '마포구', '양천구', '강서구', '구로구', '금천구', '영등포구', '동작구', '관악구', '서초구', '강남구', '송파구', '강동구',
];
const CITIES = ['부산', '대구', '인천', '광주', '대전', '울산'];
const SEED_DISTRICT = /서대문구|광진구|서초구/;

/** Copy `copy` (≥ 1) of a seed: another place and year, other budget figures, some body words swapped. */
export function variedText(seed: string, copy: number, random: () => number): string {
  let text = seed;
  const district = SEED_DISTRICT.exec(seed)?.[0];
  if (district) {
    const others = DISTRICTS.filter((d) => d !== district);
    text = text.replaceAll(district, others[(copy * 7) % others.length]!);
  } else {
    // The city's own report: another metropolitan city.
    const city = CITIES[copy % CITIES.length]!;
    text = text.replaceAll('서울특별시', `${city}광역시`).replaceAll('서울', city);
  }
  const yearShift = ((copy * 3) % 7) - 3 || 1;
  text = text.replace(/(?<!\d)20([12]\d)(?![\d,])/g, (_, yy: string) => String(2000 + Number(yy) + yearShift));
  text = text.replace(/(?<![\d.])\d{1,3}(?:,\d{3})+(?![\d.])/g, (figure) => {
    const value = Math.round(Number(figure.replaceAll(',', '')) * (0.85 + 0.3 * random()));
    return value.toLocaleString('en');
  });
  // Body lines (bullets) only: headings and TOC rows keep their words, so the parser pairs them.
  return text
    .split('\n')
    .map((line) => {
      if (!/^\s*[-·○◦]\s/.test(line) || random() >= 0.3) return line;
      const words = line.trim().split(/\s+/);
      if (words.length < 4) return line;
      const i = 1 + Math.floor(random() * (words.length - 1));
      const j = 1 + Math.floor(random() * (words.length - 1));
      [words[i], words[j]] = [words[j]!, words[i]!];
      return line.match(/^\s*/)![0] + words.join(' ');
    })
    .join('\n');
}

const MEMBER_NAMES = [
  '김영희', '박철수', '이민정', '정대현', '최수진', '한상우', '오지은', '윤재석', '장미경', '임동혁', '강서연', '조민호', '신혜원', '권태식', '배은주',
  '송기철', '유나래', '홍석진', '문지현', '양승훈',
];
const NOTE_TYPES: AnnotationType[] = ['질의', '질의', '질의', '지적', '시정요구', '처리요구', '건의', '자료요구', '의견', '우수사례'];
const OPENINGS: Record<AnnotationType, string[]> = {
  질의: ['추진 실적이 계획 대비 저조한 사유는 무엇인지 답변 바랍니다.', '사업 대상자 선정 기준과 절차를 설명해 주시기 바랍니다.', '전년도 대비 예산이 증액된 근거는 무엇입니까?'],
  지적: ['예산 집행률이 낮아 사업 계획 단계부터 수요 조사가 부족했던 것으로 보임.', '성과지표가 산출 위주로 설정되어 사업 효과를 알 수 없음.'],
  시정요구: ['위탁 운영 기관의 정산 서류가 누락되어 있으므로 즉시 보완할 것.', '계약 절차가 규정과 다르게 진행되었으므로 시정할 것.'],
  처리요구: ['주민 불편 민원이 반복되고 있으므로 개선 대책을 마련하여 보고할 것.', '하반기 중 추진 일정을 재수립하여 위원회에 보고할 것.'],
  건의: ['수혜 대상을 1인가구와 어르신까지 확대하는 방안을 검토해 주시기 바랍니다.', '동 주민센터와 연계한 홍보를 강화해 주시기 바랍니다.'],
  자료요구: ['최근 3년간 사업별 예산 집행 내역과 참여 인원 현황을 제출해 주십시오.', '위탁 기관 선정 심사 결과표를 제출해 주십시오.'],
  의견: ['사업 취지에는 공감하나 중복 사업과의 조정이 필요하다고 봅니다.', '주민참여예산과 연계하면 효과가 클 것으로 보입니다.'],
  우수사례: ['타 자치구에서도 벤치마킹할 만한 모범 사례로 평가됨.', '주민 만족도가 높아 지속 추진이 바람직함.'],
  메모: ['현장 방문 시 확인할 것.'],
};
const FOLLOW_UPS = [
  '특히 취약계층에 대한 지원이 실질적으로 이루어지고 있는지 점검이 필요합니다.',
  '관련 부서 간 협업 체계도 함께 보고해 주시기 바랍니다.',
  '향후 개선 방안과 추진 일정을 구체적으로 제시해 주십시오.',
  '예산 대비 성과를 객관적으로 평가할 수 있는 지표를 마련해야 합니다.',
];

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)]!;
}

function isoDate(start: Date, days: number): string {
  return new Date(start.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** A hex id from the seeded generator, the shape of a randomUUID (SAFE_ID in bundles). */
function noteId(random: () => number): string {
  const hex = () => Math.floor(random() * 0x1_0000_0000).toString(16).padStart(8, '0');
  const h = hex() + hex() + hex() + hex();
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** One member's note on a project in a session: realistic length, some answered by the executive. */
function makeNote(random: () => number, member: MemberEntry, session: SessionEntry, documentId: string, project: ProjectRef): Annotation {
  const type = pick(NOTE_TYPES, random);
  const body = [`${project.title} 관련:`, pick(OPENINGS[type], random), ...Array.from({ length: Math.floor(random() * 3) }, () => pick(FOLLOW_UPS, random))].join(' ');
  const created = new Date(`${session.startDate}T10:00:00+09:00`).getTime() + Math.floor(random() * 6 * 86_400_000);
  const answered = random() < 0.3;
  return {
    id: noteId(random),
    documentId,
    projectId: project.id,
    anchor: { unit: project.unit, section: project.section, number: project.number, title: project.title },
    type,
    body,
    status: answered ? '답변완료' : '미답변',
    starred: random() < 0.05,
    tags: random() < 0.2 ? [pick(['예산', '청렴', '복지', '안전', '일자리'], random)] : [],
    authorId: member.id,
    authorName: member.name,
    visibility: 'shared',
    sessionId: session.id,
    ...(answered ? { answer: { responder: `${project.unit}장`, summary: '하반기 중 보완 계획을 수립하여 추진하겠음', actionStatus: '추진중' as const } } : {}),
    createdAt: new Date(created).toISOString(),
    updatedAt: new Date(created).toISOString(),
    version: 1,
    deleted: false,
  };
}

/** A member's notes as the bundle their laptop's `bundle:export` writes (shared notes, no texts). */
function bundleOf(member: MemberEntry, notes: Annotation[], sessions: SessionEntry[], refs: DocumentRef[]): string {
  const { current: _c, ...author } = member;
  const used = new Set(notes.map((n) => n.documentId));
  const payload: Omit<ReviewBundle, 'checksum'> = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    createdAt: new Date().toISOString(),
    app: { name: '의정 검토', version: APP_VERSION },
    author,
    annotations: notes,
    members: [author],
    sessions: sessions.map(({ current: _cur, annotationCount: _n, ...s }) => s),
    documentRefs: refs.filter((r) => used.has(r.id)),
  };
  return Buffer.from(JSON.stringify({ ...payload, checksum: checksumOf(payload) }), 'utf8').toString('base64');
}

function log(message: string): void {
  if (process.env.BENCH_QUIET !== '1') console.error(`[archive] ${message}`);
}

/** Builds the archive of `recipe` in a fresh data folder and leaves it open (see closeArchive). */
export async function buildArchive(recipe: ArchiveRecipe, seedsDir = repoSeedsDir): Promise<Archive> {
  const start = performance.now();
  const random = seededRandom(20261203);
  const dataDir = tempDir('bench-archive');
  const { ctx, call } = await openArchive(dataDir, seedsDir);

  // Documents: the sample library is copy 0; the varied copies through library:import.
  const seeds = readdirSync(seedsDir).filter((n) => n.endsWith('.txt')).sort();
  const library = (await call('library:list')) as { id: string; fileName: string; projectCount: number }[];
  const seedProjects = new Map(library.map((d) => [d.fileName, d.projectCount]));
  for (let copy = 1; copy < recipe.copies; copy++) {
    for (const name of seeds) {
      const text = variedText(readFileSync(join(seedsDir, name), 'utf8'), copy, random);
      const fileName = name.replace(/\.txt$/, `-${copy}.txt`);
      const summary = (await call('library:import', { fileName, dataBase64: Buffer.from(text).toString('base64') })) as ImportSummary;
      if (summary.duplicate || summary.projectCount !== seedProjects.get(name)) {
        throw new Error(`${fileName}: ${summary.projectCount} projects (seed ${seedProjects.get(name)}), duplicate ${summary.duplicate}`);
      }
    }
    if (copy % 10 === 0) log(`${copy * seeds.length} documents, ${Math.round(performance.now() - start)} ms`);
  }
  const records = ctx.store.read().documents;
  const documents: Archive['documents'] = [];
  for (const record of records) {
    const view = (await call('document:get', { id: record.id })) as { tree: { projects: Omit<ProjectRef, 'id'>[] } };
    documents.push({ id: record.id, title: record.title, projects: view.tree.projects.map((p) => ({ ...p, id: `${record.id}:${p.key}` })) });
  }
  const refs: DocumentRef[] = records.map((r) => ({ id: r.id, sha256: r.sha256, title: r.title, issuer: r.issuer, date: r.date, fileName: r.fileName }));
  log(`${documents.length} documents imported, ${Math.round(performance.now() - start)} ms`);

  // People and sessions, the secretary first (the profile in use on this laptop).
  await call('member:create', { name: '김사무', committee: '행정복지위원회', role: '전문위원' });
  const members: MemberEntry[] = [];
  for (let i = 0; i < recipe.members; i++) {
    members.push((await call('member:create', { name: MEMBER_NAMES[i % MEMBER_NAMES.length] + (i >= MEMBER_NAMES.length ? String(i) : ''), committee: '행정복지위원회' })) as MemberEntry);
  }
  const sessions: SessionEntry[] = [];
  const agendas: Archive['documents'][] = Array.from({ length: recipe.sessions }, () => []);
  documents.forEach((d, i) => agendas[i % recipe.sessions]!.push(d));
  for (let s = 0; s < recipe.sessions; s++) {
    const startDate = isoDate(new Date('2022-07-11'), s * 36);
    sessions.push(
      (await call('session:create', {
        number: 300 + s,
        kind: s % 4 === 3 ? '정례회' : '임시회',
        committee: '행정복지위원회',
        title: s % 4 === 3 ? `${startDate.slice(0, 4)}년도 행정사무감사` : `${startDate.slice(0, 4)}년도 주요업무보고 청취`,
        startDate,
        endDate: isoDate(new Date(startDate), 6),
        memberIds: members.map((m) => m.id),
        agenda: agendas[s]!.map((d) => ({ documentId: d.id })),
      })) as SessionEntry,
    );
  }

  // Notes: the first session gets its quota, the rest spread evenly; each member's go in one bundle.
  const perMember: Annotation[][] = members.map(() => []);
  for (let i = 0; i < recipe.notes; i++) {
    const s = i < recipe.firstSessionNotes ? 0 : 1 + ((i - recipe.firstSessionNotes) % Math.max(1, recipe.sessions - 1));
    const session = sessions[Math.min(s, sessions.length - 1)]!;
    const agenda = agendas[Math.min(s, sessions.length - 1)]!.filter((d) => d.projects.length > 0);
    const doc = pick(agenda, random);
    const m = i % members.length;
    perMember[m]!.push(makeNote(random, members[m]!, session, doc.id, pick(doc.projects, random)));
  }
  for (let m = 0; m < members.length; m++) {
    await call('bundle:import', { dataBase64: bundleOf(members[m]!, perMember[m]!, sessions, refs) });
  }
  const noteCount = ctx.store.read().annotations.length;
  if (noteCount !== recipe.notes) throw new Error(`${noteCount} notes stored, ${recipe.notes} sent`);
  const buildMs = performance.now() - start;
  log(`${noteCount} notes imported; archive built in ${Math.round(buildMs)} ms`);
  return {
    dataDir,
    ctx,
    call,
    recipe,
    documents,
    projectCount: documents.reduce((n, d) => n + d.projects.length, 0),
    members,
    sessions,
    noteCount,
    buildMs,
  };
}
