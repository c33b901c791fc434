/** Federation spec version and the directives our subgraphs import (externalRef needs @extends). */
export const FEDERATION_LINK = 'https://specs.apollo.dev/federation/v2.6';
export const FEDERATION_DIRECTIVES = ['@key', '@external', '@extends', '@shareable', '@requires', '@provides'];
