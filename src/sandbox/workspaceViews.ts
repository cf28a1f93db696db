import { deterministicUuid } from './ids.js';
import type { ObjectMetadata, ViewMetadata } from './types.js';

/**
 * Returns the views a workspace with `objects` has, as Twenty seeds them
 * (contract §1.4): an INDEX table "All <labelPlural>" for every object that
 * is not a system object, custom objects included, and the opportunities'
 * "By Stage" kanban grouped by `stage`. Derived from the objects, so a
 * deleted object takes its views with it; ids are deterministic. Never throws.
 */
export function viewsOf(objects: readonly ObjectMetadata[]): ViewMetadata[] {
  return objects
    .filter((object) => !object.isSystem)
    .flatMap((object) => {
      const views = [indexView(object)];
      const stage = object.nameSingular === 'opportunity' && !object.isCustom ? object.fields.find((field) => field.name === 'stage') : undefined;
      if (stage !== undefined) {
        views.push({
          ...indexView(object),
          id: deterministicUuid('twenty-sandbox', 'view', object.id, 'by-stage'),
          name: 'By Stage',
          type: 'KANBAN',
          key: null,
          icon: 'IconLayoutKanban',
          position: 1,
          mainGroupByFieldMetadataId: stage.id,
        });
      }
      return views;
    });
}

function indexView(object: ObjectMetadata): ViewMetadata {
  // Standard views exist from the workspace's creation; a custom object's from its own.
  const createdAt = object.createdAt;
  return {
    id: deterministicUuid('twenty-sandbox', 'view', object.id, 'index'),
    name: `All ${object.labelPlural}`,
    objectMetadataId: object.id,
    type: 'TABLE',
    key: 'INDEX',
    icon: 'IconList',
    position: 0,
    isCompact: false,
    isCustom: object.isCustom,
    openRecordIn: 'SIDE_PANEL',
    kanbanAggregateOperation: null,
    kanbanAggregateOperationFieldMetadataId: null,
    mainGroupByFieldMetadataId: null,
    shouldHideEmptyGroups: false,
    calendarLayout: null,
    calendarFieldMetadataId: null,
    anyFieldFilterValue: null,
    visibility: 'WORKSPACE',
    createdAt,
    updatedAt: createdAt,
    deletedAt: null,
  };
}
