// Approval cases for integration tests, written through the gateway like any feeding system:
// a small spec per case becomes importCaseEvents input, and the test computes its expected
// figures from the same specs (independently of the subgraph's SQL).
import { parseLocalDate, type LocalDate } from '../../subgraphs/shared/calendar';
import { expectData, type TestHub } from './hub';
import { testCalendar } from './test-calendar';

/** The test hubs' calendar: the national data plus the provisional years of test-calendar.ts. */
export const calendar = testCalendar;

export interface Unit {
  id: string;
  name: string;
  path: string;
}

export interface Item {
  id: string;
  name: string;
  kind: 'IMMEDIATE' | 'PROMISED';
  promisedDays: number;
  department: { id: string };
}

export interface Catalogue {
  county: Unit;
  townships: Unit[];
  villagesOf(township: Unit): Unit[];
  promised: Item;
  immediate: Item;
  departments: { id: string; name: string }[];
}

export async function loadCatalogue(hub: TestHub): Promise<Catalogue> {
  const data = expectData(
    await hub.gql<{
      county: Unit;
      townships: { edges: { node: Unit }[] };
      villages: { edges: { node: Unit & { parent: { id: string } } }[] };
      items: { edges: { node: Item }[] };
      departments: { edges: { node: { id: string; name: string } }[] };
    }>(`{
      county: orgUnit(code: "430721") { id name path }
      townships: orgUnits(first: 100, filter: { tier: TOWNSHIP }) { edges { node { id name path } } }
      villages: orgUnits(first: 100, filter: { tier: VILLAGE }) { edges { node { id name path parent { id } } } }
      items: serviceItems(first: 100) { edges { node { id name kind promisedDays department { id } } } }
      departments: departments(first: 100) { edges { node { id name } } }
    }`),
  );
  const items = data.items.edges.map((e) => e.node);
  return {
    county: data.county,
    townships: data.townships.edges.map((e) => e.node),
    villagesOf: (t) => data.villages.edges.map((e) => e.node).filter((v) => v.parent.id === t.id),
    promised: items.find((i) => i.kind === 'PROMISED' && i.promisedDays >= 5 && i.promisedDays <= 10)!,
    immediate: items.find((i) => i.kind === 'IMMEDIATE')!,
    departments: data.departments.edges.map((e) => e.node),
  };
}

/** 09:30 Beijing time on a local date. */
export const at = (day: LocalDate, time = '09:30') => new Date(`${day}T${time}:00+08:00`).toISOString();
export const workingDayAfter = (day: LocalDate, n: number) => calendar.addWorkingDays(day, n);
export const day = (s: string) => parseLocalDate(s);

export interface CaseSpec {
  ref: string;
  item: Item;
  /** Receiving unit; a village is received at its agency point and forwarded up. */
  unit: Unit;
  township?: Unit;
  county: Unit;
  receivedOn: LocalDate;
  /** Working days after acceptance the case is decided; null = still open. */
  decideAfter: number | null;
  refuse?: boolean;
  rating?: number;
  callback?: boolean;
  rectify?: boolean;
  applicant?: { kind: 'PERSON' | 'ORGANISATION'; name: string; phone: string; idNumber: string };
}

export const PERSON = { kind: 'PERSON' as const, name: '王小明', phone: '13907361234', idNumber: '11010519491231002X' };

/** The events of a spec, in order. */
export function specEvents(spec: CaseSpec): Record<string, unknown>[] {
  const events: Record<string, unknown>[] = [];
  const base = (type: string, when: string) => ({ caseRef: spec.ref, type, at: when, actorName: '测试经办人' });
  const village = spec.unit.path.split('/').filter(Boolean).pop()!.length === 12;
  events.push({
    ...base('RECEIVED', at(spec.receivedOn, '09:00')),
    serviceItemId: spec.item.id,
    unitId: spec.unit.id,
    channel: village ? 'AGENCY_POINT' : 'WINDOW',
    applicant: spec.applicant ?? PERSON,
  });
  if (village) events.push({ ...base('FORWARDED', at(spec.receivedOn, '09:10')), toUnitId: spec.township!.id });
  if (spec.unit.id !== spec.county.id) {
    events.push({ ...base('FORWARDED', at(spec.receivedOn, '09:20')), toUnitId: spec.county.id, departmentId: spec.item.department.id });
  }
  events.push(base('ACCEPTED', at(spec.receivedOn, '09:30')));
  if (spec.decideAfter === null) return events;
  const decidedOn = workingDayAfter(spec.receivedOn, spec.decideAfter);
  events.push(base(spec.refuse ? 'REFUSED' : 'APPROVED', at(decidedOn, '15:00')));
  if (spec.rating) {
    events.push({ ...base('RATED', at(decidedOn, '15:10')), level: spec.rating, ratingChannel: 'ON_SITE' });
    if (spec.callback) events.push({ ...base('CALLED_BACK', at(decidedOn, '16:00')), note: '已电话回访', reached: true });
    if (spec.rectify) events.push({ ...base('RECTIFICATION_PLANNED', at(decidedOn, '16:30')), mode: 'IMMEDIATE', measures: '当场说明并改进' });
  }
  return events;
}

export async function importSpecs(hub: TestHub, specs: CaseSpec[], key: string) {
  const batch = specs.flatMap(specEvents).sort((a, b) => String(a.at).localeCompare(String(b.at)));
  const result = expectData(
    await hub.gql<{ importCaseEvents: { casesCreated: number; eventsAppended: number; caseIds: string[]; userErrors: { field: string; rule: string }[] } }>(
      `mutation($batch: [CaseEventImportInput!]!, $key: String!) {
        importCaseEvents(batch: $batch, idempotencyKey: $key) { casesCreated eventsAppended caseIds userErrors { field rule message } }
      }`,
      { batch, key },
      { apiKey: hub.systemApiKey },
    ),
  );
  if (result.importCaseEvents.userErrors.length > 0) throw new Error(`import refused: ${JSON.stringify(result.importCaseEvents.userErrors)}`);
  return result.importCaseEvents;
}
