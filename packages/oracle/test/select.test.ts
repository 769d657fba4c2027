/**
 * Golden SELECT SQL (Oracle Database SQL Language Reference, "SELECT").
 * Written by hand from the reference; notes mark forms that are less obvious.
 */
import { and, asc, desc, fn, or, select, sql } from '@alkahest/core';
import { OracleCompiler } from '@alkahest/oracle';
import { posts, users } from './schema';

const c12 = new OracleCompiler();
const c11 = new OracleCompiler({ version: '11g' });

describe('select clauses', () => {
  test('placeholders are :1, :2 … in text order', () => {
    const q = select(users.c.id).from(users).where(and(users.c.age.gt(18), users.c.name.like('A%')));
    expect(c12.compile(q)).toMatchObject({
      sql: `SELECT USERS.ID FROM USERS WHERE USERS.AGE > :1 AND USERS.NAME LIKE :2 ESCAPE '\\'`,
      params: [18, 'A%'],
    });
  });

  test('DISTINCT, WHERE, GROUP BY, HAVING, ORDER BY with NULLS LAST', () => {
    const q = select(users.c.name, fn.count().as('n'))
      .distinct()
      .from(users)
      .where(or(users.c.age.lt(10), users.c.age.isNull()))
      .groupBy(users.c.name)
      .having(fn.count().gt(1))
      .orderBy(desc('n'), users.c.name.asc().nullsLast());
    expect(c12.compile(q)).toMatchObject({
      sql:
        'SELECT DISTINCT USERS.NAME, COUNT(*) AS N FROM USERS WHERE USERS.AGE < :1 OR USERS.AGE IS NULL ' +
        'GROUP BY USERS.NAME HAVING COUNT(*) > :2 ORDER BY N DESC, USERS.NAME NULLS LAST',
      params: [10, 1],
    });
  });

  test('a select without tables reads FROM DUAL', () => {
    expect(c12.compile(select({ one: sql`1` })).sql).toBe('SELECT 1 AS ONE FROM DUAL');
    expect(c12.compile(select({ now: fn.now() })).sql).toBe('SELECT SYSTIMESTAMP AS NOW FROM DUAL');
  });

  test('table aliases are written without AS (Oracle refuses AS there)', () => {
    const u = users.as('u');
    expect(c12.compile(select(u.c.id).from(u).where(u.c.id.eq(1))).sql).toBe('SELECT U.ID FROM USERS U WHERE U.ID = :1');
  });

  test('column aliases keep AS, and mixed-case keys are quoted', () => {
    expect(c12.compile(select(posts.c.userId, posts.c.id.as('postId')).from(posts)).sql).toBe(
      'SELECT POSTS.USER_ID AS "userId", POSTS.ID AS "postId" FROM POSTS',
    );
  });
});

describe('joins', () => {
  const on = posts.c.userId.eq(users.c.id);
  test.each([
    ['join', users.join(posts, on), 'INNER JOIN'],
    ['leftJoin', users.leftJoin(posts, on), 'LEFT OUTER JOIN'],
    ['rightJoin', users.rightJoin(posts, on), 'RIGHT OUTER JOIN'],
    ['fullJoin', users.fullJoin(posts, on), 'FULL OUTER JOIN'],
  ])('%s', (_name, from, keyword) => {
    expect(c12.compile(select(users.c.name, posts.c.title).from(from)).sql).toBe(
      `SELECT USERS.NAME, POSTS.TITLE FROM USERS ${keyword} POSTS ON POSTS.USER_ID = USERS.ID`,
    );
  });

  test('crossJoin', () => {
    expect(c12.compile(select(users.c.name, posts.c.title).from(users.crossJoin(posts))).sql).toBe(
      'SELECT USERS.NAME, POSTS.TITLE FROM USERS CROSS JOIN POSTS',
    );
  });

  test('a join nested on the right is parenthesized (FROM ( join_clause ))', () => {
    const p2 = posts.as('p2');
    const q = select(users.c.name).from(users.leftJoin(posts.join(p2, p2.c.id.eq(posts.c.id)), posts.c.userId.eq(users.c.id)));
    expect(c12.compile(q).sql).toBe(
      'SELECT USERS.NAME FROM USERS LEFT OUTER JOIN (POSTS INNER JOIN POSTS P2 ON P2.ID = POSTS.ID) ON POSTS.USER_ID = USERS.ID',
    );
  });
});

