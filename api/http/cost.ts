/**
 * A simple static cost limit: every field costs 1 times the product of the list sizes above it.
 * A list's size is its `first` argument (literal, variable or schema default) when it has one, or
 * the `first` of the connection-like field just above it (search(first) → hits), otherwise a fixed
 * guess. Crude, but it stops the queries that multiply lists inside lists.
 */
import { getNamedType, getNullableType, isCompositeType, isListType, Kind } from '../graphql-js.ts';
import type {
  ASTVisitor, FieldNode, GraphQLField, GraphQLNamedType, SelectionSetNode, ValidationContext, ValidationRule, ValueNode,
} from 'graphql';
import { limitError } from './limits.ts';

/** A 100-hit search page with items, outcomes and highlights costs about 15 000. */
export const MAX_QUERY_COST = 50_000;
/** Size assumed for lists without a `first` argument (outcomes of an item, items of a region…). */
export const DEFAULT_LIST_SIZE = 10;

export interface CostLimitOptions {
  maxCost?: number;
  defaultListSize?: number;
  /** Variables of the request, so `first: $n` counts as n. */
  variables?: Record<string, unknown>;
}

export function createCostLimitRule(options: CostLimitOptions = {}): ValidationRule {
  const maxCost = options.maxCost ?? MAX_QUERY_COST;
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const root = operation.operation === 'mutation' ? context.getSchema().getMutationType() : context.getSchema().getQueryType();
      if (!root) return;
      const walker = new CostWalker(context, options.defaultListSize ?? DEFAULT_LIST_SIZE, options.variables ?? {});
      const cost = walker.selectionCost(operation.selectionSet, root, 1);
      if (cost > maxCost) {
        const name = operation.name?.value ?? 'anonymous';
        context.reportError(limitError(`查询代价过高 / query "${name}" costs about ${cost}; the limit is ${maxCost}`, 'QUERY_TOO_COSTLY'));
      }
    },
  });
}

class CostWalker {
  private readonly visiting = new Set<string>();

  constructor(
    private readonly context: ValidationContext,
    private readonly defaultListSize: number,
    private readonly variables: Record<string, unknown>,
  ) {}

  /** `pageSize`: the `first` of the field above, applied to the next list below it. */
  selectionCost(selectionSet: SelectionSetNode | undefined, parent: GraphQLNamedType, multiplier: number, pageSize?: number): number {
    if (!selectionSet) return 0;
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        total += this.fieldCost(selection, parent, multiplier, pageSize);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const typeName = selection.typeCondition?.name.value;
        const type = typeName ? this.context.getSchema().getType(typeName) : parent;
        total += this.selectionCost(selection.selectionSet, type ?? parent, multiplier, pageSize);
      } else {
        const name = selection.name.value;
        const definition = this.context.getFragment(name);
        if (!definition || this.visiting.has(name)) continue;
        const type = this.context.getSchema().getType(definition.typeCondition.name.value) ?? parent;
        this.visiting.add(name);
        total += this.selectionCost(definition.selectionSet, type, multiplier, pageSize);
        this.visiting.delete(name);
      }
    }
    return total;
  }

  private fieldCost(node: FieldNode, parent: GraphQLNamedType, multiplier: number, pageSize: number | undefined): number {
    if (node.name.value.startsWith('__') || !isCompositeType(parent) || !('getFields' in parent)) return 0;
    const field = parent.getFields()[node.name.value];
    // Unknown fields are reported by graphql's own FieldsOnCorrectType rule.
    if (!field) return 0;
    const first = this.firstArgument(node, field);
    const childType = getNamedType(field.type);
    if (isListType(getNullableType(field.type))) {
      const size = Math.max(1, first ?? pageSize ?? this.defaultListSize);
      return multiplier + this.selectionCost(node.selectionSet, childType, multiplier * size);
    }
    return multiplier + this.selectionCost(node.selectionSet, childType, multiplier, first);
  }

  /** The field's `first`: given as literal or variable, else its schema default, else none. */
  private firstArgument(node: FieldNode, field: GraphQLField<unknown, unknown>): number | undefined {
    const argument = node.arguments?.find((arg) => arg.name.value === 'first');
    const given = argument ? this.intValue(argument.value) : undefined;
    const fallback = field.args.find((arg) => arg.name === 'first')?.defaultValue;
    return given ?? (typeof fallback === 'number' ? fallback : undefined);
  }

  private intValue(value: ValueNode): number | undefined {
    if (value.kind === Kind.INT) return Number(value.value);
    if (value.kind === Kind.VARIABLE) {
      const bound = this.variables[value.name.value];
      return typeof bound === 'number' ? bound : undefined;
    }
    return undefined;
  }
}
