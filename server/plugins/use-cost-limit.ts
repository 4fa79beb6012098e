/**
 * Refuses an operation whose cost is over the limit, before any resolver runs. Costs are the
 * fields' `complexity` (schema/cost.ts, set where each field is defined), summed with the
 * operation's variables, so `first: $n` costs what `$n` asks for. It runs at execution, not as a
 * validation rule, because yoga caches validation per document, not per variables.
 */
import { complexityFromQuery } from '@pothos/plugin-complexity';
import { Kind, type DocumentNode, type GraphQLSchema } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

export interface CostLimitOptions {
  /**
   * The most an operation may cost, in cost units (about one field of one row; one SQL statement
   * is 100). Every widget document and documented example costs at most about 8,000; 15 aliased
   * `Indicator.total`s cost 12,000. @default 10000
   */
  maxCost?: number;
}

export const DEFAULT_MAX_COST = 10_000;

/** The cost of the operation that will run (the named one, or the only one), or null if it has none. */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName?: string | null,
  ctx: object = {},
): number | null {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  if (!operation) return null;
  const only = {
    ...document,
    definitions: document.definitions.filter((d) => d === operation || d.kind === Kind.FRAGMENT_DEFINITION),
  };
  return complexityFromQuery(only, { schema, ctx, variables: variables ?? {} }).complexity;
}

export function useCostLimit({ maxCost = DEFAULT_MAX_COST }: CostLimitOptions = {}): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      let cost: number | null;
      try {
        cost = operationCost(
          args.schema,
          args.document,
          args.variableValues ?? undefined,
          args.operationName,
          args.contextValue,
        );
      } catch {
        return; // invalid variables: execution reports them with its own coded error
      }
      if (cost == null || cost <= maxCost) return;
      setResultAndStopExecution({
        errors: [
          createGraphQLError(
            `Query cost limit of ${maxCost} exceeded, found ${Math.ceil(cost)}: ask for fewer aggregates, aliases or rows per page.`,
            { extensions: { code: 'QUERY_TOO_COMPLEX', cost: Math.ceil(cost), maxCost } },
          ),
        ],
      });
    },
  };
}