describe('subqueries', () => {
  test('in FROM, aliased without AS', () => {
    const counts = select(posts.c.userId, fn.count().as('n')).from(posts).groupBy(posts.c.userId).as('counts');
    const q = select(users.c.name, counts.c.n).from(users.join(counts, counts.c.userId.eq(users.c.id)));
    expect(c12.compile(q).sql).toBe(
      'SELECT USERS.NAME, COUNTS.N FROM USERS INNER JOIN ' +
        '(SELECT POSTS.USER_ID AS "userId", COUNT(*) AS N FROM POSTS GROUP BY POSTS.USER_ID) COUNTS ON COUNTS."userId" = USERS.ID',
    );
  });

  test('in IN and NOT IN', () => {
    const authors = select(posts.c.userId).from(posts).where(posts.c.title.like('%sql%'));
    expect(c12.compile(select(users.c.id).from(users).where(users.c.id.in(authors)))).toMatchObject({
      sql: `SELECT USERS.ID FROM USERS WHERE USERS.ID IN (SELECT POSTS.USER_ID AS "userId" FROM POSTS WHERE POSTS.TITLE LIKE :1 ESCAPE '\\')`,
      params: ['%sql%'],
    });
    expect(c12.compile(select(users.c.id).from(users).where(users.c.id.notIn(authors))).sql).toContain('WHERE USERS.ID NOT IN (SELECT');
  });
});

describe('LIMIT / OFFSET', () => {
  const base = select(users.c.id, users.c.name).from(users).orderBy(asc(users.c.name));

  // 12c: row_limiting_clause, [OFFSET n {ROW|ROWS}] [FETCH {FIRST|NEXT} m {ROW|ROWS} {ONLY|WITH TIES}].
  test('12c: FETCH NEXT, OFFSET … ROWS, both', () => {
    expect(c12.compile(base.limit(10))).toMatchObject({
      sql: 'SELECT USERS.ID, USERS.NAME FROM USERS ORDER BY USERS.NAME FETCH NEXT :1 ROWS ONLY',
      params: [10],
    });
    expect(c12.compile(base.offset(20))).toMatchObject({
      sql: 'SELECT USERS.ID, USERS.NAME FROM USERS ORDER BY USERS.NAME OFFSET :1 ROWS',
      params: [20],
    });
    expect(c12.compile(base.limit(10).offset(20))).toMatchObject({
      sql: 'SELECT USERS.ID, USERS.NAME FROM USERS ORDER BY USERS.NAME OFFSET :1 ROWS FETCH NEXT :2 ROWS ONLY',
      params: [20, 10],
    });
  });

  // 11g: ROWNUM is assigned before ORDER BY in the same block ("ROWNUM Pseudocolumn"),
  // hence the nesting; the row number column is not selected by the outermost query.
  test('11g: limit only', () => {
    expect(c11.compile(base.limit(10))).toMatchObject({
      sql: 'SELECT * FROM (SELECT USERS.ID, USERS.NAME FROM USERS ORDER BY USERS.NAME) WHERE ROWNUM <= :1',
      params: [10],
    });
  });

  test('11g: limit and offset', () => {
    expect(c11.compile(base.where(users.c.age.gt(3)).limit(10).offset(20))).toMatchObject({
      sql:
        'SELECT ID, NAME FROM (SELECT ALKAHEST_Q.*, ROWNUM AS ALKAHEST_RN FROM ' +
        '(SELECT USERS.ID, USERS.NAME FROM USERS WHERE USERS.AGE > :1 ORDER BY USERS.NAME) ALKAHEST_Q WHERE ROWNUM <= :2 + :3) ' +
        'WHERE ALKAHEST_RN > :4 ORDER BY ALKAHEST_RN',
      params: [3, 20, 10, 20],
    });
  });

  test('11g: offset only, and offset 0 (the SQL never depends on the values)', () => {
    expect(c11.compile(base.offset(5))).toMatchObject({
      sql:
        'SELECT ID, NAME FROM (SELECT ALKAHEST_Q.*, ROWNUM AS ALKAHEST_RN FROM ' +
        '(SELECT USERS.ID, USERS.NAME FROM USERS ORDER BY USERS.NAME) ALKAHEST_Q) WHERE ALKAHEST_RN > :1 ORDER BY ALKAHEST_RN',
      params: [5],
    });
    expect(c11.compile(base.offset(0))).toMatchObject({
      sql:
        'SELECT ID, NAME FROM (SELECT ALKAHEST_Q.*, ROWNUM AS ALKAHEST_RN FROM ' +
        '(SELECT USERS.ID, USERS.NAME FROM USERS ORDER BY USERS.NAME) ALKAHEST_Q) WHERE ALKAHEST_RN > :1 ORDER BY ALKAHEST_RN',
      params: [0],
    });
  });

  test('WITH TIES: the row-limiting clause on 12c+, RANK() in a subquery on 11g', () => {
    const q = base.limit(2, { withTies: true });
    expect(c12.compile(q).sql).toBe('SELECT USERS.ID, USERS.NAME FROM USERS ORDER BY USERS.NAME FETCH NEXT :1 ROWS WITH TIES');
    expect(c11.compile(q)).toMatchObject({
      sql:
        'SELECT ALKAHEST_L.ID, ALKAHEST_L.NAME FROM (SELECT USERS.ID, USERS.NAME, ROW_NUMBER() OVER (ORDER BY USERS.NAME) AS ALKAHEST_RN, ' +
        'RANK() OVER (ORDER BY USERS.NAME) AS ALKAHEST_RK FROM USERS) ALKAHEST_L WHERE ALKAHEST_L.ALKAHEST_RK <= :1 ORDER BY ALKAHEST_L.ALKAHEST_RN',
      params: [2],
    });
  });

  test('11g: aliased keys are selected by their quoted alias', () => {
    expect(c11.compile(select(posts.c.userId).from(posts).offset(1)).sql).toBe(
      'SELECT "userId" FROM (SELECT ALKAHEST_Q.*, ROWNUM AS ALKAHEST_RN FROM (SELECT POSTS.USER_ID AS "userId" FROM POSTS) ALKAHEST_Q) ' +
        'WHERE ALKAHEST_RN > :1 ORDER BY ALKAHEST_RN',
    );
  });
});

