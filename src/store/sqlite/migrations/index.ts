/**
 * The ordered list of migrations. A migration, once released, is never edited: a change to the
 * schema is a new entry with the next version number.
 */
import { MIGRATION_001 } from './001-initial.js';
import { MIGRATION_002 } from './002-fact-layers.js';
import { MIGRATION_003 } from './003-entities.js';
import { MIGRATION_004 } from './004-storage.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', sql: MIGRATION_001 },
  { version: 2, name: 'fact-layers', sql: MIGRATION_002 },
  { version: 3, name: 'entities', sql: MIGRATION_003 },
  { version: 4, name: 'storage', sql: MIGRATION_004 },
];
