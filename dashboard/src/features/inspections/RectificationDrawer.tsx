// One rectification in full: the finding, where it came from and every step since. A modal
// <dialog> so focus stays inside, Escape closes it and focus returns to the row's button.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Facts } from '../../components/Facts';
import { formatCount, formatDate, formatDecimal } from '../../lib/format';
import type { Rectification } from './queries';

export function RectificationDrawer({ row, onClose }: { row: Rectification; onClose: () => void }) {
  const { t, i18n } = useTranslation(['inspections', 'common']);
  const locale = i18n.language;
  const english = locale === 'en';
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const close = () => ref.current?.close();
  const inspection = row.finding.inspection;
  const facts: [string, string][] = [
    [t('drawer.inspection'), t('drawer.inspectionLine', { no: inspection.inspectionNo, kind: t(`kind.${inspection.kind}`, { defaultValue: inspection.kindLabel }), date: formatDate(inspection.date, locale), score: formatDecimal(inspection.score, locale) })],
    ...(row.finding.evidenceNote ? [[t('drawer.evidence'), row.finding.evidenceNote] as [string, string]] : []),
    [t('drawer.inspectingUnit'), row.inspectingUnit.name],
    [t('drawer.foundOn'), formatDate(row.foundOn, locale)],
    [t('drawer.openedOn'), formatDate(row.openedOn, locale)],
    [t('drawer.dueOn'), formatDate(row.dueOn, locale)],
    [t('drawer.verifiedOn'), formatDate(row.verifiedOn, locale)],
    [t('drawer.rejections'), formatCount(row.rejections, locale)],
    [t('drawer.escalations'), formatCount(row.escalations, locale)],
  ];
  return (
    <dialog
      ref={ref}
      className="drawer rect-drawer"
      aria-labelledby="rect-drawer-title"
      data-drawer="rectification"
      data-rectification={row.id}
      onClose={onClose}
      // A click on the backdrop lands on the dialog element itself.
      onClick={(e) => {
        if (e.target === e.currentTarget) close();
      }}
    >
      <div className="drawer-head">
        <h2 id="rect-drawer-title">{t('drawer.title', { no: row.rectificationNo })}</h2>
        <button type="button" onClick={close} autoFocus>
          {t('common:close')}
        </button>
      </div>
      <p>
        <span className="badge">{t(`state.${row.state}`, { defaultValue: row.stateLabel })}</span> {row.ownerUnit.name}
        {row.ownerDepartment && ` · ${row.ownerDepartment.shortName ?? row.ownerDepartment.name}`}
        {row.ownerPerson && ` · ${row.ownerPerson}`}
      </p>
      <h3>{t('drawer.finding')}</h3>
      <p className="finding-text">{english ? row.finding.descriptionEn : row.finding.description}</p>
      <Facts items={facts} />
      <h3>{t('drawer.events')}</h3>
      <ol className="timeline">
        {row.events.map((event) => (
          <li key={event.seq} data-event={event.type}>
            <strong>{t(`event.${event.type}`, { defaultValue: event.type })}</strong> · {formatDate(event.on, locale)}
            {event.dueOn && ` · ${t('drawer.newDue', { date: formatDate(event.dueOn, locale) })}`}
            {event.note && <div className="event-note">{event.note}</div>}
            {event.evidence.length > 0 && <div className="note">{t('drawer.files', { count: event.evidence.length })}</div>}
          </li>
        ))}
      </ol>
    </dialog>
  );
}
