// Rules for reference records other than the tree: service items (即办件/承诺件 and their time
// limits, 行政许可法 第42条), centres (one level per tier) and stationed departments.
import { userError, type UserError } from '../../shared/errors';
import { TIER_LABELS, type Tier } from './org-tree';

/** 事项类型 — IMMEDIATE 即办件 (settled on the spot), PROMISED 承诺件 (within promised working days). */
export const ITEM_KINDS = ['IMMEDIATE', 'PROMISED'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** 中心层级 — 政务服务中心 (county), 便民服务中心 (township), 代办点/便民服务站 (village). */
export const CENTRE_LEVELS = ['COUNTY_CENTRE', 'TOWNSHIP_CENTRE', 'VILLAGE_POINT'] as const;
export type CentreLevel = (typeof CENTRE_LEVELS)[number];

export const CENTRE_LEVEL_TIER: Record<CentreLevel, Tier> = {
  COUNTY_CENTRE: 'COUNTY',
  TOWNSHIP_CENTRE: 'TOWNSHIP',
  VILLAGE_POINT: 'VILLAGE',
};

/** 部门类别 — 政府工作部门 / 直属机构 / 垂直管理部门 / 公共服务企事业单位. */
export const DEPARTMENT_CATEGORIES = ['GOVERNMENT', 'DIRECT', 'VERTICAL', 'PUBLIC_SERVICE'] as const;
export type DepartmentCategory = (typeof DEPARTMENT_CATEGORIES)[number];

/** No statutory limit we know of exceeds a year; anything longer is a typo. */
const MAX_LEGAL_DAYS = 365;

export function itemTimeLimitErrors(input: { kind: ItemKind; legalDays: number; promisedDays: number }): UserError[] {
  const errors: UserError[] = [];
  const { kind, legalDays, promisedDays } = input;
  if (!Number.isInteger(legalDays) || legalDays < 1 || legalDays > MAX_LEGAL_DAYS) {
    errors.push(
      userError('legalDays', 'LEGAL_DAYS_RANGE', `法定办结时限应为 1–${MAX_LEGAL_DAYS} 个工作日`, `legal days must be 1–${MAX_LEGAL_DAYS} working days`),
    );
  }
  if (kind === 'IMMEDIATE' && promisedDays !== 0) {
    errors.push(
      userError('promisedDays', 'IMMEDIATE_SAME_DAY', '即办件当场办结，承诺时限应为 0', 'an IMMEDIATE item is settled the same day: promised days must be 0'),
    );
  }
  if (kind === 'PROMISED') {
    if (!Number.isInteger(promisedDays) || promisedDays < 1) {
      errors.push(userError('promisedDays', 'PROMISED_DAYS_POSITIVE', '承诺件的承诺时限至少 1 个工作日', 'a PROMISED item needs at least 1 promised working day'));
    } else if (promisedDays > legalDays) {
      errors.push(
        userError('promisedDays', 'PROMISED_WITHIN_LEGAL', `承诺时限 ${promisedDays} 天不得超过法定时限 ${legalDays} 天`, `promised days (${promisedDays}) cannot exceed legal days (${legalDays})`),
      );
    }
  }
  return errors;
}

export function centreLevelErrors(level: CentreLevel, orgTier: Tier): UserError[] {
  const expected = CENTRE_LEVEL_TIER[level];
  return expected === orgTier
    ? []
    : [userError('orgUnitId', 'CENTRE_LEVEL_MATCHES_TIER', `该类中心应设在${TIER_LABELS[expected]}级单位，所选单位为${TIER_LABELS[orgTier]}级`, `a ${level} belongs to a ${expected} unit, got a ${orgTier}`)];
}
