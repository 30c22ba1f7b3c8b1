// Drives GremlinQuad with the official TinkerPop JavaScript client (gremlin 3.8.2).
// Usage: node interop.js <ws-url> <mime> <case> [user] [password]
// Prints one JSON line: {"ok": true} or {"ok": false, "detail": "..."}; NUnit runs one process per case.
'use strict';
const assert = require('node:assert/strict');
const gremlin = require('gremlin');
const { expectError, runCase } = require('./harness');

const [, , url, mimeType, caseName, user, password] = process.argv;
const { DriverRemoteConnection, Client } = gremlin.driver;
const { PlainTextSaslAuthenticator } = gremlin.driver.auth;
const { t, P, TextP, cardinality, merge } = gremlin.process;
const { Vertex, Edge, Path, VertexProperty } = gremlin.structure;
const __ = gremlin.process.statics;
const traversal = gremlin.process.AnonymousTraversalSource.traversal;

function options(extra) {
  const result = { mimeType, ...extra };
  if (user !== undefined) result.authenticator = new PlainTextSaslAuthenticator(user, password);
  return result;
}

function source(name) {
  const connection = new DriverRemoteConnection(url, options({ traversalSource: name || 'g' }));
  return { g: traversal().withRemote(connection), connection };
}

async function withG(name, body) {
  const { g, connection } = source(name);
  try {
    await body(g);
  } finally {
    await connection.close();
  }
}

async function withClient(body, extra) {
  const client = new Client(url, options({ traversalSource: 'g', ...extra }));
  try {
    await body(client);
  } finally {
    await client.close();
  }
}

