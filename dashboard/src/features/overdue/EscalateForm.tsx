// 督办 from the drawer: a note (and a new deadline where the domain takes one), the API's rule
// messages in the UI language, and one idempotency key per attempt so retries cannot write twice.
import { useMutation } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorReason } from '../../components/Panel';
import type { OverdueDomain } from './domains';
import { escalate, needsDue, type UserError } from './escalate';

export interface EscalateFormProps {
  domain: OverdueDomain;
  id: string;
  today: string;
  onDone(): void;
  onCancel(): void;
}

export function EscalateForm({ domain, id, today, onDone, onCancel }: EscalateFormProps) {
  const { t, i18n } = useTranslation('overdue');
  const formId = useId();
  const [note, setNote] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [userErrors, setUserErrors] = useState<UserError[]>([]);
  // The key of the attempt in progress; a new one only when the input changes.
  const attempt = useRef<{ input: string; key: string } | null>(null);
  const due = needsDue(domain);
  const mutation = useMutation({
    mutationFn: async () => {
      const input = { domain, id, note, dueOn };
      const signature = JSON.stringify(input);
      if (attempt.current?.input !== signature) attempt.current = { input: signature, key: crypto.randomUUID() };
      return escalate(input, attempt.current.key);
    },
    onSuccess: (errors) => {
      setUserErrors(errors);
      if (errors.length === 0) {
        attempt.current = null;
        onDone();
      }
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!mutation.isPending) mutation.mutate();
  }

  const english = i18n.language.startsWith('en');
  return (
    <form className="escalate-form" onSubmit={submit} aria-labelledby={`${formId}-title`} data-escalate-form>
      <h3 id={`${formId}-title`}>{t('escalate.title')}</h3>
      <label>
        <span>{t('escalate.note')}</span>
        <textarea name="note" required rows={3} value={note} placeholder={t('escalate.notePlaceholder')} onChange={(e) => setNote(e.target.value)} autoFocus />
      </label>
      {due !== 'none' && (
        <label>
          <span>{t(due === 'required' ? 'escalate.complaintDue' : 'escalate.caseDue')}</span>
          <input name="dueOn" type="date" required={due === 'required'} min={today} value={dueOn} onChange={(e) => setDueOn(e.target.value)} />
        </label>
      )}
      {userErrors.length > 0 && (
        <div role="alert" className="form-error" data-user-errors>
          <strong>{t('escalate.failed')}</strong>
          <ul>
            {userErrors.map((e) => (
              <li key={`${e.field}-${e.rule}`} data-rule={e.rule}>
                {english ? e.messageEn : e.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {mutation.isError && (
        <p role="alert" className="form-error">
          {t('escalate.failed')}：{errorReason(mutation.error)}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={mutation.isPending || !note.trim() || (due === 'required' && !dueOn)} data-escalate-submit>
          {mutation.isPending ? t('escalate.submitting') : mutation.isError ? t('escalate.retry') : t('escalate.submit')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('escalate.cancel')}
        </button>
      </div>
    </form>
  );
}
