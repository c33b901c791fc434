// Rules of the administrative tree (行政区划): statistical division codes (统计用区划代码) grow by
// tier, a child's code starts with its parent's, and every unit hangs under the tier above it.
import { userError, type UserError } from '../../shared/errors';

/** 层级 — CITY 市 (optional root), COUNTY 县/区, TOWNSHIP 乡镇/街道, VILLAGE 村/社区. */
export const TIERS = ['CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE'] as const;
export type Tier = (typeof TIERS)[number];

export const TIER_LABELS: Record<Tier, string> = { CITY: '市', COUNTY: '县', TOWNSHIP: '乡镇', VILLAGE: '村' };

/** Digits of the statistical code at each tier: 4 / 6 / 9 / 12. */
export const CODE_LENGTH: Record<Tier, number> = { CITY: 4, COUNTY: 6, TOWNSHIP: 9, VILLAGE: 12 };

/** The tier a unit's parent must have; null = the unit is a root. A county may be a root too. */
const PARENT_TIER: Record<Tier, Tier | null> = { CITY: null, COUNTY: 'CITY', TOWNSHIP: 'COUNTY', VILLAGE: 'TOWNSHIP' };
const MAY_BE_ROOT: Record<Tier, boolean> = { CITY: true, COUNTY: true, TOWNSHIP: false, VILLAGE: false };

export interface PlacedUnit {
  id: string;
  code: string;
  tier: Tier;
  path: string;
}

export function childPath(parentPath: string | null, code: string): string {
  return `${parentPath ?? '/'}${code}/`;
}

/**
 * Checks where a unit may sit in the tree. `self` is the unit being updated (absent on create);
 * `codeTaken` says whether another unit already holds the code. Returns every broken rule.
 */
export function placementErrors(input: {
  code: string;
  tier: Tier;
  parent: PlacedUnit | null;
  self?: PlacedUnit | null;
  codeTaken: boolean;
}): UserError[] {
  const { code, tier, parent, self } = input;
  const errors: UserError[] = [];
  const length = CODE_LENGTH[tier];

  if (!/^\d+$/.test(code)) {
    errors.push(userError('code', 'CODE_DIGITS_ONLY', '区划代码只能由数字组成', 'the division code must contain digits only'));
  } else if (code.length !== length) {
    errors.push(
      userError(
        'code',
        'CODE_LENGTH_MATCHES_TIER',
        `${TIER_LABELS[tier]}级区划代码应为 ${length} 位，实际为 ${code.length} 位`,
        `a ${tier} code has ${length} digits, got ${code.length}`,
      ),
    );
  }
  if (input.codeTaken) {
    errors.push(userError('code', 'CODE_UNIQUE', `区划代码 ${code} 已被使用`, `division code ${code} is already in use`));
  }

  if (self && parent && parent.path.startsWith(self.path)) {
    // Checked before the tier rule so the caller learns the real problem.
    errors.push(
      userError('parentId', 'NO_CYCLE', '上级单位不能是本单位或其下级单位', 'the parent cannot be the unit itself or one of its descendants'),
    );
    return errors;
  }

  const expectedParent = PARENT_TIER[tier];
  if (parent === null) {
    if (!MAY_BE_ROOT[tier]) {
      errors.push(
        userError('parentId', 'PARENT_REQUIRED', `${TIER_LABELS[tier]}级单位必须有上级单位`, `a ${tier} unit needs a parent`),
      );
    }
  } else if (parent.tier !== expectedParent) {
    errors.push(
      userError(
        'parentId',
        'PARENT_TIER',
        expectedParent
          ? `${TIER_LABELS[tier]}级单位的上级应为${TIER_LABELS[expectedParent]}级，实际为${TIER_LABELS[parent.tier]}级`
          : `${TIER_LABELS[tier]}级单位不能有上级单位`,
        expectedParent
          ? `the parent of a ${tier} unit must be a ${expectedParent}, got a ${parent.tier}`
          : `a ${tier} unit cannot have a parent`,
      ),
    );
  } else if (!code.startsWith(parent.code)) {
    errors.push(
      userError(
        'code',
        'CODE_PREFIX_PARENT',
        `区划代码 ${code} 应以上级单位代码 ${parent.code} 开头`,
        `code ${code} must start with the parent's code ${parent.code}`,
      ),
    );
  }
  return errors;
}

/** Replaces the path prefix of a unit and its descendants after a move or re-code (区划调整). */
export function repath(path: string, oldPrefix: string, newPrefix: string): string {
  if (!path.startsWith(oldPrefix)) throw new Error(`path ${path} is not under ${oldPrefix}`);
  return newPrefix + path.slice(oldPrefix.length);
}
