import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '@shared/search/index';
import type { SearchableAnnotation, SearchableProject, SearchHit } from '@shared/search/index';

const DOC_A = { documentId: 'doc-a', documentTitle: '2024 서초구 주요업무보고' };
const DOC_B = { documentId: 'doc-b', documentTitle: '2024 서울시 여성가족정책실 주요업무보고' };

function project(over: Partial<SearchableProject> & Pick<SearchableProject, 'projectId' | 'title'>): SearchableProject {
  return { ...DOC_A, unit: '감사담당관', section: 'plans', number: '1', body: '', budgetThousandWon: null, ...over };
}

function annotation(over: Partial<SearchableAnnotation> & Pick<SearchableAnnotation, 'id' | 'body'>): SearchableAnnotation {
  return {
    ...DOC_A,
    projectId: 'a1',
    projectTitle: '청렴도 향상 추진',
    unit: '감사담당관',
    type: '질의',
    authorName: '김의원',
    status: '미답변',
    tags: [],
    private: false,
    ...over,
  };
}

const PROJECTS: SearchableProject[] = [
  project({
    projectId: 'a1',
    number: '1',
    title: '청렴도 향상 추진',
    body: '1. 청렴도 향상 추진\n□ 추진개요\n○ 2023년 종합청렴도 평가 2등급\n○ 청렴 교육 및 반부패 시책 추진',
    budgetThousandWon: 123210,
  }),
  project({
    projectId: 'a2',
    number: '2',
    title: '직원 역량 강화',
    body: '2. 직원 역량 강화\n□ 추진계획\n○ 신규 공무원 교육계획을 수립하여 연 2회 운영\n○ 청렴 서약 실시',
    budgetThousandWon: 5000,
    section: 'results',
  }),
  project({
    projectId: 'a3',
    unit: '홍보담당관',
    number: '1',
    title: '구정 홍보 강화',
    body: '1. 구정 홍보 강화\n□ 사업개요\n○ SDGs 연계 홍보영상 제작\n○ 구민 소통 창구 운영',
  }),
  project({
    ...DOC_B,
    projectId: 'b1',
    unit: '여성정책담당관',
    number: '1',
    title: '성평등 교육 확대',
    body: '1. 성평등 교육 확대\n○ 시민 대상 성평등 교육계획 마련\n○ 공무원 청렴 교육과 연계',
    budgetThousandWon: 80000,
  }),
];

function build() {
  const index = createSearchIndex();
  index.addProjects(PROJECTS);
  return index;
}

function ids(hits: SearchHit[]): string[] {
  return hits.map((h) => h.id);
}

function marked(hit: Pick<SearchHit, 'snippet' | 'highlights'>): string[] {
  return hit.highlights.map(([s, e]) => hit.snippet.slice(s, e));
}

describe('Korean partial-word matching', () => {
  it('청렴도를 finds the project titled 청렴도 향상 추진 (particle stripped, relaxed)', () => {
    const result = build().search('청렴도를');
    expect(result.relaxed).toBe(true);
    expect(result.hits[0].title).toBe('청렴도 향상 추진');
  });

  it('계획 finds 교육계획을 수립 inside a word', () => {
    const result = build().search('계획');
    expect(ids(result.hits)).toContain('a2');
    expect(result.relaxed).toBe(false);
    const hit = result.hits.find((h) => h.id === 'a2')!;
    expect(hit.snippet).toContain('교육계획을 수립');
    expect(marked(hit)).toContain('계획');
  });

  it('needs every bigram (AND): 반부패교육 does not match 반부패 and 교육 apart', () => {
    expect(ids(build().search('반부패교육').hits)).toEqual([]);
    expect(ids(build().search('반부패 교육').hits)).toEqual(['a1']);
  });

  it('matches a compound however it is spaced', () => {
    expect(ids(build().search('청렴서약').hits)).toEqual(['a2']); // text: 청렴 서약
    expect(ids(build().search('교육 계획').hits).sort()).toEqual(['a2', 'b1']); // text: 교육계획
  });

  it('does not set relaxed when the query matches as typed', () => {
    const result = build().search('청렴도');
    expect(result.relaxed).toBe(false);
    expect(result.hits[0].id).toBe('a1');
  });

  it('does not set relaxed when the stripped query also finds nothing', () => {
    const result = build().search('우주항공을');
    expect(result).toMatchObject({ hits: [], total: 0, relaxed: false, groups: [] });
  });

  it('matches latin case-insensitively and by word start', () => {
    expect(ids(build().search('sdgs').hits)).toEqual(['a3']);
    expect(ids(build().search('SDG').hits)).toEqual(['a3']);
  });

  it('one syllable matches words starting with it', () => {
    expect(ids(build().search('홍').hits)).toEqual(['a3']);
  });

  it('returns nothing for an empty or punctuation-only query', () => {
    expect(build().search('').hits).toEqual([]);
    expect(build().search('  □ ○ ').total).toBe(0);
  });
});

