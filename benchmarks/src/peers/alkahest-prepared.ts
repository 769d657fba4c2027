/**
 * alkahest's prepared select by primary key:
 * `engine.prepare(select(...).where(users.c.id.eq(param('id'))))`, compiled
 * once, then `q.execute({ id })` on every call.
 */
import { param, select } from '@alkahest/core';
import type { Engine } from '@alkahest/pool';
import type { AlkahestUsers } from './alkahest';

export function alkahestPrepared(engine: Engine, users: AlkahestUsers): (id: number) => Promise<unknown> {
  const byId = engine.prepare(select(users.c.id, users.c.name, users.c.email).from(users).where(users.c.id.eq(param('id'))));
  return (id) => byId.execute({ id });
}
