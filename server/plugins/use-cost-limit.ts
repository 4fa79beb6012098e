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

/** Costs remembered per document for this many operation-and-variables pairs. @default 100 */
const COSTS_PER_DOCUMENT = 100;

export function useCostLimit({ maxCost = DEFAULT_MAX_COST }: CostLimitOptions = {}): Plugin {
  // A cost depends only on the schema, the document and its variables (no field's cost reads the
  // context), and yoga hands over the same parsed document for the same text: widgets repeat a
  // few documents with a few variables, so each pair is walked once, not on every request.
  const costs = new WeakMap<DocumentNode, Map<string, number | null>>();
  return {
    onExecute({ args, setResultAndStopExecution }) {
      let known = costs.get(args.document);
      if (!known) costs.set(args.document, (known = new Map()));
      const key = `${args.operationName ?? ''}\n${JSON.stringify(args.variableValues ?? {})}`;
      let cost = known.get(key);
      if (cost === undefined) {
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
        if (known.size >= COSTS_PER_DOCUMENT) known.delete(known.keys().next().value!);
        known.set(key, cost);
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
