/** Every area of the conformance suite, in the order they run. */
import type { Area } from '../harness/case';
import { ddl } from './ddl';
import { grouping } from './grouping';
import { inserts } from './insert';
import { joins } from './joins';
import { orderingNulls } from './ordering-nulls';
import { predicates } from './predicates';
import { selectBasics } from './select-basics';
import { subqueries } from './subqueries';
import { typesEdges } from './types-edges';
import { unicodeAndEmpty } from './unicode-and-empty';
import { updateDelete } from './update-delete';

export const areas: readonly Area[] = [selectBasics, predicates, joins, grouping, orderingNulls, subqueries, inserts, updateDelete, ddl, typesEdges, unicodeAndEmpty];
