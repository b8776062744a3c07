import {
  getArgumentValues, getNamedType, getVariableValues, isCompositeType, isLeafType, isObjectType, isInterfaceType, Kind,
  type DocumentNode, type FieldNode, type FragmentDefinitionNode, type GraphQLCompositeType, type GraphQLField, type GraphQLSchema,
  type OperationDefinitionNode, type SelectionSetNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE } from '../kit/graphql/pagination.js';

/**
 * What an operation may make Kepu fetch. Every field that returns an object costs 1, and a field
 * with a `first` argument multiplies what is under it by `first` (or the default page size), so
 * `venues(first: 20) { edges { node { programmes(first: 5) { … } } } }` costs about 20 × 5 × its
 * fields. Scalar fields are free; the cost of an operation is at least 1.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown> | undefined,
): number {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  const walk: Walk = {
    schema,
    variables: coerced.coerced ?? {},
    fragments: new Map(document.definitions.filter(isFragment).map((fragment) => [fragment.name.value, fragment])),
  };
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  return Math.max(1, root ? selectionCost(walk, root, operation.selectionSet, new Set()) : 1);
}

interface Walk {
  schema: GraphQLSchema;
  variables: Record<string, unknown>;
  fragments: Map<string, FragmentDefinitionNode>;
}

function selectionCost(walk: Walk, parent: GraphQLCompositeType, selectionSet: SelectionSetNode, spreading: Set<string>): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      cost += fieldCost(walk, parent, selection, spreading);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      cost += selectionCost(walk, typeNamed(walk, selection.typeCondition?.name.value) ?? parent, selection.selectionSet, spreading);
    } else {
      const fragment = walk.fragments.get(selection.name.value);
      if (!fragment || spreading.has(fragment.name.value)) continue;
      const inner = new Set(spreading).add(fragment.name.value);
      cost += selectionCost(walk, typeNamed(walk, fragment.typeCondition.name.value) ?? parent, fragment.selectionSet, inner);
    }
  }
  return cost;
}

function fieldCost(walk: Walk, parent: GraphQLCompositeType, field: FieldNode, spreading: Set<string>): number {
  if (!field.selectionSet || !(isObjectType(parent) || isInterfaceType(parent))) return 0;
  const definition = parent.getFields()[field.name.value];
  if (!definition) return 0;
  const type = getNamedType(definition.type);
  if (isLeafType(type) || !isCompositeType(type)) return 0;
  return 1 + listSize(definition, field, walk) * selectionCost(walk, type, field.selectionSet, spreading);
}

function listSize(definition: GraphQLField<unknown, unknown>, field: FieldNode, walk: Walk): number {
  if (!definition.args.some((argument) => argument.name === 'first')) return 1;
  try {
    const first = getArgumentValues(definition, field, walk.variables).first;
    return typeof first === 'number' ? Math.max(0, first) : DEFAULT_PAGE_SIZE;
  } catch {
    return 1;
  }
}

function typeNamed(walk: Walk, name: string | undefined): GraphQLCompositeType | undefined {
  const type = name ? walk.schema.getType(name) : undefined;
  return type && isCompositeType(type) ? type : undefined;
}

function isFragment(definition: DocumentNode['definitions'][number]): definition is FragmentDefinitionNode {
  return definition.kind === Kind.FRAGMENT_DEFINITION;
}
