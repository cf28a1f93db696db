import { type ConstDirectiveNode, Kind, parse } from 'graphql';

import type { SearchTarget } from '../translate/compileSearch.js';
import { SEARCH_OBJECT_PRIORITY } from '../translate/rankSearchHits.js';
import type { ObjectRegistry } from './objectRegistry.js';

/**
 * The objects `search` covers, read from the `@searchable` directives of
 * `typeDefs`, in Twenty's priority order (person, company, opportunity, note,
 * task) then by name. Throws when a directive does not fit its type: not a
 * listed object, a path its filter input lacks (a schema bug, caught at boot).
 */
export function readSearchTargets(typeDefs: readonly string[], registry: ObjectRegistry): SearchTarget[] {
  const byTypeName = new Map([...registry.values()].map((descriptor) => [descriptor.typeName, descriptor]));
  const targets: SearchTarget[] = [];
  for (const document of typeDefs.map((text) => parse(text))) {
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) {
        continue;
      }
      const directive = definition.directives?.find((candidate) => candidate.name.value === 'searchable');
      if (directive === undefined) {
        continue;
      }
      const typeName = definition.name.value;
      const descriptor = byTypeName.get(typeName);
      if (descriptor === undefined) {
        throw new Error(`${typeName}: @searchable needs a type listed by a Query connection field.`);
      }
      const label = stringList(directive, 'label', typeName);
      const fields = stringList(directive, 'fields', typeName);
      for (const path of fields) {
        const [field = '', subField] = path.split('.');
        const spec = descriptor.filterFields[field];
        const kind = spec === undefined ? undefined : spec.kind === 'composite' ? (subField === undefined ? undefined : spec.subFields[subField]) : subField === undefined ? spec.kind : undefined;
        if (kind !== 'text') {
          throw new Error(`${typeName}: @searchable field ${path} is not a text field of ${typeName}Filter.`);
        }
      }
      if (label.length === 0 || !label.every((path) => fields.includes(path))) {
        throw new Error(`${typeName}: @searchable needs a label whose paths are all in fields.`);
      }
      targets.push({
        objectName: descriptor.singular,
        typeName,
        plural: descriptor.plural,
        labelPaths: label.map((path) => path.split('.')),
        fieldPaths: fields.map((path) => path.split('.')),
        filterFields: descriptor.filterFields,
        orderFields: descriptor.orderFields,
      });
    }
  }
  return targets.sort((a, b) => (SEARCH_OBJECT_PRIORITY[b.objectName] ?? 0) - (SEARCH_OBJECT_PRIORITY[a.objectName] ?? 0) || (a.objectName < b.objectName ? -1 : a.objectName > b.objectName ? 1 : 0));
}

function stringList(directive: ConstDirectiveNode, name: string, typeName: string): string[] {
  const argument = directive.arguments?.find((candidate) => candidate.name.value === name);
  const value = argument?.value;
  if (value?.kind !== Kind.LIST || !value.values.every((item) => item.kind === Kind.STRING)) {
    throw new Error(`${typeName}: @searchable(${name}) must be a list of strings.`);
  }
  return value.values.map((item) => (item.kind === Kind.STRING ? item.value : ''));
}
