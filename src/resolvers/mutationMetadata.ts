import type { MutationResolvers } from '../__generated__/resolvers.js';
import type { Context } from '../context.js';
import { compileFieldInputOrThrow, compileObjectInputOrThrow, type RecordInput } from '../translate/recordInput.js';
import type { TwentyFieldMetadata } from '../twenty/types.js';

/**
 * Returns the fields of the object whose REST plural is `plural`, as the
 * workspace defines them now (an empty list when it has no such object).
 * Select options and custom fields are workspace-editable, so writes check
 * them against the metadata as it is now, read at most once per request.
 */
export async function workspaceFieldsOf(context: Context, plural: string): Promise<TwentyFieldMetadata[]> {
  const objects = await context.loaders.workspaceObjects();
  return objects.find((candidate) => candidate.namePlural === plural)?.fields ?? [];
}

/** The pure checks of the metadata mutations' inputs, by field name; their resolvers start with them. */
export const metadataMutationCompilers = {
  createObject: (args) => compileObjectInputOrThrow(args['data'] as RecordInput, 'create', ['data']),
  updateObject: (args) => compileObjectInputOrThrow(args['data'] as RecordInput, 'update', ['data']),
  createField: (args) => compileFieldInputOrThrow(args['data'] as RecordInput, 'create', ['data']),
  updateField: (args) => compileFieldInputOrThrow(args['data'] as RecordInput, 'update', ['data']),
} satisfies Record<string, (args: Record<string, unknown>) => Record<string, unknown>>;

/**
 * Resolvers of the metadata mutations: custom objects and custom fields.
 * Each one, answered or not (a failed write may still have applied), makes
 * the workspace's next operation read its data model again.
 */
export const metadataMutationResolvers: MutationResolvers = {
  createObject: (_parent, args, context) => changingDataModel(context, () => context.twenty.createObject(metadataMutationCompilers.createObject(args))),
  updateObject: (_parent, args, context) =>
    changingDataModel(context, () => context.twenty.updateObject(args.id, metadataMutationCompilers.updateObject(args))),
  deleteObject: (_parent, { id }, context) =>
    changingDataModel(context, async () => {
      await context.twenty.deleteObject(id);
      return { id };
    }),
  createField: (_parent, args, context) => changingDataModel(context, () => context.twenty.createField(metadataMutationCompilers.createField(args))),
  updateField: (_parent, args, context) =>
    changingDataModel(context, () => context.twenty.updateField(args.id, metadataMutationCompilers.updateField(args))),
  deleteField: (_parent, { id }, context) =>
    changingDataModel(context, async () => {
      await context.twenty.deleteField(id);
      return { id };
    }),
};

async function changingDataModel<T>(context: Context, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } finally {
    context.dataModelChanged();
  }
}
