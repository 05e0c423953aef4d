// The cost of an operation, computed before it runs (GitHub's and Shopify's model): every field that returns
// an object costs 1 (one fetch, or one row of a batched fetch), a scalar costs 0 unless it runs a query of its
// own, and what is selected under a list is paid once per element it may hold — a connection's edges by its
// page size (`first`/`last`, default 20, at most 100, exactly as the resolvers clamp it), a plain list by the
// most elements it holds in practice (LIST_SIZES). Fragments on an interface cost the dearest of their branches.
// Variables are known here (the plugin runs once the operation is resolved): a `first: $n` costs its value.
import {
  getNamedType,
  getNullableType,
  isAbstractType,
  isCompositeType,
  isListType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, LIMITS, MAX_PAGE_SIZE } from './config.ts';

/** Elements a plain (non-connection) list field holds at most in practice, by `Type.field`. */
export const LIST_SIZES: Record<string, number> = {
  'Query.chambers': 20,
  'Query.regions': 20,
  'Query.demoUsers': 100,
  'Query.calendarCorrections': 50,
  'Query.calendar': 400,
  'Region.districts': 30,
  'Chamber.bailiffs': 250, // Almaty City has 248 in the national data set
  'Assignment.pool': 250,
  'EvennessReport.rows': 250,
  'EvennessReport.failed': 10,
  'ExecutiveDocument.assignments': 5,
  'PrivateBailiff.districts': 10,
  'PrivateBailiff.availability': 10,
  'PrivateBailiff.breachDecisions': 10,
  'PrivateBailiff.inspections': 20,
  'EnforcementProceeding.measures': 20,
  'ServiceApplication.stages': 10,
  'User.roles': 5,
  'AssignAllWaitingPayload.assignments': 500,
  'AssignAllWaitingPayload.skipped': 500,
  // attestation (issue 9): a commission has a handful of members (Almaty City: 4), a session some dozens of candidates
  'AttestationSession.applications': 40,
  'AttestationSession.commission': 9,
  'AttestationCase.votes': 9,
  'AttestationCase.deadlines': 7,
  'AttestationCase.hearings': 3,
  'AttestationCase.documents': 6,
  'AttestationTestSitting.questions': 100,
};
const DEFAULT_LIST_SIZE = 50;

/**
 * Fields that cost more than one fetch, by `Type.field`: scalars that run a query of their own, and work that is
 * dear whatever is selected (the replay of a chamber's whole chain, the recomputation of an assignment).
 */
export const FIELD_COSTS: Record<string, number> = {
  'PrivateBailiff.openCaseCount': 1,
  'PrivateBailiff.assignedThisYear': 1,
  'Chamber.evenness': 20,
  'EvennessReport.assignmentsChecked': 500,
  'EvennessReport.failed': 500,
  'Query.verifyAssignment': 20,
  'Mutation.assignAllWaiting': 100,
};
/** Every mutation runs a transaction: it costs this much before its payload. */
const MUTATION_COST = 10;

export interface CostResult {
  cost: number;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

function argValue(node: ValueNode | undefined, variables: Record<string, unknown>): unknown {
  if (!node) return undefined;
  switch (node.kind) {
    case Kind.VARIABLE:
      return variables[node.name.value];
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.LIST:
      return node.values.map((v) => argValue(v, variables));
    case Kind.NULL:
      return null;
    default:
      return undefined;
  }
}

function args(field: FieldNode, variables: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const a of field.arguments ?? []) out[a.name.value] = argValue(a.value, variables);
  return out;
}

/** The page a connection returns: as the resolvers clamp `first`/`last`. Anything not a number costs the maximum. */
function pageSize(a: Record<string, unknown>): number {
  const n = a.first ?? a.last;
  if (n === undefined || n === null) return DEFAULT_PAGE_SIZE;
  if (typeof n !== 'number' || !Number.isFinite(n)) return MAX_PAGE_SIZE;
  return Math.max(0, Math.min(MAX_PAGE_SIZE, Math.floor(n)));
}

