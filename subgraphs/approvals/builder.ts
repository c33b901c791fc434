import type PrismaTypes from '../../prisma/generated/approvals/pothos-types';
import { getDatamodel } from '../../prisma/generated/approvals/pothos-types';
import { createBuilder } from '../shared/builder';
import type { ApprovalsDb } from './db';
import type { ApprovalsLoaders } from './loaders';
import type { ApprovalsServices } from './services';

export const builder = createBuilder<PrismaTypes, ApprovalsDb, ApprovalsLoaders, ApprovalsServices>({ dmmf: getDatamodel() });
