/** knex's statements of the compile-only suite: `.toSQL().toNative()` (driver-ready SQL). */
import knexFactory from 'knex';
import type { CompileCases } from './compile-cases';

export function knexCompileCases(): CompileCases {
  // No connection: knex only builds and compiles.
  const k = knexFactory({ client: 'pg' });
  return {
    selectByPk: (input) => k('users').select('id', 'name', 'email').where('id', input.id).toSQL().toNative(),
    joinFilterPage: (input) =>
      k('users')
        .join('posts', 'posts.user_id', 'users.id')
        .select('users.id', 'users.name', 'posts.title')
        .where('users.age', '>', input.age)
        .andWhere('posts.title', 'like', input.pattern)
        .orderBy('posts.id', 'desc')
        .limit(input.limit)
        .offset(input.offset)
        .toSQL()
        .toNative(),
    insert10: (input) => k('users').insert(input.rows).toSQL().toNative(),
    updateExpr: (input) => k('posts').where('id', input.id).increment('views', 1).toSQL().toNative(),
    cteExists: (input) =>
      k
        .with('active', (qb) => qb.from('posts').select('user_id').count({ n: '*' }).groupBy('user_id').having(k.raw('count(*)'), '>', input.minPosts))
        .from('users')
        .join('active', 'active.user_id', 'users.id')
        .select('users.id', 'users.name', 'active.n')
        .whereExists((qb) => qb.select(k.raw('1')).from('posts as p').where('p.user_id', k.ref('users.id')).andWhere('p.views', '>', input.minViews))
        .toSQL()
        .toNative(),
  };
}
