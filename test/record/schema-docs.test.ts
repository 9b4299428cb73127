import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BoilerplateKind, ErrorCode, ErrorRecordSchema, RecordSchema, WarningCode } from '../../src/record/schema.js';

const docs = readFileSync(new URL('../../docs/record.md', import.meta.url), 'utf8');

interface JsonSchemaNode {
  properties?: Record<string, JsonSchemaNode>;
  items?: JsonSchemaNode;
  anyOf?: JsonSchemaNode[];
}

/** Every field path of a JSON Schema, arrays written as `field[].child`. */
function fieldPaths(node: JsonSchemaNode, prefix = ''): string[] {
  const out: string[] = [];
  for (const alt of node.anyOf ?? []) out.push(...fieldPaths(alt, prefix));
  if (node.items) out.push(...fieldPaths(node.items, `${prefix}[]`));
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    out.push(path, ...fieldPaths(child, path));
  }
  return [...new Set(out)];
}

/** The part of docs/record.md under `## heading` (with its subsections), or under `### heading` alone. */
function section(heading: string, level: 2 | 3 = 2): string {
  const marker = `\n${'#'.repeat(level)} ${heading}\n`;
  const start = docs.indexOf(marker);
  if (start === -1) throw new Error(`docs/record.md has no heading "${heading}"`);
  const next = level === 2 ? /\n## /g : /\n#{2,3} /g;
  next.lastIndex = start + marker.length;
  const end = next.exec(docs)?.index;
  return docs.slice(start, end);
}

describe('docs/record.md', () => {
  it('documents every field of the record', () => {
    const paths = fieldPaths(z.toJSONSchema(RecordSchema) as JsonSchemaNode);
    expect(paths.length).toBeGreaterThan(40);
    const recordDocs = section('Record');
    const missing = paths.filter((p) => !recordDocs.includes(`\`${p}\``));
    expect(missing).toEqual([]);
  });

  it('documents every field of the error record', () => {
    const paths = fieldPaths(z.toJSONSchema(ErrorRecordSchema) as JsonSchemaNode);
    const errorDocs = section('Error record');
    const missing = paths.filter((p) => !errorDocs.includes(`\`${p}\``));
    expect(missing).toEqual([]);
  });

  it('documents every error code', () => {
    const missing = ErrorCode.options.filter((code) => !docs.includes(`\`${code}\``));
    expect(missing).toEqual([]);
  });

  it('documents every warning code and boilerplate kind, and no retired one', () => {
    const documented = (heading: string): string[] =>
      [...section(heading, 3).matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]!).filter((c) => c !== 'code' && c !== 'kind');
    expect(documented('Warning codes').sort()).toEqual([...WarningCode.options].sort());
    expect(documented('Boilerplate kinds').sort()).toEqual([...BoilerplateKind.options].sort());
  });
});
