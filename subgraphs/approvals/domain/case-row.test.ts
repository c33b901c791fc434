import { describe, expect, it } from 'vitest';
import { caseRow, rowWarningLevel, subTaskRows, type CaseRow } from './case-row';
import {
  approved,
  at,
  cal,
  COUNTY,
  ev,
  FULL_HISTORY,
  HOUSING,
  MARKET,
  parallel,
  play,
  referencedReceipt,
  RESIDENT_ID,
  resumed,
  reviewStarted,
  stopped,
  subTaskDecided,
  TOWNSHIP,
  toMarket,
  toTownship,
  village,
  VILLAGE,
} from './testing/histories';

describe('caseRow', () => {
  it('projects every column of a delivered, rated and rectified case', () => {
    // 20 + 5 extension working days from 09-26, pushed 3 days by the stop (10-09, 10-13]: Tue 11-11.
    // Used by 11-10: 27 working days after 09-26, less the 3 stopped ones.
    const expected: CaseRow = {
      id: 'case-1',
      caseNo: 'AX-2025-000123',
      externalRef: 'GD-998877',
      applicantKind: 'PERSON',
      applicantName: '张三',
      applicantPhone: '13812345678',
      applicantIdNumber: RESIDENT_ID,
      serviceItemId: 'item-food',
      serviceItemCode: 'XK-0001',
      serviceItemName: '食品经营许可',
      itemKind: 'PROMISED',
      limitDays: 20,
      extensionDays: 5,
      channel: 'AGENCY_POINT',
      orgUnitId: VILLAGE.id,
      orgPath: VILLAGE.path,
      currentUnitId: COUNTY.id,
      currentPath: COUNTY.path,
      handlingDepartmentId: MARKET.id,
      handlingPath: MARKET.path,
      parallel: false,
      state: 'DELIVERED',
      receivedAt: at('2025-09-22', '09:00'),
      receivedOn: '2025-09-22',
      acceptedAt: at('2025-09-26'),
      acceptedOn: '2025-09-26',
      decidedAt: at('2025-11-10'),
      decidedOn: '2025-11-10',
      closedOn: null,
      dueOn: '2025-11-11',
      clockStopped: false,
      stoppedOn: null,
      onTime: true,
      workingDaysUsed: 24,
      stageName: null,
      stageDueOn: null,
      escalated: false,
      ratingLevel: 2,
      ratedOn: '2025-11-12',
      followupState: 'RECTIFIED',
      calledBackOn: '2025-11-13',
      rectifiedOn: '2025-11-20',
      version: 14,
    };
    expect(caseRow(cal, village(...FULL_HISTORY))).toEqual(expected);
  });

  it('follows the case up the tiers in currentPath while orgPath keeps the receiving village', () => {
    const received = play(referencedReceipt());
    expect(caseRow(cal, received)).toMatchObject({ orgPath: VILLAGE.path, currentPath: VILLAGE.path, handlingPath: null, state: 'RECEIVED' });
    const atTownship = play(referencedReceipt(), toTownship);
    expect(caseRow(cal, atTownship)).toMatchObject({
      orgPath: VILLAGE.path,
      currentUnitId: TOWNSHIP.id,
      currentPath: TOWNSHIP.path,
      handlingDepartmentId: null,
      acceptedOn: null,
      dueOn: null,
    });
    const atCounty = play(referencedReceipt(), toTownship, toMarket);
    expect(caseRow(cal, atCounty)).toMatchObject({ currentPath: COUNTY.path, handlingDepartmentId: MARKET.id, handlingPath: COUNTY.path });
  });

  it('shows an open stop, the current stage and an escalation while the case is under review', () => {
    const c = village(reviewStarted, ev('ESCALATED', at('2025-10-09', '09:00'), { note: '请加快办理', dueOn: null }), stopped(at('2025-10-09')));
    expect(caseRow(cal, c)).toMatchObject({
      state: 'UNDER_REVIEW',
      clockStopped: true,
      stoppedOn: '2025-10-09',
      // An open stop is left out of the due dates.
      dueOn: '2025-10-30',
      stageName: '审查',
      stageDueOn: '2025-10-20',
      escalated: true,
      decidedOn: null,
      onTime: null,
      workingDaysUsed: null,
      ratingLevel: null,
      followupState: null,
    });
  });

  it('moves the case and stage due dates by a closed stop', () => {
    const c = village(reviewStarted, stopped(at('2025-10-09')), resumed(at('2025-10-13')));
    expect(caseRow(cal, c)).toMatchObject({ clockStopped: false, stoppedOn: null, dueOn: '2025-11-04', stageName: '审查', stageDueOn: '2025-10-23' });
  });

  it('marks a case decided after its due date as late', () => {
    expect(caseRow(cal, village(approved(at('2025-10-31'))))).toMatchObject({ dueOn: '2025-10-30', onTime: false, workingDaysUsed: 21, decidedOn: '2025-10-31' });
    expect(caseRow(cal, village(approved(at('2025-10-30'))))).toMatchObject({ onTime: true, workingDaysUsed: 20 });
  });

  it('keeps the closing day of a returned case but no decision', () => {
    const c = village(reviewStarted, ev('RETURNED', at('2025-10-15'), { reason: '申请人要求退回' }));
    expect(caseRow(cal, c)).toMatchObject({
      state: 'RETURNED',
      closedOn: '2025-10-15',
      decidedOn: null,
      onTime: null,
      workingDaysUsed: null,
      stageName: null,
      stageDueOn: null,
    });
  });

  it('has no acceptance or due date for a case not accepted', () => {
    const c = play(referencedReceipt(at('2025-09-22', '09:00'), COUNTY), ev('NOT_ACCEPTED', at('2025-09-22', '11:00'), { reason: '不属于本部门职权' }));
    expect(caseRow(cal, c)).toMatchObject({ state: 'NOT_ACCEPTED', acceptedOn: null, dueOn: null, closedOn: '2025-09-22', onTime: null });
  });

  it('dates the receipt by the Shanghai day', () => {
    // 00:30 on 09-22 in Shanghai is 16:30 on 09-21 in UTC.
    expect(caseRow(cal, play(referencedReceipt(at('2025-09-22', '00:30'), COUNTY))).receivedOn).toBe('2025-09-22');
  });
});

