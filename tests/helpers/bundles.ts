/** Helpers for review-bundle tests: small documents, laptops with a member, hand-made bundles. */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { canonicalJson } from '@shared/merge/canonical';
import { STORE_DIR } from '../../electron/service/db';
import { hashTree } from './hashTree';
import { b64, makeApi, tempDir } from './service';

export const SMALL_REPORT = [
  '2025년도 주요업무보고',
  '',
  '총무과',
  '',
  '2025년 주요업무 추진계획',
  '',
  '1. 청렴도 향상 추진',
  '',
  '□ 사업개요',
  ' - 청렴 교육 연 4회 운영',
  '□ 소요예산 : 1,000천원 【구비】',
  '',
  '2. 민원 처리 개선',
  '',
  '□ 사업개요',
  ' - 민원 창구 확대 운영',
  '□ 소요예산 : 2,000천원 【구비】',
  '',
  '3. 청사 시설 정비',
  '',
  '□ 소요예산 : 3,000천원 【구비】',
  '',
  '기획과',
  '',
  '2025년 주요업무 추진계획',
  '',
  '1. 구정 홍보 강화',
  '',
  '□ 소요예산 : 500천원 【구비】',
  '',
].join('\n');

export type Api = Awaited<ReturnType<typeof makeApi>>;
export interface Project {
  id: string;
  key: string;
  number: string;
  title: string;
  unit: string;
  section: string;
}

/** A laptop: its own data folder, a member profile in use, and optionally a document imported. */
export async function laptop(name: string, options: { role?: string; document?: string; fileName?: string; committee?: string; asPlainText?: boolean } = {}) {
  const dataDir = tempDir('laptop');
  const api = await makeApi({ dataDir });
  const member = (await api.call('member:create', { name, committee: options.committee ?? '행정복지위원회', ...(options.role ? { role: options.role } : {}) })) as {
    id: string;
  };
  let documentId = '';
  let projects: Project[] = [];
  if (options.document !== undefined) {
    const imported = (await api.call('library:import', { fileName: options.fileName ?? 'report.txt', dataBase64: b64(options.document), ...(options.asPlainText ? { asPlainText: true } : {}) })) as { documentId: string };
    documentId = imported.documentId;
    projects = await projectsOf(api, documentId);
  }
  return { ...api, dataDir, memberId: member.id, documentId, projects };
}

export async function projectsOf(api: Api, documentId: string): Promise<Project[]> {
  const view = (await api.call('document:get', { id: documentId })) as { tree: { projects: Project[] } };
  return view.tree.projects;
}

/** One hash over every file of a laptop's store (manifests and shards): equal when nothing was saved. */
export async function dataFile(dataDir: string): Promise<Buffer> {
  return Buffer.from(hashTree(join(dataDir, STORE_DIR)), 'hex');
}

/** A bundle's payload as an object. */
export function decodeBundle(dataBase64: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(dataBase64, 'base64').toString('utf8')) as Record<string, unknown>;
}

/** Re-encodes a (tampered) payload with a correct checksum, so only the tampering is tested. */
export function encodeBundle(payload: Record<string, unknown>, options: { keepChecksum?: boolean } = {}): string {
  const { checksum, ...rest } = payload;
  const sum = options.keepChecksum ? checksum : createHash('sha256').update(canonicalJson(rest), 'utf8').digest('hex');
  return Buffer.from(JSON.stringify({ ...rest, checksum: sum }), 'utf8').toString('base64');
}

/** Annotation sets compared as sets: sorted by id. */
export async function noteSet(api: Api): Promise<unknown[]> {
  const data = api.ctx.store.read();
  return [...data.annotations].sort((a, b) => (a.id < b.id ? -1 : 1));
}
