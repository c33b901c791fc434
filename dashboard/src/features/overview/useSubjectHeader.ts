// The unit (or department) in view with its breadcrumbs, shared by every page that shows one.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { getSession } from '../../api/session';
import type { Crumb } from '../../components/Breadcrumbs';
import { linkWith } from '../../lib/url-state';
import { departmentQuery, unitQuery } from './queries';
import type { Subject } from './subject';

export function useSubjectHeader(pathname: string, unitCode: string, deptCode: string | null, keep: Record<string, string | null>) {
  const { t } = useTranslation();
  const unit = useQuery(unitQuery(unitCode));
  const department = useQuery({ ...departmentQuery(deptCode ?? ''), enabled: !!deptCode });
  const scopePath = getSession()?.user.scopePath ?? '/';
  const crumbs: Crumb[] = [];
  if (unit.data) {
    const scopeCodes = scopePath.split('/').filter(Boolean);
    const scopeRoot = scopeCodes[scopeCodes.length - 1];
    // Units above the caller's scope root are context only: the API does not answer for them.
    let reachable = false;
    for (const a of unit.data.ancestors) {
      if (a.code === scopeRoot) reachable = true;
      crumbs.push({ label: a.name, to: reachable ? linkWith(pathname, { ...keep, unit: a.code }) : undefined });
    }
    crumbs.push({ label: unit.data.name, to: linkWith(pathname, { ...keep, unit: unit.data.code }) });
    if (deptCode && department.data) crumbs.push({ label: department.data.name });
  }
  const subject: Subject = deptCode ? { kind: 'department', code: deptCode } : { kind: 'unit', code: unitCode };
  const title = deptCode ? department.data?.name : unit.data ? `${unit.data.name}` : undefined;
  const tier = unit.data ? t(`tier.${unit.data.tier}`) : undefined;
  return { unit, department, crumbs, subject, title, tier };
}
