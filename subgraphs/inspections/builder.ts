import type PrismaTypes from '../../prisma/generated/inspections/pothos-types';
import { getDatamodel } from '../../prisma/generated/inspections/pothos-types';
import { createBuilder } from '../shared/builder';
import type { InspectionsDb } from './db';
import type { InspectionsLoaders } from './loaders';
import type { InspectionsServices } from './services';

export const builder = createBuilder<PrismaTypes, InspectionsDb, InspectionsLoaders, InspectionsServices>({ dmmf: getDatamodel() });
