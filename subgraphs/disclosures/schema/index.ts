// Importing each module registers its types on the builder; order does not matter.
import { builder } from '../builder';
import './enums';
import './entities';
import './records';
import './report';
import './queries';
import './mutations';
import { FEDERATION_DIRECTIVES, FEDERATION_LINK } from '../../shared/federation';
import { describeGeneratedFields } from '../../shared/describe-generated';

export const disclosuresSchema = describeGeneratedFields(
  builder.toSubGraphSchema({ linkUrl: FEDERATION_LINK, federationDirectives: FEDERATION_DIRECTIVES }),
);
