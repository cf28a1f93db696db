import type { MutationResolvers } from '../__generated__/resolvers.js';
import type { Context } from '../context.js';
import { compileFieldInputOrThrow, compileObjectInputOrThrow, type RecordInput } from '../translate/recordInput.js';
import type { TwentyFieldMetadata, TwentyObjectMetadata } from '../twenty/types.js';

// Select options and custom fields are workspace-editable, so writes check
// them against the metadata as it is now: listed once per operation (one
// request for up to a page cap of objects, fields inline, contract §1.4, §2.2)
// and forgotten after any metadata write, so a field created a moment ago is
// usable at once, without a restart.
const workspaceObjects = new WeakMap<Context, Promise<TwentyObjectMetadata[]>>();

/**
 * Returns the fields of the object whose REST plural is `plural`, as the
 * workspace defines them now (an empty list when it has no such object).
 * Reads the metadata at most once per operation.
 */
export async function workspaceFieldsOf(context: Context, plural: string): Promise<TwentyFieldMetadata[]> {
  let objects = workspaceObjects.get(context);
  if (objects === undefined) {
    objects = context.twenty.listObjects();
    workspaceObjects.set(context, objects);
  }
  try {
    const object = (await objects).find((candidate) => candidate.namePlural === plural);
    return object?.fields ?? [];
  } catch (error) {
    workspaceObjects.delete(context);
    throw error;
  }
}

/** The pure checks of the metadata mutations' inputs, by field name; their resolvers start with them. */
export const metadataMutationCompilers = {
  createObject: (args) => compileObjectInputOrThrow(args['data'] as RecordInput, 'create', ['data']),
  updateObject: (args) => compileObjectInputOrThrow(args['data'] as RecordInput, 'update', ['data']),
  createField: (args) => compileFieldInputOrThrow(args['data'] as RecordInput, 'create', ['data']),
  updateField: (args) => compileFieldInputOrThrow(args['data'] as RecordInput, 'update', ['data']),
} satisfies Record<string, (args: Record<string, unknown>) => Record<string, unknown>>;

/** Resolvers of the metadata mutations: custom objects and custom fields. */
export const metadataMutationResolvers: MutationResolvers = {
  createObject: (_parent, args, context) =>
    changeMetadata(context, () => context.twenty.createObject(metadataMutationCompilers.createObject(args))),
  updateObject: (_parent, args, context) =>
    changeMetadata(context, () => context.twenty.updateObject(args.id, metadataMutationCompilers.updateObject(args))),
  deleteObject: (_parent, { id }, context) =>
    changeMetadata(context, async () => {
      await context.twenty.deleteObject(id);
      return { id };
    }),
  createField: (_parent, args, context) =>
    changeMetadata(context, () => context.twenty.createField(metadataMutationCompilers.createField(args))),
  updateField: (_parent, args, context) =>
    changeMetadata(context, () => context.twenty.updateField(args.id, metadataMutationCompilers.updateField(args))),
  deleteField: (_parent, { id }, context) =>
    changeMetadata(context, async () => {
      await context.twenty.deleteField(id);
      return { id };
    }),
};

// Forgotten even when the write failed: a timed-out write may have happened.
async function changeMetadata<T>(context: Context, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } finally {
    workspaceObjects.delete(context);
  }
}
