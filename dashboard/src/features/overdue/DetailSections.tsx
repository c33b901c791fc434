// What the drawer shows of one item: the summary, then its history and records by domain.
import type { Key, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Facts } from '../../components/Facts';
import { DASH, formatDate, formatDateTime } from '../../lib/format';
import { DaysOverdue, WarningBadge } from './cells';
import type { CaseDetail, ComplaintDetail, Detail, DisclosureDetail } from './detail-query';

/** One of the drawer's records: its heading, then one list item per entry (or "none"). */
function ListSection<T>({
  id,
  title,
  items,
  itemKey,
  timeline = false,
  render,
}: {
  id: string;
  title: string;
  items: T[];
  itemKey: (item: T, index: number) => Key;
  /** An ordered `.timeline` list rather than a plain one. */
  timeline?: boolean;
  render: (item: T) => ReactNode;
}) {
  const { t } = useTranslation('overdue');
  const entries = items.map((item, i) => <li key={itemKey(item, i)}>{render(item)}</li>);
  return (
    <section className="drawer-section" data-section={id} aria-labelledby={`drawer-${id}`}>
      <h3 id={`drawer-${id}`}>{title}</h3>
      {items.length === 0 ? <p className="empty">{t('drawer.none')}</p> : timeline ? <ol className="timeline">{entries}</ol> : <ul>{entries}</ul>}
    </section>
  );
}

function useFormats() {
  const { t, i18n } = useTranslation('overdue');
  return { t, date: (v: string | null | undefined) => formatDate(v, i18n.language), time: (v: string | null | undefined) => formatDateTime(v, i18n.language) };
}

/** The summary every domain shows, in the same order. */
function Summary(props: { state: string; due: string; days: number | null; warning: ReactNode; responsible: string; applicant: string; received: string }) {
  const { t } = useTranslation('overdue');
  return (
    <Facts
      items={[
        [t('drawer.fields.state'), props.state],
        [t('drawer.fields.due'), props.due],
        [t('drawer.fields.days'), <DaysOverdue key="d" days={props.days} />],
        [t('drawer.fields.warning'), props.warning],
        [t('drawer.fields.responsible'), props.responsible],
        [t('drawer.fields.applicant'), props.applicant],
        [t('drawer.fields.received'), props.received],
      ]}
    />
  );
}

interface TimelineEvent {
  key: Key;
  label: string;
  /** The machine-readable moment, and as shown. */
  at: string;
  shown: string;
  actorName: string;
  note: string;
}

function TimelineSection({ events }: { events: TimelineEvent[] }) {
  const { t } = useTranslation('overdue');
  return (
    <ListSection
      id="timeline"
      title={t('drawer.timeline')}
      items={events}
      itemKey={(e) => e.key}
      timeline
      render={(e) => (
        <>
          <strong>{e.label}</strong> <time dateTime={e.at}>{e.shown}</time> · {e.actorName}
          <div className="muted">{e.note}</div>
        </>
      )}
    />
  );
}

/** The approvals' and the complaints' timelines: numbered events at a time of day. */
function timedEvents(timeline: CaseDetail['timeline'], time: (v: string) => string): TimelineEvent[] {
  return timeline.map((e) => ({ key: e.seq, label: e.label, at: e.at, shown: time(e.at), actorName: e.actorName, note: e.summary }));
}

interface ClockStop {
  key: Key;
  reasonLabel: string;
  from: string;
  /** Null while the clock is still stopped. */
  to: string | null;
  note: string | null;
}

function ClockStopsSection({ stops }: { stops: ClockStop[] }) {
  const { t } = useTranslation('overdue');
  return (
    <ListSection
      id="clock-stops"
      title={t('drawer.clockStops')}
      items={stops}
      itemKey={(s) => s.key}
      render={(s) => (
        <>
          {s.reasonLabel}：{t('drawer.stopPeriod', { from: s.from, to: s.to ?? t('drawer.ongoing') })}
          {s.note && <div className="muted">{s.note}</div>}
        </>
      )}
    />
  );
}

function WarningsSection({ warnings }: { warnings: ComplaintDetail['warnings'] }) {
  const { t, time } = useFormats();
  return (
    <ListSection
      id="warnings"
      title={t('drawer.warnings')}
      items={warnings}
      itemKey={(w) => w.id}
      render={(w) => (
        <>
          <WarningBadge level={w.level} /> {time(w.raisedAt)} {w.reason}
        </>
      )}
    />
  );
}

