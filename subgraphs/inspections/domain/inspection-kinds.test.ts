import { describe, expect, it } from 'vitest';
import { INSPECTION_KIND_LABELS, INSPECTION_KINDS, isInspectionKind, isSelfCheck } from './inspection-kinds';

describe('inspection kinds', () => {
  it('are the five kinds of DOMAIN.md, in order, with their Chinese names', () => {
    expect(INSPECTION_KINDS).toEqual(['REGULAR', 'ROUTINE', 'UNANNOUNCED', 'SELF_CHECK', 'SPECIAL']);
    expect(INSPECTION_KINDS.map((k) => INSPECTION_KIND_LABELS[k].zh)).toEqual(['定期检查', '经常性检查', '明察暗访', '自查', '专项督查']);
  });

  it('have an English label for every kind', () => {
    expect(INSPECTION_KIND_LABELS.SELF_CHECK.en).toBe('self-check');
    for (const kind of INSPECTION_KINDS) expect(INSPECTION_KIND_LABELS[kind].en.length).toBeGreaterThan(0);
  });

  it('recognise their own codes only (case-sensitive)', () => {
    expect(isInspectionKind('ROUTINE')).toBe(true);
    expect(isInspectionKind('routine')).toBe(false);
    expect(isInspectionKind('AUDIT')).toBe(false);
  });

  it('single out the self-check as the one kind a unit does on itself', () => {
    expect(INSPECTION_KINDS.filter(isSelfCheck)).toEqual(['SELF_CHECK']);
  });
});
