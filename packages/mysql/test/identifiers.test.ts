/** MySQL quotes identifiers with backticks, a backtick inside one doubled. */
import { insert, integer, select, table, text } from '@alkahest/core';
import { MysqlCompiler } from '@alkahest/mysql';

test('a backtick in a table or column name is doubled inside the quotes', () => {
  const odd = table('we`ird', { id: integer().primaryKey(), label: text('la`bel') });
  const mysql = new MysqlCompiler();
  expect(mysql.compile(select(odd.c.label).from(odd)).sql).toBe('SELECT `we``ird`.`la``bel` AS `label` FROM `we``ird`');
  expect(mysql.compile(insert(odd).values({ label: 'x' })).sql).toBe('INSERT INTO `we``ird` (`la``bel`) VALUES (?)');
});
