// Importing each module registers its types on the builder; order does not matter.
import { builder } from '../builder';
import './enums';
import './common';
import './org-unit';
import './department';
import './service-centre';
import './service-item';
import './queries';
import './mutations/org-unit';
import './mutations/department';
import './mutations/service-centre';
import './mutations/service-item';
import { FEDERATION_DIRECTIVES, FEDERATION_LINK } from '../../shared/federation';
import { describeGeneratedFields } from '../../shared/describe-generated';

export const departmentsSchema = describeGeneratedFields(
  builder.toSubGraphSchema({ linkUrl: FEDERATION_LINK, federationDirectives: FEDERATION_DIRECTIVES }),
);