const cases = {
  async script_count() {
    await withClient(async (client) => {
      const result = await client.submit('g.V().count()');
      assert.deepEqual(result.toArray(), [6]);
    });
  },
  async script_bindings_and_lang() {
    await withClient(async (client) => {
      const result = await client.submit("g.V().has('name', who).values('age')", { who: 'josh' });
      assert.deepEqual(result.toArray(), [32]);
    });
  },
  async bytecode_values() {
    await withG('gmodern', async (g) => {
      const names = await g.V().hasLabel('person').order().by('age', gremlin.process.order.desc).values('name').toList();
      assert.deepEqual(names, ['peter', 'josh', 'marko', 'vadas']);
    });
  },
  async bulked_results_unroll() {
    await withG('gmodern', async (g) => {
      const langs = await g.V().out('created').values('lang').toList();
      assert.deepEqual(langs, ['java', 'java', 'java', 'java']);
    });
  },
  async vertex_with_properties() {
    await withG('gmodern', async (g) => {
      const v = await g.V().has('person', 'name', 'marko').next();
      assert.ok(v.value instanceof Vertex, 'a Vertex');
      assert.equal(v.value.label, 'person');
      const names = v.value.properties.filter((p) => p.key === 'name').map((p) => p.value);
      assert.deepEqual(names, ['marko']);
      assert.ok(v.value.properties[0] instanceof VertexProperty);
    });
  },
  async vertex_reference_with_tokens() {
    await withG('gmodern', async (g) => {
      const v = await g.with_('materializeProperties', 'tokens').V().has('person', 'name', 'marko').next();
      assert.ok(v.value instanceof Vertex);
      assert.deepEqual(v.value.properties ?? [], []);
    });
  },
  async edge() {
    await withG('gmodern', async (g) => {
      const e = await g.V().has('name', 'marko').outE('knows').has('weight', 1.0).next();
      assert.ok(e.value instanceof Edge, 'an Edge');
      assert.equal(e.value.label, 'knows');
      assert.equal(e.value.outV.label, 'person');
      assert.equal(e.value.inV.label, 'person');
    });
  },
  async path() {
    await withG('gmodern', async (g) => {
      const p = await g.V().has('name', 'marko').as('a').out('knows').has('name', 'vadas').as('b').path().next();
      assert.ok(p.value instanceof Path, 'a Path');
      assert.equal(p.value.objects.length, 2);
      assert.deepEqual([...p.value.labels[0]], ['a']);
      assert.ok(p.value.objects[1] instanceof Vertex);
    });
  },
  async maps_with_token_keys() {
    await withG('gmodern', async (g) => {
      const m = await g.V().has('name', 'marko').elementMap('name').next();
      assert.ok(m.value instanceof Map, 'a Map');
      const keys = [...m.value.keys()].map((k) => (typeof k === 'string' ? k : `${k.typeName}.${k.elementName}`));
      assert.deepEqual(keys.sort(), ['T.id', 'T.label', 'name'].sort());
      assert.equal(m.value.get('name'), 'marko');
    });
  },
  async lists_and_group_maps() {
    await withG('gmodern', async (g) => {
      const folded = await g.V().hasLabel('software').values('name').order().fold().next();
      assert.deepEqual(folded.value, ['lop', 'ripple']);
      const groups = await g.V().group().by(t.label).by(__.count()).next();
      assert.equal(groups.value.get('person'), 4);
      assert.equal(groups.value.get('software'), 2);
    });
  },
  async sets() {
    await withG('g', async (g) => {
      const s = await g.inject(new Set(['a', 'b'])).next();
      assert.ok(s.value instanceof Set, 'a Set');
      assert.deepEqual([...s.value].sort(), ['a', 'b']);
    });
  },
  async numbers_of_each_width() {
    await withClient(async (client) => {
      const result = (await client.submit('g.inject(1, 2147483648L, 1.5d, 2.5f, 3s, 4b, 12345678901234567890n)')).toArray();
      assert.deepEqual(result.slice(0, 6), [1, 2147483648, 1.5, 2.5, 3, 4]);
      // Only GraphBinary has a BigInteger type JS maps to bigint; its GraphSON reader returns gx:BigInteger as a number.
      if (mimeType.includes('graphbinary')) assert.equal(result[6], 12345678901234567890n);
      else assert.equal(Number(result[6]), 12345678901234567890);
    });
    await withG('g', async (g) => {
      const values = await g.inject(1, 2147483648, 1.5).toList();
      assert.deepEqual(values, [1, 2147483648, 1.5]);
      if (mimeType.includes('graphbinary')) {
        const big = await g.inject(12345678901234567890n).next();
        assert.equal(big.value, 12345678901234567890n);
      }
      const count = await g.V().count().next();
      assert.equal(count.value, 6);
    });
  },
  async dates() {
    const when = new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 6));
    await withG('g', async (g) => {
      const back = await g.inject(when).next();
      assert.ok(back.value instanceof Date, 'a Date');
      assert.equal(back.value.getTime(), when.getTime());
    });
    await withClient(async (client) => {
      const parsed = (await client.submit("g.inject(datetime('2018-01-01T00:00:00Z'))")).toArray();
      assert.equal(parsed[0].getTime(), Date.UTC(2018, 0, 1));
    });
  },
  async uuids() {
    await withClient(async (client) => {
      const result = (await client.submit("g.inject(UUID('6063b3be-8f55-466d-8871-bf75cabb7033'))")).toArray();
      assert.equal(String(result[0]).toLowerCase(), '6063b3be-8f55-466d-8871-bf75cabb7033');
    });
  },
  async enums() {
    await withG('g', async (g) => {
      const tokens = await g.inject(t.id, gremlin.process.direction.out, gremlin.process.order.desc).toList();
      // GraphBinary gives EnumValues; the GraphSON reader returns some tokens as plain strings.
      assert.deepEqual(tokens.map(String), ['id', 'OUT', 'desc']);
    });
  },
  async predicates() {
    await withG('gmodern', async (g) => {
      const names = await g.V().has('age', P.gt(30).and(P.lt(40))).has('name', TextP.containing('e')).values('name').toList();
      assert.deepEqual(names.sort(), ['peter']);
      const within = await g.V().has(t.label, P.within('person', 'dog')).count().next();
      assert.equal(within.value, 4);
      const between = await g.V().has('age', P.between(27, 32)).values('name').toList();
      assert.deepEqual(between.sort(), ['marko', 'vadas']);
    });
  },
  async writes_and_iterate() {
    await withG('g', async (g) => {
      const name = `js-${Date.now()}-${Math.random()}`;
      await g.addV('person').property('name', name).iterate();
      const count = await g.V().has('person', 'name', name).count().next();
      assert.equal(count.value, 1);
      await g.mergeV(new Map([[t.label, 'person'], ['name', name]])).option(merge.onMatch, new Map([['age', 7]])).iterate();
      const age = await g.V().has('person', 'name', name).values('age').next();
      assert.equal(age.value, 7);
    });
  },
  async batching_of_ten_thousand() {
    await withG('gbig', async (g) => {
      const values = await g.with_('batchSize', 64).V().out().limit(10000).values('n').toList();
      assert.equal(values.length, 10000);
    });
    await withClient(async (client) => {
      const stream = [];
      const result = await client.submit('g.V().out().limit(10000).values("n")', null, { batchSize: 500 });
      stream.push(...result.toArray());
      assert.equal(stream.length, 10000);
    }, { traversalSource: 'gbig' });
  },
  async errors() {
    await withClient(async (client) => {
      const syntax = await expectError(client.submit('g.V().has('), 499, /line 1/);
      assert.ok(syntax.statusAttributes.get('exceptions').length >= 1);
      assert.equal(typeof syntax.statusAttributes.get('stackTrace'), 'string');
      await expectError(client.submit('g.V().frobnicate()'), 597, /frobnicate/);
    });
    await withG('gmodern', async (g) => {
      await expectError(g.addV('person').iterate(), 499, /read-only/);
    });
    await withG('gnothere', async (g) => {
      await expectError(g.V().toList(), 499, /gnothere/);
    });
  },
  async timeout() {
    await withG('gbig', async (g) => {
      await expectError(g.with_('evaluationTimeout', 100).V().out().out().out().out().path().count().next(), 598, /evaluationTimeout/);
    });
  },
  async sessions_tx_commit() {
    const { g, connection } = source('g');
    try {
      const name = `tx-${Date.now()}-${Math.random()}`;
      const tx = g.tx();
      const gtx = tx.begin();
      await gtx.addV('person').property('name', name).iterate();
      await tx.commit();
      const count = await g.V().has('person', 'name', name).count().next();
      assert.equal(count.value, 1);
    } finally {
      await connection.close();
    }
  },
  async script_session() {
    const client = new Client(url, options({ traversalSource: 'gmodern', session: `s-${Date.now()}` }));
    try {
      const first = await client.submit('g.V().count()');
      assert.deepEqual(first.toArray(), [6]);
    } finally {
      await client.close();
    }
  },
  async auth_failure() {
    await withClient(async (client) => {
      await expectError(client.submit('g.V().count()'), 401, /incorrect/);
    });
  },
};

runCase(cases, caseName);
