// Issuing a quarter's grades (季度等次): every unit in the caller's scope with scored inspections
// of its own in the quarter (not its departments' windows, not the units below it) is graded from
// them (grades.ts); each unit graded 不合格 gets one 监察建议书 with its deadline. Issuing again is
// safe: a unit keeps the notice it already has.
import { randomUUID } from 'node:crypto';
import { toLocalDate, type LocalDate } from '../shared/calendar';
import { supervises } from '../shared/authorize';
import { newRecordNo } from '../shared/event-history';
import { forbidden, userError, type UserError } from '../shared/errors';
import { subtreeRangeWhere } from '../shared/scope';
import { groupBy } from '../shared/sql-params';
import type { Viewer } from '../shared/viewer';
import type { InspectionsDb } from './db';
import { quarterlyGrade, type QuarterlyGrade } from './domain/grades';
import type { InspectionKind } from './domain/inspection-kinds';
import type { InspectionsServices } from './services';
import { writeTransaction } from '../shared/write-transaction';
import { Refused } from '../shared/write-retry';

export interface UnitGrade extends QuarterlyGrade {
  unitId: string;
  unitPath: string;
  noticeId: string | null;
}

export interface IssueOutcome {
  grades: UnitGrade[];
  noticesIssued: number;
  userErrors: UserError[];
}

const quarterEnd = (year: number, quarter: number) => new Date(Date.UTC(year, quarter * 3, 0)).toISOString().slice(0, 10) as LocalDate;
const quarterStart = (year: number, quarter: number) => `${year}-${String(quarter * 3 - 2).padStart(2, '0')}-01` as LocalDate;

export async function issueQuarterlyGrades(
  ctx: { db: InspectionsDb; viewer: Viewer; services: InspectionsServices },
  args: { year: number; quarter: number; idempotencyKey?: string | null },
): Promise<IssueOutcome> {
  if (!supervises(ctx.viewer)) throw forbidden('评定季度等次', 'issue quarterly grades');
  const refused = (userErrors: UserError[]): IssueOutcome => ({ grades: [], noticesIssued: 0, userErrors });
  const today = toLocalDate(ctx.services.now());
  const { grades: options } = ctx.services.config;
  return writeTransaction(
    ctx,
    { operation: 'issueQuarterlyGrades', input: { year: args.year, quarter: args.quarter }, idempotencyKey: args.idempotencyKey },
    async (tx) => {
      if (!Number.isInteger(args.quarter) || args.quarter < 1 || args.quarter > 4) {
        throw new Refused([userError('quarter', 'QUARTER_RANGE', '季度为 1–4', 'the quarter is 1 to 4')]);
      }
      if (!Number.isInteger(args.year) || args.year < 2000 || args.year > 2100) {
        throw new Refused([userError('year', 'YEAR_RANGE', '年份应在 2000–2100 之间', 'the year is between 2000 and 2100')]);
      }
      if (quarterEnd(args.year, args.quarter) >= today) {
        throw new Refused([userError('quarter', 'QUARTER_NOT_ENDED', '该季度尚未结束，不能评定等次', 'the quarter has not ended yet')]);
      }
      const rows = await tx.inspection.findMany({
        where: {
          AND: [
            subtreeRangeWhere('unitPath', ctx.viewer.scopePath),
            { departmentId: null, kind: { in: [...options.gradedKinds] }, date: { gte: quarterStart(args.year, args.quarter), lte: quarterEnd(args.year, args.quarter) } },
          ],
        },
        select: { unitId: true, unitPath: true, kind: true, date: true, score: true },
        orderBy: [{ unitPath: 'asc' }],
      });
      const byUnit = groupBy(rows, (row) => row.unitId);
      const outcome: IssueOutcome = { grades: [], noticesIssued: 0, userErrors: [] };
      for (const [unitId, list] of byUnit) {
        const grade = quarterlyGrade(
          list.map((r) => ({ kind: r.kind as InspectionKind, date: r.date as LocalDate, score: r.score })),
          { year: args.year, quarter: args.quarter },
          today,
          ctx.services.calendar,
          options,
        );
        const unitPath = list[0]!.unitPath;
        let noticeId: string | null = null;
        if (grade.supervisionNotice) {
          const existing = await tx.supervisionNotice.findUnique({ where: { unitId_year_quarter: { unitId, year: args.year, quarter: args.quarter } } });
          if (existing) noticeId = existing.id;
          else {
            noticeId = randomUUID();
            const code = unitPath.split('/').filter(Boolean).pop()!;
            await tx.supervisionNotice.create({
              data: {
                id: noticeId,
                noticeNo: `JCJY-${newRecordNo(code, new Date(`${today}T12:00:00+08:00`))}`,
                unitId,
                unitPath,
                year: args.year,
                quarter: args.quarter,
                average: grade.average!,
                inspections: grade.count,
                issuedOn: grade.supervisionNotice.issuedOn,
                dueOn: grade.supervisionNotice.dueOn,
                issuedBy: ctx.viewer.sub,
              },
            });
            outcome.noticesIssued += 1;
          }
        }
        outcome.grades.push({ ...grade, unitId, unitPath, noticeId });
      }
      return outcome;
    },
    refused,
  );
}
