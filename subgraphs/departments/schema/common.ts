// Types every payload and KPI uses.
import type { UserError } from '../../shared/errors';
import type { Rate } from '../domain/station-kpis';
import { builder } from '../builder';

export const UserErrorRef = builder.objectRef<UserError>('UserError').implement({
  description: '输入错误 — a broken rule in mutation input; nothing was written',
  shareable: true,
  fields: (t) => ({
    field: t.exposeString('field', { description: '出错的输入字段 — the input field at fault, e.g. "code"' }),
    rule: t.exposeString('rule', { description: '违反的规则代码 — stable rule identifier, e.g. CODE_LENGTH_MATCHES_TIER' }),
    message: t.exposeString('message', { description: '中文说明 — explanation in Chinese' }),
    messageEn: t.exposeString('messageEn', { description: '英文说明 — explanation in English' }),
  }),
});

export const KpiRateRef = builder.objectRef<Rate>('KpiRate').implement({
  description: '指标比率 — a rate with its counts and target (always show the count beside the rate)',
  shareable: true,
  fields: (t) => ({
    numerator: t.exposeInt('numerator', { description: '分子 — counted units' }),
    denominator: t.exposeInt('denominator', { description: '分母 — units the rate is taken over' }),
    value: t.exposeFloat('value', { nullable: true, description: '比率 (0–1) — the rate; null when the denominator is 0' }),
    target: t.exposeFloat('target', { description: '目标值 (0–1) — the county’s target' }),
    meetsTarget: t.exposeBoolean('meetsTarget', { nullable: true, description: '是否达标 — whether the rate meets the target; null without data' }),
  }),
});

/** Other systems retry writes safely with an idempotency key (幂等键). */
export const IDEMPOTENCY_KEY_DESCRIPTION =
  '幂等键 — optional key; a retry with the same key and input returns the first result instead of writing again';
