import type PrismaTypes from '../../prisma/generated/disclosures/pothos-types';
import { getDatamodel } from '../../prisma/generated/disclosures/pothos-types';
import { createBuilder } from '../shared/builder';
import type { DisclosuresDb } from './db';
import type { DisclosuresLoaders } from './loaders';
import type { DisclosuresServices } from './services';

export const builder = createBuilder<PrismaTypes, DisclosuresDb, DisclosuresLoaders, DisclosuresServices>({ dmmf: getDatamodel() });
