import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  isScalarType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { printedSchema, schema } from '../../schema/index.ts';
import { ROOT } from '../helpers/paths.ts';

describe('the public schema', () => {
  it('matches the committed schema/schema.graphql (run `npm run schema:print` after an intended change)', () => {
    const committed = readFileSync(path.join(ROOT, 'schema', 'schema.graphql'), 'utf8');
    expect(printedSchema()).toBe(committed);
  });

  it('describes every type, field, argument and enum value', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (
        type.name.startsWith('__') ||
        (isScalarType(type) && ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name))
      )
        continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
      if (isUnionType(type) && !type.description) missing.push(type.name);
    }
    expect(missing).toEqual([]);
  });

  it('gives every named entity nameTh and nameEn', () => {
    for (const name of [
      'Enterprise',
      'Network',
      'Organisation',
      'Agreement',
      'Programme',
      'Indicator',
      'Area',
      'Category',
    ]) {
      const type = schema.getType(name);
      expect(isObjectType(type), name).toBe(true);
      if (!isObjectType(type)) continue;
      expect(getNamedType(type.getFields().nameTh!.type).name).toBe('String');
      expect(getNamedType(type.getFields().nameEn!.type).name).toBe('String');
    }
  });
});
