import { GraphQLError } from 'graphql';

import type { Resolvers } from '../__generated__/resolvers.js';

/** Resolvers of the workspace's metadata: objects and fields. */
export const metadataResolvers: Resolvers = {
  Query: {
    objects: async (_parent, args, { twenty }) => {
      const objects = await twenty.listObjects();
      return objects.filter(
        (object) =>
          (args.isCustom == null || object.isCustom === args.isCustom) &&
          (args.isActive == null || object.isActive === args.isActive) &&
          (args.isSystem == null || object.isSystem === args.isSystem),
      );
    },
    object: async (_parent, { id, nameSingular }, { twenty }) => {
      if ((id == null) === (nameSingular == null)) {
        throw new GraphQLError('object: give exactly one of "id" and "nameSingular".', {
          extensions: { code: 'BAD_USER_INPUT', argumentPath: id == null ? 'id' : 'nameSingular' },
        });
      }
      if (id != null) {
        return twenty.getObject(id);
      }
      const objects = await twenty.listObjects();
      return objects.find((object) => object.nameSingular === nameSingular) ?? null;
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
  },
  ObjectMetadata: {
    fields: (object) => object.fields ?? [],
  },
};
