import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskName, maskPhone, revealFor } from './personal-data';
import type { Viewer } from './viewer';

const viewer = (permissions: Viewer['permissions']): Viewer => ({
  sub: 'u', name: 'u', role: 'leader', scopePath: '/', orgUnitCode: null, departmentId: null, permissions, locale: 'zh-CN',
});

describe('personal data masking', () => {
  it('keeps only the family name of a person', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳娜娜')).toBe('欧***');
    expect(maskName('李')).toBe('*');
  });

  it('hides the middle four digits of a mobile number and most of a landline', () => {
    expect(maskPhone('138-1234-5678')).toBe('138****5678');
    expect(maskPhone('0736-4300001')).toBe('0736*****01');
  });

  it('keeps the region code and last four characters of an ID number', () => {
    expect(maskIdNumber('43072119900101123X')).toBe('430721********123X');
  });

  it('reveals full values only to a viewer with the personal-data permission', () => {
    expect(revealFor(viewer(['read']), 'phone', '13812345678')).toBe('138****5678');
    expect(revealFor(viewer(['read', 'personal-data']), 'phone', '13812345678')).toBe('13812345678');
    expect(revealFor(viewer(['read']), 'name', null)).toBeNull();
  });
});
