/** Composes the schema: imports each domain module for its side effects, then builds. */
import { lexicographicSortSchema, printSchema } from 'graphql';
import { builder } from './builder.ts';
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
import './types/indicator-analytics.ts';
import './types/enterprise-stats.ts';
import './types/partner-graph.ts';
import './types/search.ts';
import './types/enterprise-mutations.ts';
import './types/organisation-mutations.ts';
import './types/network-mutations.ts';
import './types/agreement-mutations.ts';
import './types/programme-mutations.ts';
import './types/indicator-mutations.ts';
import './types/observation-mutations.ts';
import './types/assessment-mutations.ts';
import './types/award-mutations.ts';
import './types/certification-mutations.ts';
import './types/budget-line-mutations.ts';
import './types/activity-mutations.ts';
import './types/audit-log.ts';
import './types/api-token.ts';
import './types/import.ts';
import './types/live.ts';

export const schema = builder.toSchema();

/** The printed SDL, sorted so that diffs show only real changes. */
export const printedSchema = (): string => printSchema(lexicographicSortSchema(schema));