function isConnection(type: GraphQLCompositeType): boolean {
  return isObjectType(type) && 'edges' in type.getFields() && 'pageInfo' in type.getFields();
}

/** Field nodes selected on a concrete type, by response key, with the fragments that apply to it merged in. */
function collect(w: Walk, set: SelectionSetNode, type: GraphQLObjectType, out: Map<string, FieldNode[]>, seen: Set<string>) {
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      const key = sel.alias?.value ?? sel.name.value;
      const list = out.get(key);
      if (list) list.push(sel);
      else out.set(key, [sel]);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      if (!sel.typeCondition || applies(w, sel.typeCondition.name.value, type)) collect(w, sel.selectionSet, type, out, seen);
    } else {
      const frag = w.fragments[sel.name.value];
      if (!frag || seen.has(frag.name.value)) continue; // cycles are refused by validation; be safe anyway
      if (applies(w, frag.typeCondition.name.value, type)) {
        seen.add(frag.name.value);
        collect(w, frag.selectionSet, type, out, seen);
        seen.delete(frag.name.value);
      }
    }
  }
}

function applies(w: Walk, condition: string, type: GraphQLObjectType): boolean {
  if (condition === type.name) return true;
  const cond = w.schema.getType(condition);
  return !!cond && isAbstractType(cond) && w.schema.isSubType(cond, type);
}

function selectionCost(w: Walk, sets: SelectionSetNode[], type: GraphQLCompositeType, page: number): number {
  if (isAbstractType(type)) {
    let max = 0;
    for (const t of w.schema.getPossibleTypes(type)) max = Math.max(max, selectionCost(w, sets, t, page));
    return max;
  }
  const object = type as GraphQLObjectType;
  const fields = new Map<string, FieldNode[]>();
  for (const set of sets) collect(w, set, object, fields, new Set());
  let total = 0;
  for (const nodes of fields.values()) {
    const node = nodes[0]!;
    const def = object.getFields()[node.name.value];
    if (!def) continue; // __typename and the like
    total += fieldCost(w, object, def, nodes, page);
  }
  return total;
}

function fieldCost(w: Walk, parent: GraphQLObjectType, def: GraphQLField<unknown, unknown>, nodes: FieldNode[], page: number): number {
  const key = `${parent.name}.${def.name}`;
  const named = getNamedType(def.type);
  const own = FIELD_COSTS[key] ?? (def.name === 'totalCount' && isConnection(parent) ? 1 : isCompositeType(named) ? 1 : 0);
  if (!isCompositeType(named)) return own;
  const sets = nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
  const a = args(nodes[0]!, w.variables);
  let size = 1;
  if (isListType(getNullableType(def.type))) {
    if (def.name === 'edges' && isConnection(parent)) size = page;
    else if (key === 'Query.nodes') size = Array.isArray(a.ids) ? Math.min(a.ids.length, LIMITS.listLength) : LIMITS.listLength;
    else size = LIST_SIZES[key] ?? DEFAULT_LIST_SIZE;
  }
  const childPage = isConnection(named) ? pageSize(a) : page;
  return own + size * selectionCost(w, sets, named, childPage);
}

/** The cost of one operation of a parsed document, with its variables. */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: readonly FragmentDefinitionNode[],
  variables: Record<string, unknown> = {},
): number {
  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  if (!root) return 0;
  const w: Walk = { schema, fragments: Object.fromEntries(fragments.map((f) => [f.name.value, f])), variables };
  const fields = new Map<string, FieldNode[]>();
  collect(w, operation.selectionSet, root, fields, new Set());
  let total = 0;
  for (const nodes of fields.values()) {
    const def = root.getFields()[nodes[0]!.name.value];
    if (!def) continue;
    total += (operation.operation === 'mutation' ? MUTATION_COST : 0) + fieldCost(w, root, def, nodes, DEFAULT_PAGE_SIZE);
  }
  return total;
}
