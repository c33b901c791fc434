// Table 三 of the annual report laid out as the official form prints it (国办公开办函〔2021〕30号):
// three label columns where a heading row ("三、本年度办理结果", "（三）不予公开") becomes a cell
// spanning its children's rows, and a leaf's label spans the label columns left of it. Pure.

export interface TableThreeRow {
  code: string;
  number: string;
  label: string;
  labelEn: string;
  depth: number;
  /** Empty for heading rows. */
  cells: number[];
}

export interface LabelCell {
  code: string;
  text: string;
  rowSpan: number;
  colSpan: number;
  heading: boolean;
}

export interface PrintedRow {
  code: string;
  number: string;
  labels: LabelCell[];
  cells: number[];
}

/** Depths 0–2: the form has three label columns. */
export const LABEL_COLUMNS = 3;

/** "一" + "、", "（一）" as is, "1" + "." — how the form numbers rows at each level. */
export function numberedLabel(number: string, label: string): string {
  if (/^[一二三四五六七八九十]+$/.test(number)) return `${number}、${label}`;
  if (/^\d+$/.test(number)) return `${number}.${label}`;
  return `${number}${label}`;
}

const CHINESE_DIGITS = '一二三四五六七八九十';
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** The same numbering for English readers: 三 → "III.", （三） → "(3)", 3 → "3.". */
export function englishLabel(number: string, label: string): string {
  const top = CHINESE_DIGITS.indexOf(number);
  if (number.length === 1 && top >= 0) return `${ROMAN[top]}. ${label}`;
  const m = number.match(/^（(.)）$/);
  if (m && CHINESE_DIGITS.includes(m[1]!)) return `(${CHINESE_DIGITS.indexOf(m[1]!) + 1}) ${label}`;
  return /^\d+$/.test(number) ? `${number}. ${label}` : `${number} ${label}`;
}

export function layoutTableThree(rows: TableThreeRow[], text: (row: TableThreeRow) => string): PrintedRow[] {
  const printed: PrintedRow[] = [];
  const open: { cell: LabelCell; depth: number }[] = [];
  let pending: LabelCell[] = [];
  for (const row of rows) {
    while (open.length > 0 && open[open.length - 1]!.depth >= row.depth) open.pop();
    if (row.cells.length === 0) {
      const cell: LabelCell = { code: row.code, text: text(row), rowSpan: 0, colSpan: 1, heading: true };
      pending.push(cell);
      open.push({ cell, depth: row.depth });
      continue;
    }
    for (const o of open) o.cell.rowSpan += 1;
    const leaf: LabelCell = { code: row.code, text: text(row), rowSpan: 1, colSpan: Math.max(1, LABEL_COLUMNS - row.depth), heading: false };
    printed.push({ code: row.code, number: row.number, labels: [...pending, leaf], cells: row.cells });
    pending = [];
  }
  // A heading with no rows under it would span nothing: the form never has one, so drop it.
  for (const row of printed) row.labels = row.labels.filter((l) => l.rowSpan > 0);
  return printed;
}

export interface ColumnGroups {
  person: string;
  organisations: string[];
  total: string;
}

/**
 * The form's column heads: 自然人, then 法人或其他组织 over its five kinds, then 总计. Null when
 * the API's columns are not in that shape, so the table falls back to one flat header row.
 */
export function columnGroups(columns: string[]): ColumnGroups | null {
  if (columns.length < 3 || columns[0] !== 'NATURAL_PERSON' || columns[columns.length - 1] !== 'TOTAL') return null;
  return { person: columns[0], organisations: columns.slice(1, -1), total: columns[columns.length - 1]! };
}
