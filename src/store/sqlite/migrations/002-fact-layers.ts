/**
 * Migration 2: the text layer of each fact row. Facts now come from the title and the media
 * captions as well as the body, and a fact's offsets index its layer ("text", "title",
 * "media/<i>/caption"); without the column a stored caption date would point into the body.
 *
 * Rows written before this migration all came from the body, hence the default. Terms have no
 * table, so only dates, quotes and amounts gain the column.
 */
export const MIGRATION_002 = `
ALTER TABLE dates ADD COLUMN layer TEXT NOT NULL DEFAULT 'text';
ALTER TABLE quotes ADD COLUMN layer TEXT NOT NULL DEFAULT 'text';
ALTER TABLE amounts ADD COLUMN layer TEXT NOT NULL DEFAULT 'text';
`;
