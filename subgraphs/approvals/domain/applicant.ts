// Applicant identifiers: 居民身份证号码 (GB 11643-1999) for people, 统一社会信用代码 (GB 32100-2015)
// for organisations. Both end in a check character, so typos are caught at the window.
import { userError, type UserError } from '../../shared/errors';
import type { ApplicantKind } from './case-state';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

export function isValidResidentId(id: string): boolean {
  return /^\d{17}[\dX]$/.test(id) && residentIdCheck(id) === id[17];
}

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function isValidCreditCode(code: string): boolean {
  return /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code) && creditCodeCheck(code) === code[17];
}

export function idNumberProblem(kind: ApplicantKind, id: string): UserError | null {
  if (kind === 'PERSON') {
    return isValidResidentId(id)
      ? null
      : userError('applicant.idNumber', 'RESIDENT_ID_CHECKSUM', '身份证号码格式或校验位不正确', 'not a valid resident ID number (GB 11643)');
  }
  return isValidCreditCode(id)
    ? null
    : userError('applicant.idNumber', 'CREDIT_CODE_CHECKSUM', '统一社会信用代码格式或校验位不正确', 'not a valid unified social credit code (GB 32100)');
}

/** The check character of the first 17 characters (validation above; generated demo identifiers). */
export function residentIdCheck(first17: string): string {
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(first17[i]), 0);
  return ID_CHECK[sum % 11]!;
}

export function creditCodeCheck(first17: string): string {
  const sum = USCC_WEIGHTS.reduce((acc, w, i) => acc + w * USCC_CHARS.indexOf(first17[i]!), 0);
  return USCC_CHARS[(31 - (sum % 31)) % 31]!;
}
