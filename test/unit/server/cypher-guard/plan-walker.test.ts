/** The plan walker on plan trees shaped like Neo4j 5.26's EXPLAIN output: no database needed. */
import { describe, expect, it } from 'vitest';
import {
  checkExplain,
  checkPlan,
  namespacedCalls,
  parseOperator,
  procedureName,
  type PlanNode,
} from '../../../../server/cypher-guard/plan-walker.ts';
import { READ_OPERATORS, WRITE_OPERATORS } from '../../../../server/cypher-guard/allowlists.ts';

const op = (operatorType: string, details?: string, ...children: PlanNode[]): PlanNode => ({
  operatorType: operatorType.includes('@') ? operatorType : `${operatorType}@neo4j`,
  arguments: details === undefined ? {} : { Details: details },
  children,
});
const produce = (...children: PlanNode[]) => op('ProduceResults', 'n', ...children);

describe('parseOperator', () => {
  it('splits name, variant and database', () => {
    expect(parseOperator('VarLengthExpand(Pruning,BFS,All)@neo4j')).toEqual({
      name: 'VarLengthExpand',
      variant: 'Pruning,BFS,All',
      database: 'neo4j',
    });
    expect(parseOperator('AdministrationCommand@system')).toEqual({ name: 'AdministrationCommand', variant: null, database: 'system' });
    expect(parseOperator('Filter')).toEqual({ name: 'Filter', variant: null, database: null });
  });
});

describe('checkPlan', () => {
  it('accepts a plan of reads, however deep', () => {
    const plan = produce(
      op(
        'Top',
        '`n.name` ASC LIMIT 5',
        op(
          'Apply',
          undefined,
          op('NodeUniqueIndexSeek', 'UNIQUE n:Entity(key) WHERE key = $autostring_0'),
          op(
            'RollUpApply',
            'names',
            op('StatefulShortestPath(Into)', 'SHORTEST 1 (a) ((`anon_2`)-[`r`]-(`anon_4`)){1, 4} (b)', op('Argument', 'n')),
            op('VarLengthExpand(Pruning,BFS,All)', '(a)-[*..3]->(b)', op('Expand(All)', '(n)-[anon_0]->(m)', op('Argument', 'n'))),
          ),
        ),
      ),
    );
    expect(checkPlan(plan, 'neo4j')).toBeNull();
  });

  it('refuses a write anywhere in the tree as not read-only, naming it', () => {
    const plan = produce(op('Apply', undefined, op('AllNodesScan', 'n'), op('SubqueryForeach', undefined, op('SetProperty', 'n.x = 1'))));
    expect(checkPlan(plan, 'neo4j')).toEqual({ code: 'cypher_not_read_only', reason: expect.stringContaining('SubqueryForeach') });
    expect(checkPlan(produce(op('Create', '(n:X)')), 'neo4j')?.code).toBe('cypher_not_read_only');
    expect(checkPlan(produce(op('NodeUniqueIndexSeek(Locking)', 'UNIQUE n:X(k)')), 'neo4j')?.code).toBe('cypher_not_read_only');
  });

  it('refuses LOAD CSV, admin commands and transaction management as forbidden', () => {
    expect(checkPlan(produce(op('LoadCSV', 'line')), 'neo4j')).toEqual({
      code: 'cypher_forbidden_operation',
      reason: expect.stringContaining('LOAD CSV'),
    });
    expect(checkPlan(op('AdministrationCommand@system'), 'neo4j')?.code).toBe('cypher_forbidden_operation');
    expect(checkPlan(produce(op('TerminateTransactions', 'transactions(x)')), 'neo4j')?.code).toBe('cypher_forbidden_operation');
    expect(checkPlan(produce(op('ShowTransactions')), 'neo4j')?.code).toBe('cypher_forbidden_operation');
  });

  it('fails closed on an operator it does not know', () => {
    expect(checkPlan(produce(op('SomeFutureOperator')), 'neo4j')).toEqual({
      code: 'cypher_forbidden_operation',
      reason: expect.stringContaining('SomeFutureOperator'),
    });
  });

  it('refuses an operator that runs against another database', () => {
    expect(checkPlan(produce(op('AllNodesScan@other', 'n')), 'neo4j')?.reason).toContain('"other"');
  });

  it('allows only listed procedures', () => {
    expect(checkPlan(produce(op('ProcedureCall', 'db.labels() :: (label :: STRING)')), 'neo4j')).toBeNull();
    const fulltext = 'db.index.fulltext.queryNodes($autostring_0, $autostring_1) :: (node :: NODE, score :: FLOAT)';
    expect(checkPlan(produce(op('ProcedureCall', fulltext)), 'neo4j')).toBeNull();
    for (const details of [
      'dbms.killConnections($autolist_0) :: (connectionId :: STRING)',
      'db.createLabel($autostring_0)',
      'db.clearQueryCaches() :: (value :: STRING)',
    ]) {
      expect(checkPlan(produce(op('ProcedureCall', details)), 'neo4j')?.code).toBe('cypher_forbidden_operation');
    }
    expect(checkPlan(produce(op('ProcedureCall', '')), 'neo4j')?.reason).toContain('could not be identified');
  });

  it("allows Cypher's own namespaced functions and refuses a plugin's", () => {
    const ok = op(
      'Projection',
      'point.distance(point({x: $autoint_1, y: $autoint_2}), $p) AS d, db.nameFromElementId($id) AS db, datetime.truncate($u, $d) AS t',
    );
    expect(checkPlan(produce(ok), 'neo4j')).toBeNull();
    expect(checkPlan(produce(op('Projection', 'apoc.load.json($autostring_0) AS x')), 'neo4j')?.reason).toContain('apoc.load.json');
    expect(checkPlan(produce(op('Filter', '`apoc`.`cypher`.`run`($q) IS NOT NULL')), 'neo4j')?.code).toBe('cypher_forbidden_operation');
    const viaProcedure = op('ProcedureCall', 'db.index.fulltext.queryNodes(apoc.text.join($l, $s), $q) :: (node :: NODE)');
    expect(checkPlan(produce(viaProcedure), 'neo4j')?.reason).toContain('apoc.text.join');
  });

  it('keeps the read and write lists apart', () => {
    for (const name of WRITE_OPERATORS) expect(READ_OPERATORS.has(name), name).toBe(false);
  });
});

