/**
 * Generates queries that reach every field of every type, through every relation and connection,
 * to a bounded depth, from an introspected schema. Each query stays under the server's token and
 * depth limits: a subtree too large for one query is split into one query per branch, reached
 * through the same path. Arguments come from `argValues` (required ones must be given there, or
 * the field is reported as not reached).
 */
import {
  getNamedType,
  isAbstractType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

export interface WalkOptions {
  /** Relation hops below a root field (connection and edge wrappers are free). */
  hops: number;
  /** Deepest field nesting a query may have (the server's depth limit, less a margin). */
  maxDepth: number;
  /** Most lexical tokens a query may have (the server's limit, less a margin). */
  maxTokens: number;
  /** GraphQL literals to pass for an argument; several give one aliased selection each. */
  argValues(coordinate: string, arg: GraphQLArgument): string[] | undefined;
  /** Fields the walk leaves out (staff-only fields). */
  skip?(coordinate: string): boolean;
}

export interface WalkQuery {
  query: string;
  /** `Type.field` coordinates the query selects. */
  coordinates: Set<string>;
  /** Distinct chains of coordinates from the root to each selected field. */
  paths: Set<string>;
}

interface Branch {
  header: string;
  type: GraphQLNamedType;
  coordinate: string;
  cost: number;
}

const isWrapper = (type: GraphQLNamedType) => /(Connection|Edge)$/.test(type.name);
const tokenCount = (text: string) =>
  (text.match(/\.\.\.|[A-Za-z_][A-Za-z0-9_]*|"[^"]*"|-?\d+(\.\d+)?|[{}():!$,[\]=@|&]/g) ?? []).length;

export function walkSchema(schema: GraphQLSchema, options: WalkOptions) {
  const queries: WalkQuery[] = [];
  const unreached = new Set<string>();

  function fieldsOf(type: GraphQLObjectType) {
    const leaves: { header: string; coordinate: string }[] = [];
    const branches: Branch[] = [];
    for (const field of Object.values(type.getFields())) {
      const coordinate = `${type.name}.${field.name}`;
      if (options.skip?.(coordinate)) continue;
      // One variant per combination of argument values.
      let variants: string[][] = [[]];
      let reachable = true;
      for (const arg of field.args) {
        const values = options.argValues(coordinate, arg);
        const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
        if (!values?.length) {
          if (required) reachable = false;
          continue;
        }
        variants = variants.flatMap((v) => values.map((value) => [...v, `${arg.name}: ${value}`]));
      }
      if (!reachable) {
        unreached.add(coordinate);
        continue;
      }
      const named = getNamedType(field.type);
      variants.forEach((args, i) => {
        const call = args.length ? `${field.name}(${args.join(', ')})` : field.name;
        const header = variants.length > 1 ? `${field.name}_${i}: ${call}` : call;
        if (isLeafType(named)) leaves.push({ header, coordinate });
        else
          branches.push({ header, type: named, coordinate, cost: type.name === 'Query' || isWrapper(named) ? 0 : 1 });
      });
    }
    return { leaves, branches };
  }

  interface Rendered {
    text: string;
    coordinates: Set<string>;
    paths: Set<string>;
  }

  /** The whole subtree below a type, within the hop and depth bounds. */
  function render(type: GraphQLNamedType, hops: number, depth: number, path: string, leavesOnly = false): Rendered {
    const out: Rendered = { text: '__typename', coordinates: new Set(), paths: new Set() };
    const add = (r: Rendered) => {
      r.coordinates.forEach((c) => out.coordinates.add(c));
      r.paths.forEach((p) => out.paths.add(p));
    };
    if (isAbstractType(type)) {
      for (const member of schema.getPossibleTypes(type)) {
        const inner = render(member, hops, depth, path, leavesOnly);
        out.text += ` ... on ${member.name} { ${inner.text} }`;
        add(inner);
      }
      return out;
    }
    if (!isObjectType(type)) return out;
    const { leaves, branches } = fieldsOf(type);
    for (const leaf of leaves) {
      out.text += ` ${leaf.header}`;
      out.coordinates.add(leaf.coordinate);
      out.paths.add(`${path}>${leaf.coordinate}`);
    }
    if (leavesOnly) return out;
    for (const b of branches) {
      if (hops - b.cost < 0 || depth + 1 > options.maxDepth) continue;
      const inner = render(b.type, hops - b.cost, depth + 1, `${path}>${b.coordinate}`);
      out.text += ` ${b.header} { ${inner.text} }`;
      out.coordinates.add(b.coordinate);
      out.paths.add(`${path}>${b.coordinate}`);
      add(inner);
    }
    return out;
  }

  const wrap = (prefix: string[], inner: string) =>
    `query Walk { ${prefix.reduceRight((text, header) => `${header} { ${text} }`, inner)} }`;

  function emit(prefix: string[], prefixCoordinates: string[], type: GraphQLNamedType, hops: number, depth: number) {
    const path = prefixCoordinates.join('>');
    const push = (r: Rendered) => {
      const coordinates = new Set([...prefixCoordinates, ...r.coordinates]);
      queries.push({ query: wrap(prefix, r.text), coordinates, paths: r.paths });
    };
    const whole = render(type, hops, depth, path);
    if (tokenCount(wrap(prefix, whole.text)) <= options.maxTokens) return push(whole);
    if (isAbstractType(type)) {
      for (const member of schema.getPossibleTypes(type))
        emit([...prefix, `... on ${member.name}`], prefixCoordinates, member, hops, depth);
      return;
    }
    if (!isObjectType(type)) return;
    if (type.name !== 'Query') push(render(type, hops, depth, path, true));
    for (const b of fieldsOf(type).branches) {
      if (hops - b.cost < 0 || depth + 1 > options.maxDepth) continue;
      emit([...prefix, b.header], [...prefixCoordinates, b.coordinate], b.type, hops - b.cost, depth + 1);
    }
  }

  emit([], [], schema.getQueryType()!, options.hops, 0);
  return { queries, unreached };
}
