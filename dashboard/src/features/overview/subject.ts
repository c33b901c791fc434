// What a view is about: an org unit (with everything below it) or one department.
export type Subject = { kind: 'unit'; code: string } | { kind: 'department'; code: string };

/** The root field that selects the subject, with `$code` as its variable. */
export function subjectField(subject: Subject): string {
  return subject.kind === 'unit' ? 'subject: orgUnit(code: $code)' : 'subject: department(code: $code)';
}

export function subjectKey(subject: Subject): string {
  return `${subject.kind}:${subject.code}`;
}