describe('ranking', () => {
  it('puts a title match above body matches', () => {
    const hits = build().search('청렴').hits;
    expect(hits[0].id).toBe('a1');
    expect(ids(hits).sort()).toEqual(['a1', 'a2', 'b1']);
  });

  it('puts the exact phrase above scattered bigrams', () => {
    const index = createSearchIndex();
    index.addProjects([
      project({ projectId: 's', title: '시설 점검', body: '교육 시설 안전 점검, 청소년 계획' }),
      project({ projectId: 'p', title: '시설 점검', body: '청소년 교육계획 수립' }),
    ]);
    // 교육계획 as a phrase is in `p`; `s` holds its bigrams 교육 and 계획 apart (and 육계 nowhere), so AND drops it.
    expect(ids(index.search('교육계획').hits)).toEqual(['p']);
    // 청소년 교육: a phrase in `p` only; `s` has both words apart.
    expect(ids(index.search('청소년 교육').hits)).toEqual(['p', 's']);
  });

  it('matches a compound written with or without a space as a phrase', () => {
    const index = createSearchIndex();
    index.addProjects([
      project({ projectId: 'x', title: '기타', body: '청렴 교육은 매년, 계획은 별도' }),
      project({ projectId: 'y', title: '기타', body: '교육 일정과 청렴 관련 계획' }),
    ]);
    expect(ids(index.search('청렴교육').hits)).toEqual(['x']);
  });

  it('gives scores in descending order', () => {
    const scores = build().search('교육').hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});

describe('snippets and highlights', () => {
  it('highlights point at the matched characters of the snippet', () => {
    const result = build().search('교육계획');
    for (const hit of result.hits) {
      expect(hit.highlights.length).toBeGreaterThan(0);
      for (const text of marked(hit)) expect(text).toBe('교육계획');
    }
  });

  it('highlights the stripped word after a relaxed search', () => {
    const hit = build().search('청렴도를').hits[0];
    expect(marked(hit)).toContain('청렴도');
    expect(hit.titleHighlights).toEqual([[0, 3]]);
  });

  it('takes a window of a long body around the match, collapsing line breaks, with ellipses', () => {
    const filler = Array.from({ length: 200 }, (_, i) => `○ 일반 현황 ${i}번째 줄입니다`).join('\n');
    const index = createSearchIndex();
    index.addProjects([project({ projectId: 'long', title: '일반 현황', body: `${filler}\n○ 옴부즈만 구성 및 출범\n${filler}` })]);
    const hit = index.search('옴부즈만').hits[0];
    expect(hit.snippet.startsWith('…')).toBe(true);
    expect(hit.snippet.endsWith('…')).toBe(true);
    expect(hit.snippet.length).toBeLessThanOrEqual(170);
    expect(hit.snippet).not.toContain('\n');
    expect(marked(hit)).toEqual(['옴부즈만']);
  });

  it('highlights a word spaced out in the text (감 사 담 당 관)', () => {
    const index = createSearchIndex();
    index.addProjects([project({ projectId: 'sp', title: '보고 순서', body: '차 례\n감 사 담 당 관\n홍 보 담 당 관' })]);
    const hit = index.search('감사').hits[0];
    expect(marked(hit)).toEqual(['감 사']);
  });

  it('falls back to the title when the body does not match', () => {
    const index = createSearchIndex();
    index.addProjects([project({ projectId: 't', title: '청렴 교육', body: '○ 연 2회 운영' })]);
    const hit = index.search('청렴').hits[0];
    expect(hit.snippet).toBe('청렴 교육');
    expect(hit.highlights).toEqual([[0, 2]]);
  });

  it('never returns HTML', () => {
    const index = createSearchIndex();
    index.addProjects([project({ projectId: 'h', title: '<b>청렴</b>', body: '<mark>청렴</mark> & 교육' })]);
    const hit = index.search('청렴').hits[0];
    expect(hit.snippet).toBe('<mark>청렴</mark> & 교육'); // text as written, for the renderer to escape
    expect(marked(hit)).toEqual(['청렴']);
  });
});

describe('annotations', () => {
  it('are found by body and by quote, with type and project title', () => {
    const index = build();
    index.upsertAnnotation(annotation({ id: 'n1', body: '반부패 시책의 실효성을 질의함', quote: '종합청렴도 평가 2등급' }));
    const byBody = index.search('실효성');
    expect(byBody.hits).toHaveLength(1);
    expect(byBody.hits[0]).toMatchObject({ kind: 'annotation', id: 'n1', title: '청렴도 향상 추진', annotationType: '질의' });
    const byQuote = index.search('등급').hits.find((h) => h.kind === 'annotation')!;
    expect(byQuote.id).toBe('n1');
    expect(marked(byQuote)).toEqual(['등급']);
  });

  it('are found by tag', () => {
    const index = build();
    index.upsertAnnotation(annotation({ id: 'n2', body: '자료 제출 바람', tags: ['행정사무감사'] }));
    expect(ids(index.search('사무감사').hits)).toEqual(['n2']);
  });

  it('upsert replaces the previous text', () => {
    const index = build();
    index.upsertAnnotation(annotation({ id: 'n1', body: '예산 집행률 질의' }));
    index.upsertAnnotation(annotation({ id: 'n1', body: '홍보 효과 질의' }));
    expect(index.search('집행률').total).toBe(0);
    expect(ids(index.search('효과').hits)).toEqual(['n1']);
  });

  it('removeAnnotation takes it out of the results', () => {
    const index = build();
    index.upsertAnnotation(annotation({ id: 'n1', body: '집행률 질의' }));
    index.removeAnnotation('n1');
    index.removeAnnotation('unknown'); // no-op
    expect(index.search('집행률').total).toBe(0);
  });

  it('private notes are shown to their author only', () => {
    const index = build();
    index.upsertAnnotation(annotation({ id: 'm', type: '메모', body: '개인 메모 집행률', private: true, authorName: '김의원' }));
    expect(index.search('집행률').total).toBe(0);
    expect(index.search('집행률', { viewer: '이의원' }).total).toBe(0);
    expect(ids(index.search('집행률', { viewer: '김의원' }).hits)).toEqual(['m']);
  });
});

describe('removeDocument', () => {
  it('removes the document’s projects and annotations, leaving other documents', () => {
    const index = build();
    index.upsertAnnotation(annotation({ id: 'n1', body: '청렴 교육 횟수 질의' }));
    index.upsertAnnotation(annotation({ ...DOC_B, id: 'n2', projectId: 'b1', body: '청렴 교육 대상 질의' }));
    index.removeDocument('doc-a');
    index.removeDocument('missing'); // no-op
    const hits = index.search('청렴').hits;
    expect(hits.map((h) => h.documentId)).toEqual(['doc-b', 'doc-b']);
    expect(ids(hits).sort()).toEqual(['b1', 'n2']);
  });

  it('lets the document be added again', () => {
    const index = build();
    index.removeDocument('doc-a');
    index.addProjects(PROJECTS.filter((p) => p.documentId === 'doc-a'));
    expect(ids(index.search('청렴도').hits)).toEqual(['a1']);
  });

  it('addProjects replaces a project with the same id', () => {
    const index = build();
    index.addProjects([project({ projectId: 'a1', title: '감사 업무 추진', body: '자체감사' })]);
    expect(ids(index.search('청렴도').hits)).not.toContain('a1');
    expect(ids(index.search('자체감사').hits)).toEqual(['a1']);
  });
});

describe('filters', () => {
  function buildWithNotes() {
    const index = build();
    index.upsertAnnotation(annotation({ id: 'q', body: '청렴 교육 실적 질의', type: '질의', status: '미답변', authorName: '김의원', tags: ['감사'] }));
    index.upsertAnnotation(
      annotation({ ...DOC_B, id: 'r', projectId: 'b1', projectTitle: '성평등 교육 확대', unit: '여성정책담당관', body: '청렴 교육 예산 시정요구', type: '시정요구', status: '답변완료', authorName: '박의원', tags: ['예산'] }),
    );
    return index;
  }
  const search = (filters: Parameters<ReturnType<typeof createSearchIndex>['search']>[1]) =>
    ids(buildWithNotes().search('청렴', filters).hits).sort();

  it('without filters finds projects and annotations', () => {
    expect(search({})).toEqual(['a1', 'a2', 'b1', 'q', 'r']);
  });
  it('documentIds', () => expect(search({ documentIds: ['doc-b'] })).toEqual(['b1', 'r']));
  it('units', () => expect(search({ units: ['여성정책담당관'] })).toEqual(['b1', 'r']));
  it('sections (annotations through their project)', () => expect(search({ sections: ['results'] })).toEqual(['a2']));
  it('annotationTypes (leaves projects out)', () => expect(search({ annotationTypes: ['시정요구'] })).toEqual(['r']));
  it('statuses', () => expect(search({ statuses: ['미답변'] })).toEqual(['q']));
  it('members', () => expect(search({ members: ['박의원'] })).toEqual(['r']));
  it('tags', () => expect(search({ tags: ['감사', '없는태그'] })).toEqual(['q']));
  it('hasBudget true', () => expect(search({ hasBudget: true })).toEqual(['a1', 'a2', 'b1', 'q', 'r']));
  it('hasBudget false', () => {
    const index = buildWithNotes();
    expect(ids(index.search('홍보', { hasBudget: false }).hits)).toEqual(['a3']);
    expect(ids(index.search('청렴', { hasBudget: false }).hits)).toEqual([]);
  });
  it('budgetMin (inclusive, 천원)', () => expect(search({ budgetMin: 80000 })).toEqual(['a1', 'b1', 'q', 'r']));
  it('budgetMax (inclusive, 천원)', () => expect(search({ budgetMax: 80000 })).toEqual(['a2', 'b1', 'r']));
  it('budgetMin and budgetMax', () => expect(search({ budgetMin: 1000, budgetMax: 10000 })).toEqual(['a2']));
  it('kinds', () => {
    expect(search({ kinds: ['annotation'] })).toEqual(['q', 'r']);
    expect(search({ kinds: ['project'] })).toEqual(['a1', 'a2', 'b1']);
  });
  it('empty lists mean any', () => expect(search({ units: [], kinds: [], tags: [] })).toEqual(['a1', 'a2', 'b1', 'q', 'r']));
  it('combines filters with AND', () => expect(search({ documentIds: ['doc-a'], kinds: ['annotation'] })).toEqual(['q']));

  it('retries with particles stripped when the filters leave nothing', () => {
    const result = buildWithNotes().search('청렴을', { documentIds: ['doc-b'] });
    expect(result.relaxed).toBe(true);
    expect(ids(result.hits).sort()).toEqual(['b1', 'r']);
  });
});

describe('many updates', () => {
  it('stays correct after thousands of upserts and removals (dead postings compacted)', () => {
    const index = build();
    for (let i = 0; i < 3000; i++) index.upsertAnnotation(annotation({ id: `n${i}`, body: `집행률 질의 ${i}번` }));
    for (let i = 0; i < 3000; i++) if (i % 3 !== 0) index.removeAnnotation(`n${i}`);
    for (let i = 0; i < 3000; i += 3) index.upsertAnnotation(annotation({ id: `n${i}`, body: `집행률 답변 ${i}번` }));
    expect(index.search('집행률').total).toBe(1000);
    expect(index.search('질의 집행률').total).toBe(0);
    expect(ids(index.search('집행률 2997번').hits)).toEqual(['n2997']);
    expect(ids(build().search('청렴도').hits)).toEqual(ids(index.search('청렴도', { kinds: ['project'] }).hits));
  });
});

describe('limit, total and grouping', () => {
  it('limit 0 counts matches without hits', () => {
    const result = build().search('교육', {}, 0);
    expect(result).toMatchObject({ hits: [], total: 3, groups: [] });
  });

  it('limits hits but counts every match in total', () => {
    const result = build().search('교육', {}, 2);
    expect(result.hits).toHaveLength(2);
    expect(result.total).toBe(3);
  });

  it('groups hits by document, then unit, in rank order', () => {
    const index = build();
    index.upsertAnnotation(annotation({ id: 'n', body: '홍보 교육 질의', unit: '홍보담당관', projectId: 'a3', projectTitle: '구정 홍보 강화' }));
    const result = index.search('교육');
    const flattened = result.groups.flatMap((g) => g.units.flatMap((u) => u.hits));
    expect(flattened).toHaveLength(result.hits.length);
    expect(new Set(flattened)).toEqual(new Set(result.hits));
    const docA = result.groups.find((g) => g.documentId === 'doc-a')!;
    expect(docA.documentTitle).toBe(DOC_A.documentTitle);
    expect(docA.units.map((u) => u.unit).sort()).toEqual(['감사담당관', '홍보담당관']);
    for (const group of result.groups) {
      for (const unit of group.units) {
        for (const hit of unit.hits) expect([hit.documentId, hit.unit]).toEqual([group.documentId, unit.unit]);
      }
    }
    // Groups follow the rank of their best hit.
    const firstDoc = result.hits[0].documentId;
    expect(result.groups[0].documentId).toBe(firstDoc);
  });
});

describe('addProjectsInSteps', () => {
  it('indexes a large document a part at a time, ending with the same index as addProjects', () => {
    const filler = '주민 참여 확대를 위한 소통 창구 운영 및 결과 공유 '.repeat(40);
    const many = Array.from({ length: 120 }, (_, i) => project({ projectId: `p${i}`, title: `사업 ${i} ${i % 7 === 0 ? '청렴 교육' : '민원 처리'}`, body: `${filler}\n${i % 5 === 0 ? '옴부즈만' : '상담'}` }));
    const whole = createSearchIndex();
    whole.addProjects(many);
    const stepped = createSearchIndex();
    let steps = 0;
    const seenMidway: number[] = [];
    for (const _ of stepped.addProjectsInSteps(many)) {
      steps++;
      seenMidway.push(stepped.search('옴부즈만', {}, 1000).total);
    }
    // ~1,100 characters a project: a step every ~36 projects, and each step shows more of them.
    expect(steps).toBeGreaterThanOrEqual(2);
    expect(seenMidway[0]).toBeGreaterThan(0);
    expect(seenMidway[0]).toBeLessThan(24);
    for (const query of ['옴부즈만', '청렴 교육', '민원', '사업 7']) {
      expect(stepped.search(query, {}, 1000)).toEqual(whole.search(query, {}, 1000));
    }
  });
});
