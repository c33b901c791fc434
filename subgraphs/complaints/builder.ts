import type PrismaTypes from '../../prisma/generated/complaints/pothos-types';
import { getDatamodel } from '../../prisma/generated/complaints/pothos-types';
import { createBuilder } from '../shared/builder';
import type { ComplaintsDb } from './db';
import type { ComplaintsLoaders } from './loaders';
import type { ComplaintsServices } from './services';

export const builder = createBuilder<PrismaTypes, ComplaintsDb, ComplaintsLoaders, ComplaintsServices>({ dmmf: getDatamodel() });
