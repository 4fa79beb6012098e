/**
 * Runs the trusted persisted documents (the widgets' queries) with graphql-jit. Compiled once per
 * document, they run at about twice the throughput of graphql-js's executor, which was most of
 * what an uncached widget request cost (`npm run bench` reports the widget GET on both).
 *
 * Only those, and only queries. graphql-jit gives resolvers a resolve info that defeats
 * plugin-prisma's look-ahead (nested relations of an arbitrary query would load per parent again)
 * and ignores the abort signal (use-execution-timeout.ts answers at the deadline itself). It also
 * words variable errors its own way, so variables are coerced by graphql-js here first and a bad
 * one gets graphql-js's error; and it leaves the field node off its errors, added back here from
 * the error's path so that the answer keeps its `locations`. It mishandles a non-null variable with
 * a default, which no widget document has. The widgets' documents are a fixed set:
 * test/server/trusted-document-jit.test.ts runs each of them under both executors and requires the
 * same answers from the same SQL statements. Developers' queries and subscriptions keep graphql-js.
 */
import { useGraphQlJit } from '@envelop/graphql-jit';
import {
  getOperationAST,
  getVariableValues,
  GraphQLError,
  Kind,
  type DocumentNode,
  type ExecutionResult,
  type FieldNode,
  type SelectionSetNode,
} from 'graphql';
import type { PersistedDocument } from '../public-read/persisted-documents.ts';

/** The operation, when an execution is a query whose text is one of `texts`. */
function trustedQuery(
  document: DocumentNode,
  operationName: string | null | undefined,
  context: unknown,
  texts: ReadonlySet<string>,
) {
  const text = (context as { params?: { query?: unknown } } | null)?.params?.query;
  if (typeof text !== 'string' || !texts.has(text)) return undefined;
  const operation = getOperationAST(document, operationName);
  return operation?.operation === 'query' ? operation : undefined;
}

/** The field a response path names, through inline fragments and fragment spreads. */
function fieldAt(document: DocumentNode, operationName: string | null | undefined, path: readonly (string | number)[]) {
  const fragments = new Map(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
  );
  const find = (set: SelectionSetNode | undefined, key: string): FieldNode | undefined => {
    for (const s of set?.selections ?? []) {
      const found =
        s.kind === Kind.FIELD
          ? (s.alias ?? s.name).value === key
            ? s
            : undefined
          : find(s.kind === Kind.INLINE_FRAGMENT ? s.selectionSet : fragments.get(s.name.value)?.selectionSet, key);
      if (found) return found;
    }
    return undefined;
  };
  let field: FieldNode | undefined;
  let set: SelectionSetNode | undefined = getOperationAST(document, operationName)?.selectionSet;
  for (const key of path) {
    if (typeof key === 'number') continue;
    field = find(set, key);
    set = field?.selectionSet;
  }
  return field;
}

/**
 * The result with each error of a field given its field node, as graphql-js gives it: graphql-jit
 * sets `locations` alone, which the error masking (use-error-codes.ts) rebuilds from the nodes.
 */
function withLocations(
  result: ExecutionResult,
  document: DocumentNode,
  operationName?: string | null,
): ExecutionResult {
  if (!result.errors?.some((e) => e.path && !e.nodes)) return result;
  const errors = result.errors.map((e) => {
    const field = e.path && !e.nodes ? fieldAt(document, operationName, e.path) : undefined;
    return field
      ? new GraphQLError(e.message, {
          nodes: [field],
          path: e.path,
          originalError: e.originalError,
          extensions: e.extensions,
        })
      : e;
  });
  return { ...result, errors };
}

export function useTrustedDocumentJit(documents: ReadonlyMap<string, PersistedDocument>) {
  // The store is fixed when the app is made (the widget build's manifest).
  const texts = new Set([...documents.values()].map((d) => d.text));
  // Its execute hook only, called for trusted queries: never its subscribe hook.
  const compile = useGraphQlJit().onExecute!;
  return {
    onExecute(payload: Parameters<typeof compile>[0]) {
      const { args } = payload;
      const operation = trustedQuery(args.document, args.operationName, args.contextValue, texts);
      if (!operation) return;
      const coerced = getVariableValues(args.schema, operation.variableDefinitions ?? [], args.variableValues ?? {});
      if (coerced.errors) {
        payload.setResultAndStopExecution({ errors: coerced.errors });
        return;
      }
      void compile(payload);
      return {
        onExecuteDone: ({ result, setResult }: { result: unknown; setResult: (r: ExecutionResult) => void }) => {
          if (result && typeof result === 'object' && 'errors' in result)
            setResult(withLocations(result as ExecutionResult, args.document, args.operationName));
        },
      };
    },
  };
}
