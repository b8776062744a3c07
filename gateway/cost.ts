import {
  getArgumentValues, getNamedType, getVariableValues, isCompositeType, isLeafType, isObjectType, isInterfaceType, Kind,
  type DocumentNode, type FieldNode, type FragmentDefinitionNode, type GraphQLCompositeType, type GraphQLField, type GraphQLSchema,
  type OperationDefinitionNode, type SelectionSetNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE } from '../kit/graphql/pagination.js';
import { listMaximum } from '../kit/graphql/list-limits.js';

/**
 * What an operation may make Kepu fetch. Every field that returns an object costs 1, and a field
 * with a `first` argument multiplies what is under it by `first` (or the default page size), so
 * `venues(first: 20) { edges { node { programmes(first: 5) { … } } } }` costs about 20 × 5 × its
 * fields; a list without `first` multiplies by its documented maximum length. Scalar fields are
 * free; the cost of an operation is at least 1.
 *
 * Each fragment is priced once per type it is spread on, however often it is spread, and the walk
 * stops as soon as the total passes `limit`: the answer is then a lower bound above the limit, and
 * pricing any document takes time in proportion to its length.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown> | undefined,
  limit = Number.POSITIVE_INFINITY,
): number {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  const walk: Walk = {
    schema,
    variables: coerced.coerced ?? {},
    fragments: new Map(document.definitions.filter(isFragment).map((fragment) => [fragment.name.value, fragment])),
    priced: new Map(),
    limit,
  };
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  return Math.max(1, root ? selectionCost(walk, root, operation.selectionSet) : 1);
}

interface Walk {
  schema: GraphQLSchema;
  variables: Record<string, unknown>;
  fragments: Map<string, FragmentDefinitionNode>;
  /** The cost of each fragment on each parent type, once priced; a fragment being priced counts 0 (validation has refused cycles). */
  priced: Map<string, number>;
  limit: number;
}

function selectionCost(walk: Walk, parent: GraphQLCompositeType, selectionSet: SelectionSetNode): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      cost += fieldCost(walk, parent, selection);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      cost += selectionCost(walk, typeNamed(walk, selection.typeCondition?.name.value) ?? parent, selection.selectionSet);
    } else {
      cost += fragmentCost(walk, parent, selection.name.value);
    }
    if (cost > walk.limit) return cost;
  }
  return cost;
}

function fragmentCost(walk: Walk, parent: GraphQLCompositeType, name: string): number {
  const fragment = walk.fragments.get(name);
  if (!fragment) return 0;
  const type = typeNamed(walk, fragment.typeCondition.name.value) ?? parent;
  const key = `${name} on ${type.name}`;
  const known = walk.priced.get(key);
  if (known !== undefined) return known;
  walk.priced.set(key, 0);
  const cost = selectionCost(walk, type, fragment.selectionSet);
  walk.priced.set(key, cost);
  return cost;
}

function fieldCost(walk: Walk, parent: GraphQLCompositeType, field: FieldNode): number {
  if (!field.selectionSet || !(isObjectType(parent) || isInterfaceType(parent))) return 0;
  const definition = parent.getFields()[field.name.value];
  if (!definition) return 0;
  const type = getNamedType(definition.type);
  if (isLeafType(type) || !isCompositeType(type)) return 0;
  const size = listSize(definition, field, walk, parent);
  return 1 + (size === 0 ? 0 : size * selectionCost(walk, type, field.selectionSet));
}

function listSize(definition: GraphQLField<unknown, unknown>, field: FieldNode, walk: Walk, parent: GraphQLCompositeType): number {
  if (!definition.args.some((argument) => argument.name === 'first')) return listMaximum(parent.name, definition.name) ?? 1;
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
