import { describe, expect, it } from 'vitest';
import { creditCodeCheck, idNumberProblem, isValidCreditCode, isValidResidentId, residentIdCheck } from './applicant';
import { CREDIT_CODE, RESIDENT_ID } from './testing/histories';

// RESIDENT_ID is the GB 11643-1999 sample number, CREDIT_CODE a published unified social credit code.
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

const replaceAt = (s: string, i: number, c: string) => s.slice(0, i) + c + s.slice(i + 1);

describe('isValidResidentId (GB 11643)', () => {
  it('accepts the standard sample with check character X', () => {
    expect(isValidResidentId(RESIDENT_ID)).toBe(true);
  });

  // One number for each of the 11 possible check characters (sum mod 11 = 0 … 10).
  it.each([
    '430721199003071180',
    '430721199003071041',
    '430721199003071092',
    '430721199003071033',
    '430721199003071084',
    '430721199003071025',
    '430721199003071076',
    '430721199003071017',
    '430721199003071068',
    '430721199003071009',
    '43072119900307105X',
  ])('accepts %s', (id) => {
    expect(isValidResidentId(id)).toBe(true);
    expect(residentIdCheck(id.slice(0, 17))).toBe(id[17]);
  });

  it('accepts a number completed with residentIdCheck', () => {
    const first17 = '43072119900307123';
    expect(isValidResidentId(first17 + residentIdCheck(first17))).toBe(true);
    expect(residentIdCheck(first17)).toMatch(/^[\dX]$/);
  });

  it.each(Array.from({ length: 17 }, (_, i) => i))('catches a mistyped digit at position %i', (i) => {
    const digit = RESIDENT_ID[i] === '9' ? '0' : String(Number(RESIDENT_ID[i]) + 1);
    expect(isValidResidentId(replaceAt(RESIDENT_ID, i, digit))).toBe(false);
  });

  it('catches a wrong check character', () => {
    for (const c of '0123456789') expect(isValidResidentId(replaceAt(RESIDENT_ID, 17, c))).toBe(false);
  });

  it('catches two swapped neighbouring digits', () => {
    // 1949 → 9149: positions 6 and 7 ('1', '9').
    expect(isValidResidentId(replaceAt(replaceAt(RESIDENT_ID, 6, '9'), 7, '1'))).toBe(false);
  });

  it.each([
    ['a lower-case x', '11010519491231002x'],
    ['17 characters', '11010519491231002'],
    ['19 characters', '11010519491231002X1'],
    ['an old 15-digit number', '110105491231002'],
    ['a letter inside', '1101051949123100AX'],
    ['spaces', '110105 19491231 002X'],
  ])('refuses %s', (_what, id) => {
    expect(isValidResidentId(id)).toBe(false);
  });
});

describe('isValidCreditCode (GB 32100)', () => {
  it('accepts a published code', () => {
    expect(isValidCreditCode(CREDIT_CODE)).toBe(true);
  });

  it('accepts a code completed with creditCodeCheck', () => {
    const first17 = '12430721MB1234567';
    expect(isValidCreditCode(first17 + creditCodeCheck(first17))).toBe(true);
  });

  it.each(Array.from({ length: 18 }, (_, i) => i))('catches a mistyped character at position %i', (i) => {
    const original = CREDIT_CODE[i]!;
    // Keep the character class of the position (digits only in the 6-digit division code).
    const pool = i >= 2 && i <= 7 ? '0123456789' : USCC_CHARS;
    const replacement = pool[(pool.indexOf(original) + 1) % pool.length]!;
    expect(isValidCreditCode(replaceAt(CREDIT_CODE, i, replacement))).toBe(false);
  });

  it.each(['I', 'O', 'S', 'V', 'Z'])('refuses the letter %s, which the code never uses', (letter) => {
    expect(isValidCreditCode(replaceAt(CREDIT_CODE, 8, letter))).toBe(false);
  });

  it('refuses a letter in the division code and a lower-case code', () => {
    expect(isValidCreditCode(replaceAt(CREDIT_CODE, 4, 'A'))).toBe(false);
    expect(isValidCreditCode(CREDIT_CODE.toLowerCase())).toBe(false);
  });

  it('refuses a code of the wrong length', () => {
    expect(isValidCreditCode(CREDIT_CODE.slice(0, 17))).toBe(false);
    expect(isValidCreditCode(`${CREDIT_CODE}0`)).toBe(false);
  });
});

describe('idNumberProblem', () => {
  it('checks a person against the resident ID rules', () => {
    expect(idNumberProblem('PERSON', RESIDENT_ID)).toBeNull();
    expect(idNumberProblem('PERSON', CREDIT_CODE)).toMatchObject({ field: 'applicant.idNumber', rule: 'RESIDENT_ID_CHECKSUM' });
  });

  it('checks an organisation against the credit code rules', () => {
    expect(idNumberProblem('ORGANISATION', CREDIT_CODE)).toBeNull();
    expect(idNumberProblem('ORGANISATION', RESIDENT_ID)).toMatchObject({ field: 'applicant.idNumber', rule: 'CREDIT_CODE_CHECKSUM' });
  });

  it('explains the problem in Chinese and English', () => {
    expect(idNumberProblem('PERSON', '110105194912310021')).toEqual({
      field: 'applicant.idNumber',
      rule: 'RESIDENT_ID_CHECKSUM',
      message: '身份证号码格式或校验位不正确',
      messageEn: 'not a valid resident ID number (GB 11643)',
    });
  });
});
