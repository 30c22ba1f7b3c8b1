// GremlinQuad quickstart with the official TinkerPop JavaScript client (gremlin 3.8.2).
// Usage: node quickstart.js [ws://localhost:8182/gremlin] [folder of Neptune CSV files to load first]
// With a folder, it is bulk-loaded through Neptune's loader API (POST /loader, then GET /loader/{id}
// until done); the server reads the files itself, so give a path the server can see.
'use strict';
const path = require('node:path');
const gremlin = require('gremlin');

const url = process.argv[2] || 'ws://localhost:8182/gremlin';
const folder = process.argv[3];
const http = url.replace(/^ws/, 'http').replace(/\/gremlin$/, '');
const { DriverRemoteConnection } = gremlin.driver;
const { order } = gremlin.process;
const __ = gremlin.process.statics;

async function load(source) {
  const started = await fetch(`${http}/loader`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ source, format: 'csv', failOnError: 'TRUE', mode: 'AUTO' }),
  });
  const body = await started.json();
  if (!started.ok) throw new Error(`POST /loader: ${body.code}: ${body.detailedMessage}`);
  const loadId = body.payload.loadId;
  for (;;) {
    const status = await (await fetch(`${http}/loader/${loadId}?errors=TRUE`)).json();
    const overall = status.payload.overallStatus;
    if (overall.status !== 'LOAD_IN_PROGRESS' && overall.status !== 'LOAD_IN_QUEUE') {
      console.log(`load ${overall.status}: ${overall.totalRecords} records`);
      if (overall.status !== 'LOAD_COMPLETED') throw new Error(JSON.stringify(status.payload.errors));
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function main() {
  if (folder) await load(path.resolve(folder));
  const connection = new DriverRemoteConnection(url);
  const g = gremlin.process.AnonymousTraversalSource.traversal().withRemote(connection);
  try {
    console.log('airports:', (await g.V().hasLabel('airport').count().next()).value);
    console.log('routes:', (await g.E().hasLabel('route').count().next()).value);
    console.log('routes from AAA:', (await g.V().has('code', 'AAA').out('route').count().next()).value);
    const busiest = await g.V().hasLabel('hub').order().by(__.out('route').count(), order.desc).limit(3).values('code').toList();
    console.log('busiest hubs:', busiest.join(', '));
    const longest = await g.V().has('code', 'AAA').outE('route').order().by('dist', order.desc).limit(1)
      .project('to', 'km').by(__.inV().values('code')).by('dist').next();
    console.log('longest route from AAA:', `${longest.value.get('to')} (${longest.value.get('km')} km)`);
    const country = await g.V().has('code', 'AAA').in_('contains').values('name').next();
    console.log('country of AAA:', country.value);
  } finally {
    await connection.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
