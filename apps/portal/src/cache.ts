// The portal's Graphcache configuration (merged over @oryndau/client's defaults). A module-level constant:
// OryndauProvider builds a new client when it changes.
import type { OryndauProviderProps } from '@oryndau/ui';

export const portalCache: NonNullable<OryndauProviderProps['cache']> = {
  updates: {
    Mutation: {
      // A new application (accepted or refused at acceptance) heads "My applications" and may change the
      // home page's count: every cached `applications` list is fetched again.
      submitEnforcementApplication(_result, _args, cache) {
        for (const field of cache.inspectFields('Query')) {
          if (field.fieldName === 'applications') cache.invalidate('Query', field.fieldName, field.arguments ?? undefined);
        }
      },
    },
  },
};
