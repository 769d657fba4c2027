/**
 * What SQLite's ALTER TABLE can do in place: ADD / DROP / RENAME COLUMN,
 * RENAME TO, and indexes (SQLite documentation, "ALTER TABLE"). Every other
 * change needs the table rebuilt, which `@alkahest/migrate` does (a new
 * table, the rows copied, the old one dropped, the new one renamed).
 */
import { AlterAction, AlterTable, UnsupportedFeatureError } from '@alkahest/core/dialect';

/** Why a change cannot be made in place, or undefined when it can. */
export function sqliteNeedsRebuild(action: AlterAction): string | undefined {
  switch (action.kind) {
    case 'add-column': {
      const d = action.column.spec.default;
      // "The column may not have a default of CURRENT_TIME … or an expression in parentheses."
      if (d !== undefined && 'expr' in d) return 'ADD COLUMN with an expression default';
      return undefined;
    }
    case 'drop-column':
    case 'rename-column':
    case 'rename-table':
    case 'add-index':
    case 'drop-index':
      return undefined;
    case 'alter-column':
      return 'ALTER COLUMN';
    case 'add-primary-key':
      return 'ADD PRIMARY KEY';
    case 'add-unique':
      return 'ADD CONSTRAINT … UNIQUE';
    case 'add-foreign-key':
      return 'ADD CONSTRAINT … FOREIGN KEY';
    case 'add-check':
      return 'ADD CONSTRAINT … CHECK';
    case 'drop-constraint':
      return 'DROP CONSTRAINT';
  }
}

/** Refuses a change SQLite cannot make in place, naming the way that works. */
export function checkSqliteAlter(node: AlterTable): void {
  const feature = sqliteNeedsRebuild(node.action);
  if (feature !== undefined) {
    throw new UnsupportedFeatureError(
      `ALTER TABLE … ${feature}`,
      'sqlite',
      'SQLite cannot make this change in place; run it through @alkahest/migrate, which rebuilds the table (batch mode) without losing a row',
    );
  }
}
