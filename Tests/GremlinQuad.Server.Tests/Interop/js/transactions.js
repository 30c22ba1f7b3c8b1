// Transactions through the official TinkerPop JavaScript client (gremlin 3.8.2): g.tx() over bytecode,
// script sessions with g.tx().commit()/rollback(), atomic failing traversals, and isolation from readers.
// Usage: node transactions.js <ws-url> <mime> <case>
// Prints one JSON line: {"ok": true} or {"ok": false, "detail": "..."}; NUnit runs one process per case.
'use strict';
const assert = require('node:assert/strict');
const gremlin = require('gremlin');
const { expectError, runCase } = require('./harness');

const [, , url, mimeType, caseName] = process.argv;
const { DriverRemoteConnection, Client } = gremlin.driver;
const { t } = gremlin.process;
const traversal = gremlin.process.AnonymousTraversalSource.traversal;

function unique(prefix) {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e9)}`;
}

async function withG(body) {
  const connection = new DriverRemoteConnection(url, { mimeType, traversalSource: 'g' });
  try {
    await body(traversal().withRemote(connection));
  } finally {
    await connection.close();
  }
}

async function count(g, label) {
  return (await g.V().hasLabel(label).count().next()).value;
}

const cases = {
  async tx_commit() {
    await withG(async (g) => {
      const label = unique('commit');
      const tx = g.tx();
      const gtx = tx.begin();
      await gtx.addV(label).property('n', 1).iterate();
      await gtx.addV(label).property('n', 2).iterate();
      assert.equal(await count(gtx, label), 2, 'the transaction sees its own writes');
      assert.equal(await count(g, label), 0, 'a reader outside saw uncommitted writes');
      await tx.commit();
      assert.equal(await count(g, label), 2);
    });
  },

  async tx_rollback() {
    await withG(async (g) => {
      const label = unique('rollback');
      const tx = g.tx();
      const gtx = tx.begin();
      await gtx.addV(label).iterate();
      await gtx.V().hasLabel(label).property('touched', true).iterate();
      await tx.rollback();
      assert.equal(await count(g, label), 0);
    });
  },

  async tx_conflict_is_retryable() {
    await withG(async (g) => {
      const id = unique('contended');
      await g.addV('counter').property(t.id, id).property('n', 0).iterate();
      const first = g.tx();
      const second = g.tx();
      const g1 = first.begin();
      const g2 = second.begin();
      await g1.V(id).property('n', 1).iterate();
      await g2.V(id).property('n', 2).iterate();
      await first.commit();
      await expectError(second.commit(), 596, /retry the transaction/);
      assert.equal((await g.V(id).values('n').next()).value, 1);
    });
  },

  async script_session_commit_and_rollback() {
    const label = unique('script');
    const client = new Client(url, { mimeType, traversalSource: 'g', session: unique('session') });
    try {
      await client.submit(`g.addV('${label}').iterate()`);
      await client.submit('g.tx().rollback()');
      assert.deepEqual((await client.submit(`g.V().hasLabel('${label}').count()`)).toArray(), [0]);
      await client.submit(`g.addV('${label}').iterate()`);
      await client.submit(`g.addV('${label}').iterate()`);
      await withG(async (g) => assert.equal(await count(g, label), 0, 'uncommitted script writes were visible'));
      await client.submit('g.tx().commit()');
      await withG(async (g) => assert.equal(await count(g, label), 2));
      // Written after the commit and never committed: close rolls it back.
      await client.submit(`g.addV('${label}').iterate()`);
    } finally {
      await client.close();
    }
    await withG(async (g) => assert.equal(await count(g, label), 2, 'close must roll back'));
  },

  async failing_traversal_leaves_nothing() {
    await withG(async (g) => {
      const label = unique('half');
      const id = unique('dup');
      // The second injected traverser fails on the id the first one has just written.
      await expectError(g.inject(1, 2).addV(label).property(t.id, id).iterate(), 500, /already exists/);
      assert.equal(await count(g, label), 0, 'a failed sessionless traversal left writes');

      const tx = g.tx();
      const gtx = tx.begin();
      await gtx.addV(label).property('kept', true).iterate();
      await expectError(gtx.inject(1, 2).addV(label).property(t.id, id).iterate(), 500, /already exists/);
      assert.equal(await count(gtx, label), 1, 'the failed request left writes in the transaction');
      await tx.commit();
      assert.equal(await count(g, label), 1);
      assert.equal((await g.V().hasLabel(label).values('kept').next()).value, true);
    });
  },

  async reader_never_sees_half_a_transaction() {
    await withG(async (g) => {
      const label = unique('whole');
      const perTransaction = 4;
      const transactions = 8;
      const seen = [];
      let writing = true;
      const reader = (async () => {
        while (writing) seen.push(await count(g, label));
        seen.push(await count(g, label));
      })();
      for (let i = 0; i < transactions; i++) {
        const tx = g.tx();
        const gtx = tx.begin();
        for (let j = 0; j < perTransaction; j++) await gtx.addV(label).property('tx', i).iterate();
        await tx.commit();
      }
      writing = false;
      await reader;
      const torn = seen.filter((n) => n % perTransaction !== 0);
      assert.deepEqual(torn, [], `reads saw half a transaction: ${torn.join(', ')} (of ${seen.length} reads)`);
      assert.equal(seen[seen.length - 1], perTransaction * transactions);
    });
  },
};

runCase(cases, caseName);
