// Inspection kinds (督查方式) per DOMAIN.md "Inspections" and the 余庆县 notice (余府办发〔2010〕97号):
// 定期检查 at least twice a year, 经常性检查 at least four times, 明察暗访 without notice, 自查 by the
// unit itself (by the end of June and of November), 专项督查 on one subject.

export const INSPECTION_KINDS = ['REGULAR', 'ROUTINE', 'UNANNOUNCED', 'SELF_CHECK', 'SPECIAL'] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];

export const INSPECTION_KIND_LABELS: Readonly<Record<InspectionKind, { zh: string; en: string }>> = {
  REGULAR: { zh: '定期检查', en: 'regular inspection' },
  ROUTINE: { zh: '经常性检查', en: 'routine inspection' },
  UNANNOUNCED: { zh: '明察暗访', en: 'unannounced visit' },
  SELF_CHECK: { zh: '自查', en: 'self-check' },
  SPECIAL: { zh: '专项督查', en: 'special inspection' },
};

export const isInspectionKind = (value: string): value is InspectionKind => (INSPECTION_KINDS as readonly string[]).includes(value);

/**
 * A self-check is done by the unit on itself; every other kind by an inspecting office on another
 * unit. The difference matters for grades (a unit does not grade itself, grades.ts) and for who
 * may record the visit.
 */
export const isSelfCheck = (kind: InspectionKind): boolean => kind === 'SELF_CHECK';
