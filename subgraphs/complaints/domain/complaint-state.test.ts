import { describe, expect, it } from 'vitest';
import { CATEGORIES, CATEGORY_CODES, isCategory } from './categories';
import { COMPLAINT_EVENT_LABELS, COMPLAINT_EVENT_TYPES } from './complaint-events';
import {
  COMPLAINT_CHANNEL_LABELS,
  COMPLAINT_CHANNELS,
  COMPLAINT_KIND_LABELS,
  COMPLAINT_KINDS,
  COMPLAINT_STATE_LABELS,
  COMPLAINT_STATES,
  isDissatisfied,
  isOpen,
  PHONE_LINES,
  PRIORITIES,
  PRIORITY_LABELS,
  SATISFACTION_LABELS,
} from './complaint-state';

describe('request vocabulary (DOMAIN.md "Complaints and hotline")', () => {
  it('has the five kinds and the seven channels', () => {
    expect(COMPLAINT_KINDS.map((k) => COMPLAINT_KIND_LABELS[k].zh)).toEqual(['咨询', '求助', '投诉', '举报', '建议']);
    expect(COMPLAINT_CHANNELS).toHaveLength(7);
    expect(COMPLAINT_CHANNEL_LABELS.HOTLINE_12345.zh).toBe('12345热线');
    expect(COMPLAINT_CHANNEL_LABELS.HOTLINE_114.zh).toBe('114政务咨询');
    expect(PHONE_LINES).toEqual(['HOTLINE_12345', 'HOTLINE_114']);
  });

  it('labels every priority, state and event', () => {
    expect(Object.keys(PRIORITY_LABELS).sort()).toEqual([...PRIORITIES].sort());
    expect(Object.keys(COMPLAINT_STATE_LABELS).sort()).toEqual([...COMPLAINT_STATES].sort());
    expect(Object.keys(COMPLAINT_EVENT_LABELS).sort()).toEqual([...COMPLAINT_EVENT_TYPES].sort());
  });

  it('awaits a reply in every state but REPLIED and CLOSED', () => {
    expect(COMPLAINT_STATES.filter(isOpen)).toEqual(['RECEIVED', 'DISPATCHED', 'RETURNED', 'SIGNED', 'REOPENED']);
  });

  it('has five satisfaction levels, of which 不满意 and 非常不满意 are dissatisfied', () => {
    expect(Object.entries(SATISFACTION_LABELS).map(([level, l]) => `${level} ${l.zh}`)).toEqual(['1 非常不满意', '2 不满意', '3 基本满意', '4 满意', '5 非常满意']);
    expect([1, 2, 3, 4, 5].map(isDissatisfied)).toEqual([true, true, false, false, false]);
  });

  it('recognises the category codes only', () => {
    expect(CATEGORY_CODES).toHaveLength(Object.keys(CATEGORIES).length);
    expect(CATEGORY_CODES.every(isCategory)).toBe(true);
    expect(isCategory('UTILITIES')).toBe(true);
    expect(isCategory('utilities')).toBe(false);
    // Names inherited from Object.prototype are not codes.
    expect(isCategory('toString')).toBe(false);
    expect(isCategory('constructor')).toBe(false);
    expect(isCategory('__proto__')).toBe(false);
  });
});
