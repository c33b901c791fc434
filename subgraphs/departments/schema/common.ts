// Types every payload and KPI uses (shared with the other subgraphs: ../../shared/value-types.ts).
import { registerValueTypes } from '../../shared/value-types';
import { builder } from '../builder';

export const { UserErrorRef, KpiRateRef } = registerValueTypes(builder);
export { IDEMPOTENCY_KEY_DESCRIPTION } from '../../shared/value-types';
