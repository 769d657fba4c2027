/** kysely's tables (typed interfaces), a connection-less instance, and its compile-only statements. */
import {
  DummyDriver,
  Generated,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  sql,
} from 'kysely';
import type { CompileCases } from './compile-cases';

export interface KyselyUsers {
  id: Generated<number>;
  name: string;
  email: string;
  age: number | null;
  score: Generated<number>;
}

export interface KyselyPosts {
  id: Generated<number>;
  user_id: number;
  title: string;
  views: Generated<number>;
}

interface CompileDb {
  users: KyselyUsers;
  posts: KyselyPosts;
}

/** Tables named at run time (`bench_<pid>_users`) all have the users shape. */
export type KyselyUsersDb = Record<string, KyselyUsers>;

export function kyselyCompileCases(): CompileCases {
  const db = new Kysely<CompileDb>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (k) => new PostgresIntrospector(k),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  });
  return {
    selectByPk: (input) => db.selectFrom('users').select(['id', 'name', 'email']).where('id', '=', input.id).compile(),
    joinFilterPage: (input) =>
      db
        .selectFrom('users')
        .innerJoin('posts', 'posts.user_id', 'users.id')
        .select(['users.id', 'users.name', 'posts.title'])
        .where('users.age', '>', input.age)
        .where('posts.title', 'like', input.pattern)
        .orderBy('posts.id', 'desc')
        .limit(input.limit)
        .offset(input.offset)
        .compile(),
    insert10: (input) => db.insertInto('users').values(input.rows).compile(),
    updateExpr: (input) =>
      db
        .updateTable('posts')
        .set((eb) => ({ views: eb('views', '+', 1) }))
        .where('id', '=', input.id)
        .compile(),
    cteExists: (input) =>
      db
        .with('active', (qb) =>
          qb
            .selectFrom('posts')
            .select((eb) => ['user_id', eb.fn.countAll<number>().as('n')])
            .groupBy('user_id')
            .having((eb) => eb.fn.countAll(), '>', input.minPosts),
        )
        .selectFrom('users')
        .innerJoin('active', 'active.user_id', 'users.id')
        .select(['users.id', 'users.name', 'active.n'])
        .where(({ exists, selectFrom }) =>
          exists(
            selectFrom('posts as p')
              .select(sql.lit(1).as('one'))
              .whereRef('p.user_id', '=', 'users.id')
              .where('p.views', '>', input.minViews),
          ),
        )
        .compile(),
  };
}