describe('procedureName and namespacedCalls', () => {
  it('read names from operator details', () => {
    expect(procedureName('db.schema.visualization() :: (nodes :: LIST<NODE>)')).toBe('db.schema.visualization');
    expect(procedureName('`db`.`labels`() :: (label :: STRING)')).toBe('db.labels');
    expect(namespacedCalls('cache[n.name] STARTS WITH $x AND size(n.aliases) > 1 AND n.name IN $l')).toEqual([]);
    expect(namespacedCalls('vector.similarity.cosine(n.v, $v) > 0.5')).toEqual(['vector.similarity.cosine']);
  });
});

describe('checkExplain', () => {
  const readPlan = produce(op('AllNodesScan', 'n'));
  it('accepts a read on the configured database', () => {
    expect(checkExplain({ queryType: 'r', database: 'neo4j', plan: readPlan }, 'neo4j')).toBeNull();
  });
  it('refuses a write query type even when the plan shows no write operator', () => {
    expect(checkExplain({ queryType: 'rw', database: 'neo4j', plan: readPlan }, 'neo4j')?.code).toBe('cypher_not_read_only');
    expect(checkExplain({ queryType: 'w', database: 'neo4j', plan: readPlan }, 'neo4j')?.code).toBe('cypher_not_read_only');
  });
  it('refuses schema and admin query types, another database, and a missing plan', () => {
    expect(checkExplain({ queryType: 's', database: 'neo4j', plan: readPlan }, 'neo4j')?.code).toBe('cypher_forbidden_operation');
    expect(checkExplain({ queryType: 'r', database: 'system', plan: readPlan }, 'neo4j')?.code).toBe('cypher_forbidden_operation');
    expect(checkExplain({ queryType: 'r', database: 'neo4j', plan: false }, 'neo4j')?.code).toBe('cypher_forbidden_operation');
  });
  it('accepts type "s" only for procedures that describe the server', () => {
    const components = produce(op('ProcedureCall', 'dbms.components() :: (name :: STRING, versions :: LIST<STRING>, edition :: STRING)'));
    expect(checkExplain({ queryType: 's', database: 'neo4j', plan: components }, 'neo4j')).toBeNull();
    const labels = produce(op('ProcedureCall', 'db.labels() :: (label :: STRING)'));
    expect(checkExplain({ queryType: 's', database: 'neo4j', plan: labels }, 'neo4j')?.code).toBe('cypher_forbidden_operation');
  });
  it('lets db.stats.retrieve read a describing section named by a request parameter, nothing else', () => {
    const stats = (arg: string) => produce(op('ProcedureCall', `db.stats.retrieve($${arg}) :: (section :: STRING, data :: MAP)`));
    expect(checkExplain({ queryType: 'r', database: 'neo4j', plan: stats('s') }, 'neo4j', { s: 'GRAPH COUNTS' })).toBeNull();
    expect(checkExplain({ queryType: 'r', database: 'neo4j', plan: stats('s') }, 'neo4j', { s: 'QUERIES' })?.code).toBe(
      'cypher_forbidden_operation',
    );
    expect(checkExplain({ queryType: 'r', database: 'neo4j', plan: stats('s') }, 'neo4j', { s: 'ALL' })).not.toBeNull();
    // A literal becomes an anonymous parameter whose value the plan hides: a same-named request parameter proves nothing.
    expect(
      checkExplain({ queryType: 'r', database: 'neo4j', plan: stats('autostring_0') }, 'neo4j', { autostring_0: 'GRAPH COUNTS' }),
    ).not.toBeNull();
  });
});
