// Demo users of the embedded hub, one per role, scoped to the demo county (安乡县).
import type { PersonClaims } from './auth';

export const DEMO_COUNTY_PATH = '/4307/430721/';
export const DEMO_TOWNSHIP_PATH = '/4307/430721/430721100/';

export const DEMO_USERS = {
  leader: { sub: 'demo-leader', name: '县政务公开领导小组（演示）', role: 'leader', scopePath: DEMO_COUNTY_PATH, orgUnitCode: '430721' },
  supervisor: { sub: 'demo-supervisor', name: '县纪委监委督查室（演示）', role: 'supervisor', scopePath: DEMO_COUNTY_PATH, orgUnitCode: '430721' },
  operator: { sub: 'demo-operator', name: '深柳镇便民服务中心窗口（演示）', role: 'operator', scopePath: DEMO_TOWNSHIP_PATH, orgUnitCode: '430721100' },
} as const satisfies Record<string, PersonClaims>;

export type DemoUser = keyof typeof DEMO_USERS;
