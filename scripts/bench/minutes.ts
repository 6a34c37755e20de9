/**
 * Minutes export: 10,000 annotations → the styled workbook, against exceljs writing the same cells
 * (same tables, same sheets) with no styling at all, in the same run.
 */
import ExcelJS from 'exceljs';
import type { MinutesInput, MinutesRow } from '@shared/model/minutes';
import { buildMinutesTables, buildMinutesWorkbook } from '../../electron/service/minutes/workbook';
import type { BenchFigure } from './figure';
import { figure, percentile, timeMs } from './figure';

const ROWS = 10_000;
const RUNS = 3;
const TYPES = ['질의', '지적', '시정요구', '처리요구', '건의', '자료요구', '의견', '우수사례', '메모'];
const STATUSES = ['완료', '추진중', '장기검토', '미조치', '계속추진', '기타', undefined];
const MEMBERS = ['김영희', '박철수', '이민정', '정대현', '최수진', '한상우', '오지은'];
const UNITS = ['감사담당관', '홍보담당관', '행정지원과', '문화체육과', '복지정책과', '가족정책과', '보건행정과', '세무1과'];

function generatedRow(i: number): MinutesRow {
  const type = TYPES[i % TYPES.length]!;
  const unit = UNITS[i % UNITS.length]!;
  const project = (i * 7) % 40;
  return {
    annotationId: `a${i}`,
    date: `2024-01-${String(16 + (i % 7)).padStart(2, '0')}`,
    division: `${['행정', '복지', '문화'][i % 3]}국`,
    unit,
    projectNumber: String(project + 1),
    projectTitle: `${unit} 주요사업 ${project + 1} — 주민 참여 확대 및 서비스 개선`,
    budgetThousandWon: project % 5 === 0 ? null : 1_000 * (project + 1),
    memberName: MEMBERS[i % MEMBERS.length]!,
    type,
    body: `${type} ${i}: 사업 추진 실적이 계획 대비 저조한 사유와 향후 개선 방안을 구체적으로 제시하여 주시기 바랍니다. `.repeat(1 + (i % 3)),
    quote: i % 4 === 0 ? '추진실적: 목표 대비 85% 달성' : undefined,
    private: type === '메모',
    tags: [],
    responder: i % 2 ? `${unit}장` : undefined,
    answerSummary: i % 2 ? '예산 집행 시기 조정으로 지연되었으며 하반기 중 완료 예정임' : undefined,
    action: i % 3 === 0 ? '하반기 추진계획에 반영' : undefined,
    dueDate: i % 5 === 0 ? '2024-03-31' : undefined,
    actionStatus: STATUSES[i % STATUSES.length],
    received: i % 2 === 0,
    note: i % 50 === 0 ? '=SUM(A1:A3)' : undefined,
    agendaOrder: i % UNITS.length,
    documentTitle: '2024 주요업무보고',
  };
}

export function generatedMinutesInput(rows = ROWS): MinutesInput {
  return {
    session: {
      number: 331, kind: '임시회', committee: '행정복지위원회', title: '2024년도 주요업무보고 청취',
      startDate: '2024-01-16', endDate: '2024-01-22', meetingRound: '제1차', membersPresent: MEMBERS,
    },
    rows: Array.from({ length: rows }, (_, i) => generatedRow(i)),
    generatedAt: '2024-01-22T09:00:00.000Z',
  };
}

/** The floor: the same tables' cells through exceljs with no widths, styles, views or print setup. */
export async function plainWorkbook(input: MinutesInput): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const table of buildMinutesTables(input)) {
    const sheet = workbook.addWorksheet(table.name);
    sheet.addRow(table.columns.map((column) => column.header));
    for (const row of table.rows) sheet.addRow(row);
    if (table.totals) sheet.addRow(table.totals);
  }
  await workbook.xlsx.writeBuffer();
}

export async function benchMinutes(): Promise<BenchFigure[]> {
  const input = generatedMinutesInput();
  await buildMinutesWorkbook(generatedMinutesInput(500)); // warm up the JIT and exceljs' lazy modules
  await plainWorkbook(generatedMinutesInput(500));
  const ours: number[] = [];
  const plain: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    ours.push(await timeMs(() => buildMinutesWorkbook(input)));
    plain.push(await timeMs(() => plainWorkbook(input)));
  }
  const seconds = (samples: number[]) => percentile(samples, 50) / 1000;
  return [figure('minutes workbook (10,000 annotations, 5 sheets)', seconds(ours), 's', seconds(plain))];
}
