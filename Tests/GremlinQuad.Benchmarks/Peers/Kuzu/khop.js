'use strict';
// The k-hop suite's peer: loads the suite's edges into an in-memory Kuzu database and times the
// Cypher equivalent of the Gremlin k-hop count (distinct vertices other than the start reachable in
// 1..k outgoing hops). Prints one JSON object on stdout; the suite reads it.
//
// node khop.js --data DIR --hops 1,2,3,6 --warmup 1 --budget-ms 60000
//   DIR holds nodes.csv (one id per line), edges.csv (source,target per line) and starts.txt
//   (one start id per line), all written by the suite.

const fs = require('fs');
const path = require('path');

function parseArguments(argv) {
  const options = { hops: [1, 2, 3, 6], warmup: 1, budgetMs: 60000, threads: 0 };
  for (let i = 2; i < argv.length; i += 2) {
    const value = argv[i + 1];
    switch (argv[i]) {
      case '--data': options.data = value; break;
      case '--hops': options.hops = value.split(',').map(Number); break;
      case '--warmup': options.warmup = Number(value); break;
      case '--budget-ms': options.budgetMs = Number(value); break;
      case '--threads': options.threads = Number(value); break;
      default: throw new Error(`unknown argument ${argv[i]}; expected --data, --hops, --warmup, --budget-ms or --threads`);
    }
  }
  if (!options.data) throw new Error('--data DIR is required (the folder holding nodes.csv, edges.csv and starts.txt)');
  return options;
}

async function single(connection, statement, parameters) {
  const result = parameters === undefined
    ? await connection.query(statement)
    : await connection.execute(statement, parameters);
  const results = Array.isArray(result) ? result : [result];
  const rows = await results[results.length - 1].getAll();
  for (const r of results) r.close();
  return rows;
}

async function main() {
  const options = parseArguments(process.argv);
  let kuzu;
  try {
    kuzu = require('kuzu');
  } catch (error) {
    throw new Error(`the kuzu package is not installed next to this script (${error.message}); run npm install --no-audit --no-fund in ${__dirname}`);
  }
  const nodes = path.join(options.data, 'nodes.csv');
  const edges = path.join(options.data, 'edges.csv');
  const starts = fs.readFileSync(path.join(options.data, 'starts.txt'), 'utf8').split('\n').filter(Boolean).map(Number);

  const database = new kuzu.Database(':memory:');
  const connection = options.threads > 0 ? new kuzu.Connection(database, options.threads) : new kuzu.Connection(database);
  const loadStarted = process.hrtime.bigint();
  await single(connection, 'CREATE NODE TABLE N(id INT64, PRIMARY KEY (id))');
  await single(connection, 'CREATE REL TABLE E(FROM N TO N)');
  await single(connection, `COPY N FROM '${nodes.replace(/'/g, "\\'")}' (HEADER=false)`);
  await single(connection, `COPY E FROM '${edges.replace(/'/g, "\\'")}' (HEADER=false)`);
  const loadMs = Number(process.hrtime.bigint() - loadStarted) / 1e6;
  const edgeCount = (await single(connection, 'MATCH ()-[e:E]->() RETURN count(e) AS c'))[0].c;

  const hops = [];
  for (const k of options.hops) {
    // SHORTEST makes Kuzu visit each reachable node once (a BFS), as a visited set would; a plain
    // *1..k would enumerate every walk, which no one would write for a neighbourhood count.
    const statement = await connection.prepare(
      `MATCH (a:N)-[:E* SHORTEST 1..${k}]->(b:N) WHERE a.id = $s AND b.id <> $s RETURN count(DISTINCT b.id) AS c`);
    for (let i = 0; i < Math.min(options.warmup, starts.length); i++)
      await single(connection, statement, { s: starts[i] });
    const times = [];
    const counts = [];
    const began = Date.now();
    for (const start of starts) {
      const t0 = process.hrtime.bigint();
      const rows = await single(connection, statement, { s: start });
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
      counts.push(Number(rows[0].c));
      if (Date.now() - began > options.budgetMs) break;
    }
    hops.push({ k, times, counts });
  }
  await connection.close();
  await database.close();
  process.stdout.write(JSON.stringify({ kuzu: kuzu.VERSION ?? require('kuzu/package.json').version, loadMs, edges: Number(edgeCount), hops }) + '\n');
}

main().catch(error => {
  process.stdout.write(JSON.stringify({ error: String(error && error.message || error) }) + '\n');
  process.exit(1);
});
