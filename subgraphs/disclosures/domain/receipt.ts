// 收到申请之日 (政府信息公开条例 第三十一条): the day the reply clock starts depends on how the
// request came. In person: the day it is handed in. By post: the day the agency signs for it (for
// ordinary letters needing no signature, the day it arrives — either way the day it is in hand).
// Online or by fax: the day both sides confirm it. The receipt day is day 0 of the clock.
import type { LocalDate } from '../../shared/calendar';
import { userError, type UserError } from '../../shared/errors';
import type { RequestChannel } from './request-terms';

export interface ReceiptFacts {
  channel: RequestChannel;
  /** The day the applicant handed in, posted or sent the request. */
  submittedOn: LocalDate;
  /** Post: the day the agency signed for (or received) the letter. */
  signedForOn?: LocalDate | null;
  /** Online or fax: the day the agency and the applicant confirmed the request. */
  confirmedOn?: LocalDate | null;
}

export type ReceiptResult = { ok: true; receivedOn: LocalDate } | { ok: false; errors: UserError[] };

const field = (prefix: string, name: string) => `${prefix}${name}`;

/** The receipt day of 第三十一条, or every rule the facts break (fields named under `prefix`). */
export function receiptDate(facts: ReceiptFacts, prefix = ''): ReceiptResult {
  const { channel, submittedOn } = facts;
  const signedForOn = facts.signedForOn ?? null;
  const confirmedOn = facts.confirmedOn ?? null;
  const errors: UserError[] = [];
  const notFor = (name: 'signedForOn' | 'confirmedOn', zh: string, en: string) =>
    errors.push(userError(field(prefix, name), 'NOT_FOR_CHANNEL', `${zh}仅适用于${name === 'signedForOn' ? '邮寄' : '网络或传真'}申请`, `${en} applies to ${name === 'signedForOn' ? 'posted' : 'online or fax'} requests only`));
  const required = (name: 'signedForOn' | 'confirmedOn', zh: string, en: string) =>
    errors.push(userError(field(prefix, name), 'REQUIRED_FOR_CHANNEL', `${zh}为必填：第三十一条以该日为收到申请之日`, `${en} is required: article 31 makes it the day of receipt`));
  const notBefore = (name: 'signedForOn' | 'confirmedOn', zh: string, en: string) =>
    errors.push(userError(field(prefix, name), 'BEFORE_SUBMISSION', `${zh}不能早于申请提交日期`, `${en} cannot be before the day the request was submitted`));

  let receivedOn: LocalDate = submittedOn;
  switch (channel) {
    case 'IN_PERSON':
      if (signedForOn) notFor('signedForOn', '签收日期', 'signedForOn');
      if (confirmedOn) notFor('confirmedOn', '确认日期', 'confirmedOn');
      break;
    case 'POST':
      if (confirmedOn) notFor('confirmedOn', '确认日期', 'confirmedOn');
      if (!signedForOn) required('signedForOn', '签收日期', 'signedForOn');
      else if (signedForOn < submittedOn) notBefore('signedForOn', '签收日期', 'signedForOn');
      else receivedOn = signedForOn;
      break;
    case 'ONLINE':
    case 'FAX':
      if (signedForOn) notFor('signedForOn', '签收日期', 'signedForOn');
      if (!confirmedOn) required('confirmedOn', '确认日期', 'confirmedOn');
      else if (confirmedOn < submittedOn) notBefore('confirmedOn', '确认日期', 'confirmedOn');
      else receivedOn = confirmedOn;
      break;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, receivedOn };
}
