// A feeding system's references (来源编号) are unique: a reference already stored, or given twice in
// one batch, is the caller's mistake and is said so on the field — never as a lost race, which a
// system would retry for ever. One query for the whole batch.
import { userError, type UserError } from './errors';

export async function takenRefErrors(
  refs: readonly (string | null | undefined)[],
  field: (index: number) => string,
  stored: (refs: string[]) => Promise<string[]>,
  what: { zh: string; en: string },
): Promise<UserError[]> {
  const given = refs.flatMap((r) => (r ? [r] : []));
  if (given.length === 0) return [];
  const taken = new Set(await stored([...new Set(given)]));
  const seen = new Set<string>();
  const errors: UserError[] = [];
  refs.forEach((ref, i) => {
    if (!ref) return;
    if (taken.has(ref)) errors.push(userError(field(i), 'REF_TAKEN', `该来源编号的${what.zh}已存在`, `${what.en} with this reference already exists`));
    else if (seen.has(ref)) errors.push(userError(field(i), 'REF_REPEATED', '同一批次中来源编号重复', 'the reference appears twice in the batch'));
    seen.add(ref);
  });
  return errors;
}
