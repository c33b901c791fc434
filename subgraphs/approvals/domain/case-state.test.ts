import { describe, expect, it } from 'vitest';
import { ALLOWED_FROM } from './case-lifecycle';
import { CASE_EVENT_LABELS, CASE_EVENT_TYPES } from './case-events';
import {
  CASE_STATE_LABELS,
  CASE_STATES,
  CLOSED_UNDECIDED_STATES,
  DECIDED_STATES,
  IN_PROGRESS_STATES,
  isInProgress,
  isOpen,
  OPEN_STATES,
} from './case-state';

describe('case states', () => {
  it('sorts every state into exactly one of open, decided (办结) and closed without a decision', () => {
    const groups = [...OPEN_STATES, ...DECIDED_STATES, ...CLOSED_UNDECIDED_STATES];
    expect([...groups].sort()).toEqual([...CASE_STATES].sort());
  });

  it('runs the clock only between acceptance and decision', () => {
    expect(CASE_STATES.filter(isInProgress)).toEqual(['ACCEPTED', 'UNDER_REVIEW']);
    expect(IN_PROGRESS_STATES.every(isOpen)).toBe(true);
    expect(isOpen('RECEIVED')).toBe(true);
    expect(isInProgress('RECEIVED')).toBe(false);
  });

  it('labels every state in Chinese and English', () => {
    expect(Object.keys(CASE_STATE_LABELS).sort()).toEqual([...CASE_STATES].sort());
    expect(CASE_STATE_LABELS.APPROVED).toEqual({ zh: '准予许可', en: 'approved' });
    expect(CASE_STATE_LABELS.NOT_ACCEPTED.zh).toBe('不予受理');
  });
});

describe('case events', () => {
  it('labels every event type', () => {
    expect(Object.keys(CASE_EVENT_LABELS).sort()).toEqual([...CASE_EVENT_TYPES].sort());
  });

  it('has a transition rule for every event except the receipt that starts a case', () => {
    expect(Object.keys(ALLOWED_FROM).sort()).toEqual(CASE_EVENT_TYPES.filter((t) => t !== 'RECEIVED').sort());
  });
});
