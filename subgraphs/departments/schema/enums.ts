import { builder } from '../builder';
import { TIERS, type Tier } from '../domain/org-tree';
import { CENTRE_LEVELS, DEPARTMENT_CATEGORIES, ITEM_KINDS } from '../domain/service-rules';

import { describeValues as describe } from '../../shared/value-types';

export const OrgTierEnum = builder.enumType('OrgTier', {
  description: '层级 — tier of an administrative unit in the county tree',
  values: describe<Tier>(TIERS, {
    CITY: '市 — prefecture-level city (optional root above the county)',
    COUNTY: '县/区 — county or district',
    TOWNSHIP: '乡镇/街道 — township, town or sub-district',
    VILLAGE: '村/社区 — village or residents’ community',
  }),
});

export const CentreLevelEnum = builder.enumType('CentreLevel', {
  description: '服务中心层级 — level of a service centre',
  values: describe(CENTRE_LEVELS, {
    COUNTY_CENTRE: '政务服务中心 — county government service centre',
    TOWNSHIP_CENTRE: '便民服务中心 — township convenience service centre',
    VILLAGE_POINT: '代办点/便民服务站 — village agency point',
  }),
});

export const DepartmentCategoryEnum = builder.enumType('DepartmentCategory', {
  description: '部门类别 — kind of department or unit',
  values: describe(DEPARTMENT_CATEGORIES, {
    GOVERNMENT: '政府工作部门 — government department',
    DIRECT: '直属机构/事业单位 — directly affiliated institution',
    VERTICAL: '垂直管理部门 — vertically managed agency (tax, meteorology ...)',
    PUBLIC_SERVICE: '公共服务企事业单位 — public utility (power, water ...)',
  }),
});

export const ItemKindEnum = builder.enumType('ServiceItemKind', {
  description: '事项类型 — how an item is settled',
  values: describe(ITEM_KINDS, {
    IMMEDIATE: '即办件 — settled on the spot, the same day',
    PROMISED: '承诺件 — settled within the promised number of working days',
  }),
});

export const WindowKindEnum = builder.enumType('ServiceWindowKind', {
  description: '窗口类型 — kind of service window',
  values: {
    COMPREHENSIVE: { value: 'COMPREHENSIVE', description: '综合窗口 — comprehensive window taking any item (一窗受理)' },
    DEPARTMENT: { value: 'DEPARTMENT', description: '部门专窗 — window of one department' },
  },
});
