import { describe, expect, it } from 'vitest';
import { foldCase, foldMore, type CaseAggregate } from './case-aggregate';
import type { CaseEvent, NewCaseEvent } from './case-events';
import { proposeEvent } from './case-lifecycle';
import { caseRow } from './case-row';
import { eventFromRow, eventRows, numbered, type CaseEventRow } from './event-rows';
import {
  accepted,
  at,
  cal,
  COUNTY,
  ev,
  FULL_HISTORY,
  HOUSING,
  MARKET,
  NOW,
  officer,
  parallelAccepted,
  play,
  referencedReceipt,
  subTaskDecided,
  TOWNSHIP,
  toMarket,
  toTownship,
  type Receipt,
} from './testing/histories';

/** The stored history of a case: rows appended batch by batch, as the service does. */
function store(c: CaseAggregate, events: readonly CaseEvent[]): CaseEventRow[] {
  const first = events[0]!;
  const rows = eventRows(c.id, null, 0, [first]);
  let folded = foldCase(c.id, [first]);
  for (const event of events.slice(1)) {
    rows.push(...eventRows(c.id, folded.state, folded.version, [event]));
    folded = foldMore(folded, [event]);
  }
  return rows;
}

/** Replays a case through proposeEvent and keeps every appended event, triggered ones included. */
function history(first: Receipt, ...steps: NewCaseEvent[]): CaseEvent[] {
  const c = play(first, ...steps);
  const events = numbered(0, [first]);
  let folded = foldCase(c.id, events);
  for (const step of steps) {
    const proposal = proposeEvent(folded, step, NOW);
    if (!proposal.ok) throw new Error(`${step.type} refused`);
    const appended = numbered(folded.version, proposal.events);
    events.push(...appended);
    folded = foldMore(folded, appended);
  }
  return events;
}

describe('eventRows', () => {
  it('numbers a new case’s events from 1 and records each state change', () => {
    const rows = eventRows('case-1', null, 0, [referencedReceipt(), toTownship, toMarket, accepted(at('2025-09-26'))]);
    expect(rows.map((r) => [r.caseId, r.seq, r.type, r.fromState, r.toState])).toEqual([
      ['case-1', 1, 'RECEIVED', null, 'RECEIVED'],
      ['case-1', 2, 'FORWARDED', 'RECEIVED', 'RECEIVED'],
      ['case-1', 3, 'FORWARDED', 'RECEIVED', 'RECEIVED'],
      ['case-1', 4, 'ACCEPTED', 'RECEIVED', 'ACCEPTED'],
    ]);
    expect(new Set(rows.map((r) => r.id)).size).toBe(4);
  });

  it('stores the actor, the acting unit, the instant and the data as JSON', () => {
    const [row] = eventRows('case-1', 'RECEIVED', 2, [toMarket]);
    expect(row).toMatchObject({
      seq: 3,
      at: at('2025-09-23'),
      actorId: officer.id,
      actorName: officer.name,
      actorRole: officer.role,
      unitPath: TOWNSHIP.path,
    });
    expect(JSON.parse(row!.data)).toEqual({ from: TOWNSHIP, to: COUNTY, department: MARKET, note: null });
  });

  it('continues after the stored version and chains the states of a batch', () => {
    // The last sub-task and the decision it triggers are appended together.
    const rows = eventRows('case-1', 'UNDER_REVIEW', 6, [
      subTaskDecided(at('2025-10-30'), HOUSING.id),
      ev('APPROVED', at('2025-10-30'), { note: null, automatic: true }),
    ]);
    expect(rows.map((r) => [r.seq, r.type, r.fromState, r.toState])).toEqual([
      [7, 'SUBTASK_DECIDED', 'UNDER_REVIEW', 'UNDER_REVIEW'],
      [8, 'APPROVED', 'UNDER_REVIEW', 'APPROVED'],
    ]);
  });
});

describe('eventFromRow', () => {
  const events = history(referencedReceipt(), toTownship, toMarket, accepted(at('2025-09-26')), ...FULL_HISTORY);

  it('gives back each event exactly as it was appended', () => {
    const rows = store(foldCase('case-1', events), events);
    expect(rows.map((r) => eventFromRow(r))).toEqual(events);
  });

  it('keeps local dates inside the data as they were', () => {
    const rows = store(foldCase('case-1', events), events);
    const plan = rows.map((r) => eventFromRow(r)).find((e) => e.type === 'RECTIFICATION_PLANNED');
    expect(plan?.data).toEqual({ mode: 'LEDGER', measures: '增设窗口', dueOn: '2025-11-30' });
  });

  it('rebuilds the same case row from the stored rows', () => {
    const c = foldCase('case-1', events);
    const rebuilt = foldCase('case-1', store(c, events).map((r) => eventFromRow(r)));
    expect(rebuilt).toEqual(c);
    expect(caseRow(cal, rebuilt)).toEqual(caseRow(cal, c));
  });

  it('rebuilds a parallel case decided automatically', () => {
    const events = history(
      referencedReceipt(at('2025-09-26', '09:00'), COUNTY),
      parallelAccepted(at('2025-09-26'), 5),
      subTaskDecided(at('2025-10-09'), MARKET.id),
      subTaskDecided(at('2025-10-30'), HOUSING.id),
    );
    expect(events.map((e) => e.type)).toEqual(['RECEIVED', 'ACCEPTED', 'SUBTASK_DECIDED', 'SUBTASK_DECIDED', 'APPROVED']);
    const c = foldCase('case-1', events);
    const rows = store(c, events);
    expect(rows.at(-1)).toMatchObject({ seq: 5, type: 'APPROVED', fromState: 'ACCEPTED', toState: 'APPROVED' });
    expect(caseRow(cal, foldCase('case-1', rows.map((r) => eventFromRow(r))))).toEqual(caseRow(cal, c));
  });
});
