/** Composes the schema: imports each domain module for its side effects, then builds. */
import { lexicographicSortSchema, printSchema } from 'graphql';
import { guardAreaCodes } from './area-scope.ts';
import { builder } from './builder.ts';
import { guardPageSizes } from './pagination.ts';
import './enums.ts';
import './types/source.ts';
import './types/area.ts';
import './types/category.ts';
import './types/organisation.ts';
import './types/enterprise.ts';
import './types/network.ts';
import './types/agreement.ts';
import './types/programme.ts';
import './types/indicator.ts';
import './types/search.ts';

export const schema = guardAreaCodes(guardPageSizes(builder.toSchema()));

/** The printed SDL, sorted so that diffs show only real changes. */
export const printedSchema = (): string => printSchema(lexicographicSortSchema(schema));
