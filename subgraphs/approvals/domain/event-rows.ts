// Case events to and from their stored rows (the generic part is ../../shared/event-history.ts).
import * as history from '../../shared/event-history';
import { stateAfter } from './case-aggregate';
import type { CaseEvent, NewCaseEvent } from './case-events';
import type { CaseState } from './case-state';

export type CaseEventRow = history.EventRowBase & { caseId: string };

/** Rows for new events appended after `version` events with the case in `state` (null: new case). */
export const eventRows = (caseId: string, state: CaseState | null, version: number, events: readonly NewCaseEvent[]): CaseEventRow[] =>
  history.eventRows({ caseId }, state, version, events, stateAfter);

export const eventFromRow = (row: Omit<history.EventRowBase, 'id' | 'fromState' | 'toState'>): CaseEvent => history.eventFromRow<CaseEvent>(row);

/** Gives new events their sequence numbers (for folding before they are stored). */
export const numbered = (version: number, events: readonly NewCaseEvent[]): CaseEvent[] => history.numbered<CaseEvent>(version, events);
