// Case states (办件状态) per DOMAIN.md "Approvals":
// 收件 received → 受理 accepted (or 不予受理) → 审查 under review → 办结 approved / refused →
// 送达 delivered; also 退回 returned and 撤回 withdrawn.

export const CASE_STATES = [
  'RECEIVED',
  'NOT_ACCEPTED',
  'ACCEPTED',
  'UNDER_REVIEW',
  'APPROVED',
  'REFUSED',
  'DELIVERED',
  'RETURNED',
  'WITHDRAWN',
] as const;
export type CaseState = (typeof CASE_STATES)[number];

export const CASE_STATE_LABELS: Readonly<Record<CaseState, { zh: string; en: string }>> = {
  RECEIVED: { zh: '已收件', en: 'received' },
  NOT_ACCEPTED: { zh: '不予受理', en: 'not accepted' },
  ACCEPTED: { zh: '已受理', en: 'accepted' },
  UNDER_REVIEW: { zh: '审查中', en: 'under review' },
  APPROVED: { zh: '准予许可', en: 'approved' },
  REFUSED: { zh: '不予许可', en: 'refused' },
  DELIVERED: { zh: '已送达', en: 'delivered' },
  RETURNED: { zh: '已退回', en: 'returned' },
  WITHDRAWN: { zh: '已撤回', en: 'withdrawn' },
};

/** States in which the case is still being worked on: the deadline clock matters. */
export const OPEN_STATES: readonly CaseState[] = ['RECEIVED', 'ACCEPTED', 'UNDER_REVIEW'];
/** Accepted and not yet decided: the working-day clock runs (unless stopped). */
export const IN_PROGRESS_STATES: readonly CaseState[] = ['ACCEPTED', 'UNDER_REVIEW'];
/** 办结: a decision was made. */
export const DECIDED_STATES: readonly CaseState[] = ['APPROVED', 'REFUSED', 'DELIVERED'];
/** Ended without a decision. */
export const CLOSED_UNDECIDED_STATES: readonly CaseState[] = ['NOT_ACCEPTED', 'RETURNED', 'WITHDRAWN'];

export const isOpen = (s: CaseState) => OPEN_STATES.includes(s);
export const isInProgress = (s: CaseState) => IN_PROGRESS_STATES.includes(s);

export type ItemKind = 'IMMEDIATE' | 'PROMISED';
export type Channel = 'WINDOW' | 'ONLINE' | 'AGENCY_POINT';
export type ApplicantKind = 'PERSON' | 'ORGANISATION';
export type WarningLevel = 'NONE' | 'YELLOW' | 'RED';
export type SubTaskState = 'OPEN' | 'APPROVED' | 'REFUSED';
/** 差评 follow-up: 待回访 → 已回访 → 整改中 (on the ledger) → 已整改. */
export type FollowupState = 'AWAITING_CALLBACK' | 'CALLED_BACK' | 'RECTIFYING' | 'RECTIFIED';
export type RatingChannel = 'ON_SITE' | 'ONLINE';
export type RectificationMode = 'IMMEDIATE' | 'LEDGER';
