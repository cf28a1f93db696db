import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

import type { Context } from '../context.js';
import { ErrorCode } from '../errors/ErrorCode.js';

/**
 * Refuses an operation text longer than `maxChars` characters with
 * BAD_REQUEST (HTTP 400) before it is parsed, so neither parsing nor the
 * document cache ever holds a long one (spaces and comments included).
 */
export function operationSizePlugin(maxChars: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveSource({ source }) {
          if (source.length > maxChars) {
            throw new GraphQLError(
              `The operation is ${source.length} characters long; this server accepts at most ${maxChars} (BFF_MAX_OPERATION_CHARS).`,
              { extensions: { code: ErrorCode.BAD_REQUEST, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
