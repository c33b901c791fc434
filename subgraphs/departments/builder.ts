import type PrismaTypes from '../../prisma/generated/departments/pothos-types';
import { getDatamodel } from '../../prisma/generated/departments/pothos-types';
import { createBuilder } from '../shared/builder';
import type { DepartmentsDb } from './db';
import type { DepartmentsLoaders } from './loaders';

export const builder = createBuilder<PrismaTypes, DepartmentsDb, DepartmentsLoaders>({ dmmf: getDatamodel() });
