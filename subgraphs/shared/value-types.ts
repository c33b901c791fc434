// Value types every subgraph returns. Federation requires a type that several subgraphs define
// to be identical and @shareable, so they are defined once here and registered on each builder.
import type { SchemaTypes } from '@pothos/core';
import type { SubgraphSchemaTypes } from './builder';
import type { UserError } from './errors';
import { MAX_TREND_MONTHS, type Period } from './period';
import type { AgeingBucket, Rate } from './rate';

type AnySubgraphTypes = PothosSchemaTypes.ExtendDefaultTypes<SubgraphSchemaTypes<object, object, unknown, unknown>>;

/** Registers the shared types on a subgraph's builder (its type parameters do not matter here). */
export function registerValueTypes<Types extends SchemaTypes>(subgraphBuilder: PothosSchemaTypes.SchemaBuilder<Types>) {
  const builder = subgraphBuilder as unknown as PothosSchemaTypes.SchemaBuilder<AnySubgraphTypes>;
  const UserErrorRef = builder.objectRef<UserError>('UserError').implement({
    description: '输入错误 — a broken rule in mutation input; nothing was written',
    shareable: true,
    fields: (t) => ({
      field: t.exposeString('field', { description: '出错的输入字段 — the input field at fault, e.g. "code"' }),
      rule: t.exposeString('rule', { description: '违反的规则代码 — stable rule identifier, e.g. CODE_LENGTH_MATCHES_TIER' }),
      message: t.exposeString('message', { description: '中文说明 — explanation in Chinese' }),
      messageEn: t.exposeString('messageEn', { description: '英文说明 — explanation in English' }),
    }),
  });

  const KpiRateRef = builder.objectRef<Rate>('KpiRate').implement({
    description: '指标比率 — a rate with its counts and target (always show the count beside the rate)',
    shareable: true,
    fields: (t) => ({
      numerator: t.exposeInt('numerator', { description: '分子 — counted units' }),
      denominator: t.exposeInt('denominator', { description: '分母 — units the rate is taken over' }),
      value: t.exposeFloat('value', { nullable: true, description: '比率 (0–1) — the rate; null when the denominator is 0' }),
      target: t.exposeFloat('target', { description: '目标值 (0–1) — the county’s target: a floor, or a ceiling when lower is better' }),
      higherIsBetter: t.exposeBoolean('higherIsBetter', { description: '越高越好 — true for most rates; false for rates such as 退单率 whose target is a ceiling' }),
      meetsTarget: t.exposeBoolean('meetsTarget', { nullable: true, description: '是否达标 — whether the rate meets the target; null without data' }),
    }),
  });

  return { UserErrorRef, KpiRateRef };
}

/** Other systems retry writes safely with an idempotency key (幂等键). */
export const IDEMPOTENCY_KEY_DESCRIPTION =
  '幂等键 — optional key; a retry with the same key and input returns the first result instead of writing again';

/** Enum values with a description each (every enum value of the API is documented). */
export const describeValues = <V extends string>(values: readonly V[], text: Record<V, string>) =>
  Object.fromEntries(values.map((v) => [v, { value: v, description: text[v] }])) as Record<V, { value: V; description: string }>;

/** Enum values described by their bilingual labels, "中文 — English". */
export const describeLabelled = <V extends string>(values: readonly V[], labels: Readonly<Record<V, { zh: string; en: string }>>) =>
  describeValues(values, Object.fromEntries(values.map((v) => [v, `${labels[v].zh} — ${labels[v].en}`])) as Record<V, string>);

/**
 * The description of every domain's `…Trend(period)` field, so the dashboard reads one contract:
 * one stats object per month, each the same as the stats field for that month.
 */
export const trendDescription = (zh: string, en: string, statsField: string) =>
  `${zh}月度趋势 — ${en} per calendar month the period touches, oldest first, each month clipped to the period and none after today; each equals ${statsField} for that month. At most ${MAX_TREND_MONTHS} months; null outside your scope`;

export const TREND_PERIOD_DESCRIPTION = `统计期间（最多 ${MAX_TREND_MONTHS} 个月） — the period, touching at most ${MAX_TREND_MONTHS} calendar months`;

/** 统计期间 and the types every domain's `…Stats(period)` shares. */
export function registerPeriodTypes<Types extends SchemaTypes>(subgraphBuilder: PothosSchemaTypes.SchemaBuilder<Types>) {
  const builder = subgraphBuilder as unknown as PothosSchemaTypes.SchemaBuilder<AnySubgraphTypes>;
  const PeriodInputRef = builder.inputType('PeriodInput', {
    description: '统计期间 — either from and to, or a year with an optional quarter or month',
    fields: (t) => ({
      from: t.field({ type: 'LocalDate', required: false, description: '开始日期 — first day (with to)' }),
      to: t.field({ type: 'LocalDate', required: false, description: '结束日期 — last day, inclusive (with from)' }),
      year: t.int({ required: false, description: '年份 — calendar year, e.g. 2025' }),
      quarter: t.int({ required: false, description: '季度 — 1–4 (with year)' }),
      month: t.int({ required: false, description: '月份 — 1–12 (with year)' }),
    }),
  });
  const PeriodRef = builder.objectRef<Period>('StatsPeriod').implement({
    description: '统计期间 — the period figures were computed for',
    shareable: true,
    fields: (t) => ({
      from: t.field({ type: 'LocalDate', description: '开始日期 — first day', resolve: (p) => p.from }),
      to: t.field({ type: 'LocalDate', description: '结束日期 — last day, inclusive', resolve: (p) => p.to }),
      asOf: t.field({ type: 'LocalDate', description: '截止日 — snapshot day for open and overdue figures (the last day, or today)', resolve: (p) => p.asOf }),
      label: t.exposeString('label', { description: '名称 — e.g. 2025年第3季度' }),
    }),
  });
  const AgeingBucketRef = builder.objectRef<AgeingBucket>('AgeingBucket').implement({
    description: '超期账龄 — overdue items by working days past due',
    shareable: true,
    fields: (t) => ({
      label: t.exposeString('label', { description: '区间 — e.g. 1–5 个工作日' }),
      minDays: t.exposeInt('minDays', { description: '下限 — at least this many working days overdue' }),
      maxDays: t.exposeInt('maxDays', { nullable: true, description: '上限 — at most this many; null for the open-ended bucket' }),
      count: t.exposeInt('count', { description: '件数 — items in the bucket' }),
    }),
  });
  return { PeriodInputRef, PeriodRef, AgeingBucketRef };
}

export const WARNING_LEVELS = ['NONE', 'YELLOW', 'RED'] as const;
export type WarningLevelValue = (typeof WARNING_LEVELS)[number];

/** 预警等级: one enum for every domain's cards, so the dashboard filters all of them alike. */
export function registerWarningLevel<Types extends SchemaTypes>(subgraphBuilder: PothosSchemaTypes.SchemaBuilder<Types>) {
  const builder = subgraphBuilder as unknown as PothosSchemaTypes.SchemaBuilder<AnySubgraphTypes>;
  return builder.enumType('WarningLevel', {
    description: '预警等级 — 电子监察 card',
    values: describeValues(WARNING_LEVELS, {
      NONE: '无 — no warning',
      YELLOW: '黄牌 — due soon',
      RED: '红牌 — overdue (or a stage or sign-off over its limit)',
    }),
  });
}
