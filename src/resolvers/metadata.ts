import { GraphQLError } from 'graphql';

import type { Resolvers } from '../__generated__/resolvers.js';
import type { ArgumentCheck } from './argumentChecks.js';

/** The pre-execution checks of the metadata queries' arguments. */
export function metadataArgumentChecks(): Map<string, ArgumentCheck> {
  return new Map([['Query.object', (args) => checkObjectArgs(args)]]);
}

function checkObjectArgs(args: { id?: unknown; nameSingular?: unknown }): void {
  if ((args.id == null) === (args.nameSingular == null)) {
    throw new GraphQLError('object: give exactly one of "id" and "nameSingular".', {
      extensions: { code: 'BAD_USER_INPUT', argumentPath: args.id == null ? 'id' : 'nameSingular' },
    });
  }
}

/** Resolvers of the workspace's metadata: objects, fields and saved views. */
export const metadataResolvers: Resolvers = {
  Query: {
    objects: async (_parent, args, { loaders }) => {
      const objects = await loaders.workspaceObjects();
      return objects.filter(
        (object) =>
          (args.isCustom == null || object.isCustom === args.isCustom) &&
          (args.isActive == null || object.isActive === args.isActive) &&
          (args.isSystem == null || object.isSystem === args.isSystem),
      );
    },
    object: async (_parent, args, { twenty, loaders }) => {
      checkObjectArgs(args);
      if (args.id != null) {
        return twenty.getObject(args.id);
      }
      const objects = await loaders.workspaceObjects();
      return objects.find((object) => object.nameSingular === args.nameSingular) ?? null;
    },
    fields: async (_parent, { objectId }, { twenty }) => {
      if (objectId == null) {
        return twenty.listFields();
      }
      const object = await twenty.getObject(objectId);
      if (object === null) {
        // An empty list would read as an object without fields.
        throw new GraphQLError(`fields: no object has the id "${objectId}".`, {
          extensions: { code: 'NOT_FOUND', argumentPath: 'objectId' },
        });
      }
      return object.fields ?? [];
    },
    views: async (_parent, { objectId }, { twenty }) => {
      const views = await twenty.listViews();
      return views
        .filter((view) => objectId == null || view['objectMetadataId'] === objectId)
        .sort((one, other) => Number(one['position'] ?? 0) - Number(other['position'] ?? 0));
    },
  },
  View: {
    groupByFieldMetadataId: (view) => {
      const field = view['mainGroupByFieldMetadataId'] ?? view['kanbanFieldMetadataId'];
      return typeof field === 'string' ? field : null;
    },
  },
  ObjectMetadata: {
    fields: (object) => object.fields ?? [],
  },
};
