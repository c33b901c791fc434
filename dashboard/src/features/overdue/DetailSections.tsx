// What the drawer shows of one item: the summary, then its history and records by domain.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DASH, formatDate, formatDateTime } from '../../lib/format';
import { DaysOverdue, WarningBadge } from './cells';
import type { CaseDetail, ComplaintDetail, Detail, DisclosureDetail } from './detail-query';

function Section({ id, title, count, children }: { id: string; title: string; count: number; children: ReactNode }) {
  const { t } = useTranslation('overdue');
  return (
    <section className="drawer-section" data-section={id} aria-labelledby={`drawer-${id}`}>
      <h3 id={`drawer-${id}`}>{title}</h3>
      {count === 0 ? <p className="empty">{t('drawer.none')}</p> : children}
    </section>
  );
}

function Facts({ items }: { items: [string, ReactNode][] }) {
  return (
    <dl className="facts">
      {items.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function useFormats() {
  const { t, i18n } = useTranslation('overdue');
  return { t, date: (v: string | null | undefined) => formatDate(v, i18n.language), time: (v: string | null | undefined) => formatDateTime(v, i18n.language) };
}

function CaseSections({ item }: { item: CaseDetail }) {
  const { t, date, time } = useFormats();
  return (
    <>
      <Facts
        items={[
          [t('drawer.fields.state'), item.stateLabel],
          [t('drawer.fields.due'), date(item.dueOn)],
          [t('drawer.fields.days'), <DaysOverdue key="d" days={item.overdueDays} />],
          [t('drawer.fields.warning'), <WarningBadge key="w" level={item.warningLevel} />],
          [t('drawer.fields.responsible'), item.handlingDepartment?.name ?? item.currentUnit.name],
          [t('drawer.fields.applicant'), [item.applicantName, item.applicantPhone].filter(Boolean).join(' ')],
          [t('drawer.fields.received'), `${time(item.receivedAt)} / ${time(item.acceptedAt)}`],
        ]}
      />
      <Section id="timeline" title={t('drawer.timeline')} count={item.timeline.length}>
        <ol className="timeline">
          {item.timeline.map((e) => (
            <li key={e.seq}>
              <strong>{e.label}</strong> <time dateTime={e.at}>{time(e.at)}</time> · {e.actorName}
              <div className="muted">{e.summary}</div>
            </li>
          ))}
        </ol>
      </Section>
      <Section id="clock-stops" title={t('drawer.clockStops')} count={item.clockStops.length}>
        <ul>
          {item.clockStops.map((s) => (
            <li key={s.startedAt}>
              {s.reasonLabel}：{t('drawer.stopPeriod', { from: time(s.startedAt), to: s.endedAt ? time(s.endedAt) : t('drawer.ongoing') })}
              {s.note && <div className="muted">{s.note}</div>}
            </li>
          ))}
        </ul>
      </Section>
      <Section id="handoffs" title={t('drawer.handoffs')} count={item.handoffs.length}>
        <ul>
          {item.handoffs.map((h) => (
            <li key={h.at}>
              {time(h.at)} {t('drawer.handoff', { from: h.fromUnit.name, to: h.toDepartment?.name ?? h.toUnit.name })} · {h.actorName}
              {h.note && <div className="muted">{h.note}</div>}
            </li>
          ))}
        </ul>
      </Section>
      <Section id="sub-tasks" title={t('drawer.subTasks')} count={item.subTasks.length}>
        <ul>
          {item.subTasks.map((s) => (
            <li key={s.department.name}>
              {s.department.name} · {t(`drawer.subTaskState.${s.state}`, { defaultValue: s.state })} · {t('drawer.subTaskDue', { due: date(s.dueOn) })}
              {s.decidedAt && ` · ${time(s.decidedAt)}`}
            </li>
          ))}
        </ul>
      </Section>
      <Section id="warnings" title={t('drawer.warnings')} count={item.warnings.length}>
        <ul>
          {item.warnings.map((w) => (
            <li key={w.id}>
              <WarningBadge level={w.level} /> {time(w.raisedAt)} {w.reason}
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}

function ComplaintSections({ item }: { item: ComplaintDetail }) {
  const { t, time } = useFormats();
  return (
    <>
      <Facts
        items={[
          [t('drawer.fields.state'), item.stateLabel],
          [t('drawer.fields.due'), time(item.promisedReplyAt)],
          [t('drawer.fields.days'), <DaysOverdue key="d" days={item.overdueDays} />],
          [t('drawer.fields.warning'), <WarningBadge key="w" level={item.warningLevel} />],
          [t('drawer.fields.responsible'), item.assignee?.name ?? DASH],
          [t('drawer.fields.applicant'), item.contact ? [item.contact.name, item.contact.phone].filter(Boolean).join(' ') || DASH : DASH],
          [t('drawer.fields.received'), time(item.receivedAt)],
        ]}
      />
      <Section id="timeline" title={t('drawer.timeline')} count={item.timeline.length}>
        <ol className="timeline">
          {item.timeline.map((e) => (
            <li key={e.seq}>
              <strong>{e.label}</strong> <time dateTime={e.at}>{time(e.at)}</time> · {e.actorName}
              <div className="muted">{e.summary}</div>
            </li>
          ))}
        </ol>
      </Section>
      <Section id="dispatches" title={t('drawer.dispatches')} count={item.dispatches.length}>
        <ul>
          {item.dispatches.map((d) => (
            <li key={d.seq}>
              {time(d.dispatchedAt)} {t('drawer.dispatch', { assignee: d.assignee.name })}
              {d.signedAt && ` · ${t('drawer.signed', { at: time(d.signedAt) })}`}
              {d.returnedAt && <div className="muted">{t('drawer.returned', { at: time(d.returnedAt), reason: d.returnReason ?? '' })}</div>}
            </li>
          ))}
        </ul>
      </Section>
      <Section id="escalations" title={t('drawer.escalations')} count={item.escalations.length}>
        <ul>
          {item.escalations.map((e) => (
            <li key={e.at}>
              {time(e.at)} · {e.byName} · {t('drawer.escalationDue', { due: time(e.replyDueAt) })}
              <div className="muted">{e.note}</div>
            </li>
          ))}
        </ul>
      </Section>
      <Section id="warnings" title={t('drawer.warnings')} count={item.warnings.length}>
        <ul>
          {item.warnings.map((w) => (
            <li key={w.id}>
              <WarningBadge level={w.level} /> {time(w.raisedAt)} {w.reason}
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}

function DisclosureSections({ item }: { item: DisclosureDetail }) {
  const { t, date } = useFormats();
  const applicant = [item.organizationName, item.applicantName, item.applicantPhone].filter(Boolean).join(' ');
  return (
    <>
      <Facts
        items={[
          [t('drawer.fields.state'), item.stateLabel],
          [t('drawer.fields.due'), date(item.dueOn)],
          [t('drawer.fields.days'), <DaysOverdue key="d" days={item.overdueDays} />],
          [
            t('drawer.fields.warning'),
            <span key="w">
              <WarningBadge level={item.warning.level} />
              {item.warning.overdueWorkingDays > 0 && ` ${t('drawer.overdueWorkingDays', { count: item.warning.overdueWorkingDays })}`}
              {item.warning.shouldEscalate && <span className="badge red should-escalate">{t('drawer.shouldEscalate')}</span>}
            </span>,
          ],
          [t('drawer.fields.responsible'), item.department?.name ?? item.government?.name ?? DASH],
          [t('drawer.fields.applicant'), applicant || DASH],
          [t('drawer.fields.received'), date(item.receivedOn)],
        ]}
      />
      <Section id="timeline" title={t('drawer.timeline')} count={item.timeline.length}>
        <ol className="timeline">
          {item.timeline.map((e, i) => (
            <li key={i}>
              <strong>{e.label}</strong> <time dateTime={e.on}>{date(e.on)}</time> · {e.actorName}
              <div className="muted">{e.detail}</div>
            </li>
          ))}
        </ol>
      </Section>
      <Section id="clock-stops" title={t('drawer.clockStops')} count={item.clockStops.length}>
        <ul>
          {item.clockStops.map((s) => (
            <li key={s.startedOn}>
              {s.reasonLabel}：{t('drawer.stopPeriod', { from: date(s.startedOn), to: s.endedOn ? date(s.endedOn) : t('drawer.ongoing') })}
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}

export function DetailSections({ detail }: { detail: Detail }) {
  switch (detail.domain) {
    case 'approvals':
      return <CaseSections item={detail.item} />;
    case 'complaints':
      return <ComplaintSections item={detail.item} />;
    case 'disclosures':
      return <DisclosureSections item={detail.item} />;
  }
}
