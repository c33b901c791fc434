// Every namespace's messages, by language. Each feature keeps its own file under messages/.
import common from './messages/common';
import overview from './messages/overview';
import overdue from './messages/overdue';
import inspections from './messages/inspections';
import report from './messages/report';
import explorer from './messages/explorer';

const namespaces = { common, overview, overdue, inspections, report, explorer } as const;
export const NAMESPACES = Object.keys(namespaces) as (keyof typeof namespaces)[];

export const resources = {
  'zh-CN': Object.fromEntries(Object.entries(namespaces).map(([ns, m]) => [ns, m.zh])),
  en: Object.fromEntries(Object.entries(namespaces).map(([ns, m]) => [ns, m.en])),
};
