/**
 * A dialect's type compiler: the one place its type names live, both ways.
 * Forward, a {@link SqlType} becomes the name CREATE TABLE / ALTER TABLE
 * write ({@link TypeCompiler.columnType}) and the name a CAST targets
 * ({@link TypeCompiler.castType}); backward, what the catalog says about a
 * column becomes a {@link SqlType} again ({@link TypeCompiler.reflect}), for
 * reflection and migrations. Keeping both directions in one object is what
 * lets a test check, per dialect, that every type survives
 * type → name → reflected type (SQLAlchemy's TypeCompiler plays the forward
 * part; its dialects' `ischema_names` the backward one).
 */
import { CompileError, UnsupportedFeatureError } from '../errors';
import { customTypeName } from '../types/custom';
import type { Column } from '../schema/column';
import type { SqlType } from '../types/sql-type';
import { wholeNumber } from './base-compiler';

/**
 * The standard SQL type names, which a dialect's type compiler overrides
 * where its database names a type its own way.
 *
 * @typeParam Native - what the dialect's catalog says about a column's type
 * (a type name, or a row of fields as Oracle's ALL_TAB_COLUMNS has).
 *
 * @example
 * ```ts
 * class MyTypes extends TypeCompiler<string> {
 *   readonly dialect = 'mydb';
 *   override typeName(type: SqlType): string { return type.kind === 'blob' ? 'BYTEA' : super.typeName(type); }
 *   reflect(native: string): SqlType { return native === 'bytea' ? new SqlType('blob') : new SqlType('text'); }
 * }
 * ```
 */
export abstract class TypeCompiler<Native = string> {
  /** The dialect's name, for messages. */
  abstract readonly dialect: string;

  constructor() {
    // A custom type (customType()) names itself per dialect, before any dialect's own mapping of its base kind;
    // one without SQL names (decimalColumn()) is named as its base type.
    const columnType = this.columnType;
    const castType = this.castType;
    const named = (type: SqlType): boolean => type.options.custom?.dataType !== undefined;
    this.columnType = (type, column) => (named(type) ? this.customTypeName(type) : columnType.call(this, type, column));
    this.castType = (type) => (named(type) ? this.customTypeName(type) : castType.call(this, type));
  }

  /** A custom type's SQL name on this dialect, or an error naming the type and the dialect. */
  customTypeName(type: SqlType): string {
    const custom = type.options.custom!;
    const name = custom.dataType === undefined ? undefined : customTypeName(custom.dataType, this.dialect);
    if (name === undefined) throw new UnsupportedFeatureError(`the custom type ${type.options.custom!.name}`, this.dialect, 'its dataType names no type for this dialect (nor a default)');
    return name;
  }

  /**
   * A type's name in standard SQL, the base of both DDL and CAST names; a
   * dialect that names a type its own way in both overrides this once.
   */
  typeName(type: SqlType): string {
    const o = type.options;
    switch (type.kind) {
      case 'integer':
        return 'INTEGER';
      case 'bigint':
        return 'BIGINT';
      case 'smallint':
        return 'SMALLINT';
      case 'real':
        return 'REAL';
      case 'double':
        return 'DOUBLE PRECISION';
      case 'numeric':
        return `NUMERIC${this.precisionScale(type)}`;
      case 'text':
        return 'TEXT';
      case 'varchar':
        return `VARCHAR(${wholeNumber(o.length, 'varchar length')})`;
      case 'char':
        return `CHAR(${wholeNumber(o.length, 'char length')})`;
      case 'enum':
        return `VARCHAR(${Math.max(1, ...(o.values ?? []).map((v) => v.length))})`;
      case 'boolean':
        return 'BOOLEAN';
      case 'date':
        return 'DATE';
      case 'time':
        return 'TIME';
      case 'timestamp':
        return o.withTimeZone ? 'TIMESTAMP WITH TIME ZONE' : 'TIMESTAMP';
      case 'json':
        return 'JSON';
      case 'uuid':
        return 'UUID';
      case 'blob':
        return 'BLOB';
      case 'unknown':
        throw new CompileError('a value of unknown type has no SQL type name');
    }
  }

  /**
   * The type of a column in CREATE TABLE and ALTER TABLE: its
   * {@link TypeCompiler.typeName} unless the dialect declares columns
   * otherwise. `column` is given where the column's other settings matter
   * (SQLite's `INTEGER PRIMARY KEY`).
   */
  columnType(type: SqlType, column?: Column): string {
    if (type.kind === 'unknown') throw new CompileError(column === undefined ? 'a column has no SQL type' : `column ${column.name} has no SQL type`);
    return this.typeName(type);
  }

  /** The type a CAST targets: its {@link TypeCompiler.typeName} unless the dialect's CAST takes other names. */
  castType(type: SqlType): string {
    if (type.kind === 'unknown') throw new CompileError('cannot CAST to an unknown type');
    return this.typeName(type);
  }

  /**
   * The alkahest type of a column as the dialect's catalog describes it: the
   * reverse of {@link TypeCompiler.columnType}, losing only what the catalog
   * loses (each dialect documents which).
   */
  abstract reflect(native: Native): SqlType;

  /** `(p)` for a timestamp that keeps other than the database's default fraction digits, else ''. */
  fractionPrecision(type: SqlType, databaseDefault: number): string {
    const { precision } = type.options;
    return precision === undefined || precision === databaseDefault ? '' : `(${wholeNumber(precision, 'timestamp precision')})`;
  }

  /** `(p, s)`, `(p)` or '' for a numeric type. */
  precisionScale(type: SqlType): string {
    const { precision, scale } = type.options;
    if (precision === undefined) return '';
    return `(${wholeNumber(precision, 'numeric precision')}${scale === undefined ? '' : `, ${wholeNumber(scale, 'numeric scale')}`})`;
  }
}