function CaseSections({ item }: { item: CaseDetail }) {
  const { t, date, time } = useFormats();
  return (
    <>
      <Summary
        state={item.stateLabel}
        due={date(item.dueOn)}
        days={item.overdueDays}
        warning={<WarningBadge level={item.warningLevel} />}
        responsible={item.handlingDepartment?.name ?? item.currentUnit.name}
        applicant={[item.applicantName, item.applicantPhone].filter(Boolean).join(' ')}
        received={`${time(item.receivedAt)} / ${time(item.acceptedAt)}`}
      />
      <TimelineSection events={timedEvents(item.timeline, time)} />
      <ClockStopsSection stops={item.clockStops.map((s) => ({ key: s.startedAt, reasonLabel: s.reasonLabel, from: time(s.startedAt), to: s.endedAt ? time(s.endedAt) : null, note: s.note }))} />
      <ListSection
        id="handoffs"
        title={t('drawer.handoffs')}
        items={item.handoffs}
        itemKey={(h) => h.at}
        render={(h) => (
          <>
            {time(h.at)} {t('drawer.handoff', { from: h.fromUnit.name, to: h.toDepartment?.name ?? h.toUnit.name })} · {h.actorName}
            {h.note && <div className="muted">{h.note}</div>}
          </>
        )}
      />
      <ListSection
        id="sub-tasks"
        title={t('drawer.subTasks')}
        items={item.subTasks}
        itemKey={(s) => s.department.name}
        render={(s) => (
          <>
            {s.department.name} · {t(`drawer.subTaskState.${s.state}`, { defaultValue: s.state })} · {t('drawer.subTaskDue', { due: date(s.dueOn) })}
            {s.decidedAt && ` · ${time(s.decidedAt)}`}
          </>
        )}
      />
      <WarningsSection warnings={item.warnings} />
    </>
  );
}

function ComplaintSections({ item }: { item: ComplaintDetail }) {
  const { t, time } = useFormats();
  return (
    <>
      <Summary
        state={item.stateLabel}
        due={time(item.promisedReplyAt)}
        days={item.overdueDays}
        warning={<WarningBadge level={item.warningLevel} />}
        responsible={item.assignee?.name ?? DASH}
        applicant={item.contact ? [item.contact.name, item.contact.phone].filter(Boolean).join(' ') || DASH : DASH}
        received={time(item.receivedAt)}
      />
      <TimelineSection events={timedEvents(item.timeline, time)} />
      <ListSection
        id="dispatches"
        title={t('drawer.dispatches')}
        items={item.dispatches}
        itemKey={(d) => d.seq}
        render={(d) => (
          <>
            {time(d.dispatchedAt)} {t('drawer.dispatch', { assignee: d.assignee.name })}
            {d.signedAt && ` · ${t('drawer.signed', { at: time(d.signedAt) })}`}
            {d.returnedAt && <div className="muted">{t('drawer.returned', { at: time(d.returnedAt), reason: d.returnReason ?? '' })}</div>}
          </>
        )}
      />
      <ListSection
        id="escalations"
        title={t('drawer.escalations')}
        items={item.escalations}
        itemKey={(e) => e.at}
        render={(e) => (
          <>
            {time(e.at)} · {e.byName} · {t('drawer.escalationDue', { due: time(e.replyDueAt) })}
            <div className="muted">{e.note}</div>
          </>
        )}
      />
      <WarningsSection warnings={item.warnings} />
    </>
  );
}

function DisclosureSections({ item }: { item: DisclosureDetail }) {
  const { t, date } = useFormats();
  const applicant = [item.organizationName, item.applicantName, item.applicantPhone].filter(Boolean).join(' ');
  return (
    <>
      <Summary
        state={item.stateLabel}
        due={date(item.dueOn)}
        days={item.overdueDays}
        warning={
          <span>
            <WarningBadge level={item.warning.level} />
            {item.warning.overdueWorkingDays > 0 && ` ${t('drawer.overdueWorkingDays', { count: item.warning.overdueWorkingDays })}`}
            {item.warning.shouldEscalate && <span className="badge red should-escalate">{t('drawer.shouldEscalate')}</span>}
          </span>
        }
        responsible={item.department?.name ?? item.government?.name ?? DASH}
        applicant={applicant || DASH}
        received={date(item.receivedOn)}
      />
      <TimelineSection events={item.timeline.map((e, i) => ({ key: i, label: e.label, at: e.on, shown: date(e.on), actorName: e.actorName, note: e.detail }))} />
      <ClockStopsSection stops={item.clockStops.map((s) => ({ key: s.startedOn, reasonLabel: s.reasonLabel, from: date(s.startedOn), to: s.endedOn ? date(s.endedOn) : null, note: null }))} />
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