describe('operators and functions', () => {
  test('concatenation is ||', () => {
    expect(c12.compile(select({ label: users.c.name.concat(' #', posts.c.title) }).from(users, posts))).toMatchObject({
      sql: 'SELECT USERS.NAME || :1 || POSTS.TITLE AS LABEL FROM USERS, POSTS',
      params: [' #'],
    });
  });

  test('ILIKE is UPPER(a) LIKE UPPER(b), with ESCAPE', () => {
    expect(c12.compile(select(users.c.id).from(users).where(users.c.name.ilike('a!%%', { escape: '!' })))).toMatchObject({
      sql: "SELECT USERS.ID FROM USERS WHERE UPPER(USERS.NAME) LIKE UPPER(:1) ESCAPE '!'",
      params: ['a!%%'],
    });
    expect(c12.compile(select(users.c.id).from(users).where(users.c.name.notIlike('a%'))).sql).toBe(
      `SELECT USERS.ID FROM USERS WHERE UPPER(USERS.NAME) NOT LIKE UPPER(:1) ESCAPE '\\'`,
    );
  });

  test('% is MOD(a, b)', () => {
    expect(c12.compile(select({ odd: users.c.age.mod(2) }).from(users)).sql).toBe('SELECT MOD(USERS.AGE, :1) AS ODD FROM USERS');
    expect(c12.compile(select({ x: users.c.age.plus(1).mod(users.c.id) }).from(users)).sql).toBe(
      'SELECT MOD(USERS.AGE + :1, USERS.ID) AS X FROM USERS',
    );
  });

  test('fn.length is LENGTH, fn.now() SYSTIMESTAMP, aggregates as usual', () => {
    const q = select({ l: fn.length(users.c.name), t: fn.now(), d: fn.countDistinct(users.c.age), m: fn.max(users.c.age) }).from(users);
    expect(c12.compile(q).sql).toBe(
      'SELECT LENGTH(USERS.NAME) AS L, SYSTIMESTAMP AS T, COUNT(DISTINCT USERS.AGE) AS D, MAX(USERS.AGE) AS M FROM USERS',
    );
  });

  test('BETWEEN and IS NOT NULL', () => {
    expect(c12.compile(select(users.c.id).from(users).where(and(users.c.age.between(1, 9), users.c.name.isNotNull())))).toMatchObject({
      sql: 'SELECT USERS.ID FROM USERS WHERE USERS.AGE BETWEEN :1 AND :2 AND USERS.NAME IS NOT NULL',
      params: [1, 9],
    });
  });
});

describe('IN lists (ORA-01795: at most 1000 expressions per list)', () => {
  const ids = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);
  const placeholders = (from: number, to: number): string =>
    Array.from({ length: to - from + 1 }, (_, i) => `:${from + i}`).join(', ');

  test('1000 items stay one list', () => {
    expect(c12.compile(select(users.c.id).from(users).where(users.c.id.in(ids(1000)))).sql).toBe(
      `SELECT USERS.ID FROM USERS WHERE USERS.ID IN (${placeholders(1, 1000)})`,
    );
  });

  test('1001 items are split into OR-ed lists', () => {
    const q = c12.compile(select(users.c.id).from(users).where(users.c.id.in(ids(1001))));
    expect(q.sql).toBe(`SELECT USERS.ID FROM USERS WHERE (USERS.ID IN (${placeholders(1, 1000)}) OR USERS.ID IN (:1001))`);
    expect(q.params).toEqual(ids(1001));
  });

  test('NOT IN is split into AND-ed lists', () => {
    const q = c12.compile(select(users.c.id).from(users).where(users.c.id.notIn(ids(2500))));
    expect(q.sql).toBe(
      `SELECT USERS.ID FROM USERS WHERE (USERS.ID NOT IN (${placeholders(1, 1000)}) AND USERS.ID NOT IN (${placeholders(1001, 2000)}) ` +
        `AND USERS.ID NOT IN (${placeholders(2001, 2500)}))`,
    );
  });

  test('an empty list is a constant condition', () => {
    expect(c12.compile(select(users.c.id).from(users).where(users.c.id.in([]))).sql).toBe('SELECT USERS.ID FROM USERS WHERE 1 = 0');
    expect(c12.compile(select(users.c.id).from(users).where(users.c.id.notIn([]))).sql).toBe('SELECT USERS.ID FROM USERS WHERE 1 = 1');
  });
});