describe('subTaskRows', () => {
  // parallel: 市场监管局 5 days (due Fri 10-10), 住建局 20 days (due Thu 10-30), accepted Fri 09-26.

  it('has none for a single-department case or before acceptance', () => {
    expect(subTaskRows(cal, village())).toEqual([]);
    expect(subTaskRows(cal, play(referencedReceipt(at('2025-09-26', '09:00'), COUNTY)))).toEqual([]);
  });

  it('measures each department on its own sub-task', () => {
    const c = parallel(subTaskDecided(at('2025-10-11'), MARKET.id), subTaskDecided(at('2025-10-30'), HOUSING.id));
    expect(subTaskRows(cal, c)).toEqual([
      {
        id: 'case-1:dept-market',
        caseId: 'case-1',
        departmentId: MARKET.id,
        departmentPath: COUNTY.path,
        limitDays: 5,
        acceptedOn: '2025-09-26',
        dueOn: '2025-10-10',
        state: 'APPROVED',
        decidedOn: '2025-10-11',
        onTime: false,
        workingDaysUsed: 6,
      },
      {
        id: 'case-1:dept-housing',
        caseId: 'case-1',
        departmentId: HOUSING.id,
        departmentPath: COUNTY.path,
        limitDays: 20,
        acceptedOn: '2025-09-26',
        dueOn: '2025-10-30',
        state: 'APPROVED',
        decidedOn: '2025-10-30',
        onTime: true,
        workingDaysUsed: 20,
      },
    ]);
    expect(caseRow(cal, c)).toMatchObject({ parallel: true, state: 'APPROVED', decidedOn: '2025-10-30', onTime: true, workingDaysUsed: 20 });
  });

  it('leaves an open sub-task undecided', () => {
    const rows = subTaskRows(cal, parallel(subTaskDecided(at('2025-10-09'), MARKET.id)));
    expect(rows.map((r) => [r.departmentId, r.state, r.decidedOn, r.onTime, r.workingDaysUsed])).toEqual([
      [MARKET.id, 'APPROVED', '2025-10-09', true, 4],
      [HOUSING.id, 'OPEN', null, null, null],
    ]);
  });
});

describe('rowWarningLevel', () => {
  it('keeps the evaluated level while the case is in progress and clears it afterwards', () => {
    expect(rowWarningLevel(village(), 'RED')).toBe('RED');
    expect(rowWarningLevel(village(reviewStarted), 'YELLOW')).toBe('YELLOW');
    expect(rowWarningLevel(village(approved(at('2025-11-05'))), 'RED')).toBe('NONE');
    expect(rowWarningLevel(play(referencedReceipt()), 'RED')).toBe('NONE');
  });
});
