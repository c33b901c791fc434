// Scoring templates as stored (ScoringTemplate rows) and the built-in default: the default
// 公开栏与服务窗口 template is always available as version 1 of its code unless a county has stored
// its own version 1, so a fresh deployment can score its first inspection.
import type { LocalDate } from '../shared/calendar';
import { DEFAULT_BOARD_AND_WINDOW_TEMPLATE, type ScoringTemplate, type TemplateItem } from './domain/scoring-template';

export interface TemplateRow {
  code: string;
  version: number;
  nameZh: string;
  nameEn: string;
  effectiveFrom: string;
  items: string;
}

export const templateFromRow = (row: TemplateRow): ScoringTemplate => ({
  code: row.code,
  version: row.version,
  name: { zh: row.nameZh, en: row.nameEn },
  effectiveFrom: row.effectiveFrom as LocalDate,
  items: JSON.parse(row.items) as TemplateItem[],
});

export const templateToRow = (t: ScoringTemplate): TemplateRow => ({
  code: t.code,
  version: t.version,
  nameZh: t.name.zh,
  nameEn: t.name.en,
  effectiveFrom: t.effectiveFrom,
  items: JSON.stringify(t.items),
});

export const BUILT_IN_TEMPLATES: readonly ScoringTemplate[] = [DEFAULT_BOARD_AND_WINDOW_TEMPLATE];

/** Stored versions plus the built-in ones they do not replace. */
export function withBuiltIns(stored: readonly ScoringTemplate[]): ScoringTemplate[] {
  const taken = new Set(stored.map((t) => `${t.code}|${t.version}`));
  return [...stored, ...BUILT_IN_TEMPLATES.filter((t) => !taken.has(`${t.code}|${t.version}`))];
}

interface TemplateStore {
  scoringTemplate: { findMany(args: { where: { code: string } }): Promise<TemplateRow[]> };
}

/** Every version of one template code (stored and built in). */
export async function templateVersions(db: TemplateStore, code: string): Promise<ScoringTemplate[]> {
  const rows = await db.scoringTemplate.findMany({ where: { code } });
  return withBuiltIns(rows.map(templateFromRow)).filter((t) => t.code === code);
}
