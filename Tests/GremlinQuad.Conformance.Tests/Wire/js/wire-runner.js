// Runs gremlin-lang scripts through the official TinkerPop JavaScript client (gremlin 3.8.2) for the wire
// conformance tests. Usage: node wire-runner.js <ws-url> <mime>
// One long-lived process per serializer: each stdin line is a request
//   {"id": 1, "script": "g.V()", "alias": "gmodern", "bindings": {"x": <value>}, "timeoutMs": 30000}
// and each stdout line the answer to one request, in any order:
//   {"id": 1, "ok": true, "results": [<value>, ...]}
//   {"id": 1, "ok": false, "status": 597, "error": "message"}      (status 0: the client itself failed)
// <value> is a typed JSON encoding of what the client decoded (or of what it should send, for bindings):
// strings, booleans and null are themselves; everything else is {"t": kind, ...}. See WireValues.cs.
'use strict';
const readline = require('node:readline');
const gremlin = require('gremlin');
// The Client class always sends language 'gremlin-groovy'; the Connection it wraps lets the request say
// 'gremlin-lang', which is what these scripts are.
const Connection = require('gremlin/lib/driver/connection');

const [, , url, mimeType] = process.argv;
const { Vertex, Edge, VertexProperty, Property, Path } = gremlin.structure;
const { EnumValue } = gremlin.process;

function toJs(value) {
  if (value === null || typeof value !== 'object') return value;
  switch (value.t) {
    case 'number':
      return typeof value.v === 'string' ? Number(value.v) : value.v;
    case 'bigint':
      return BigInt(value.v);
    case 'date':
      return new Date(value.v);
    case 'list':
      return value.items.map(toJs);
    case 'set':
      return new Set(value.items.map(toJs));
    case 'map':
      return new Map(value.entries.map(([k, v]) => [toJs(k), toJs(v)]));
    case 'enum':
      return new EnumValue(value.type, value.value);
    case 'vertex':
      return new Vertex(toJs(value.id), value.label);
    case 'edge':
      return new Edge(toJs(value.id), toJs(value.outV), value.label, toJs(value.inV));
    case 'vertexproperty':
      return new VertexProperty(toJs(value.id), value.key, toJs(value.value));
    case 'property':
      return new Property(value.key, toJs(value.value));
    case 'path':
      return new Path(value.labels, value.objects.map(toJs));
    default:
      throw new Error(`cannot bind a value of kind '${value.t}'`);
  }
}

function fromJs(value) {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      // JSON has no NaN, infinities or negative zero: those travel as text.
      if (!Number.isFinite(value) || Object.is(value, -0)) return { t: 'number', v: String(Object.is(value, -0) ? '-0' : value) };
      return { t: 'number', v: value };
    case 'bigint':
      return { t: 'bigint', v: value.toString() };
    default:
      break;
  }
  if (value instanceof Date) return { t: 'date', v: value.toISOString() };
  if (Array.isArray(value)) return { t: 'list', items: value.map(fromJs) };
  if (value instanceof Set) return { t: 'set', items: [...value].map(fromJs) };
  if (value instanceof Map) return { t: 'map', entries: [...value].map(([k, v]) => [fromJs(k), fromJs(v)]) };
  if (value instanceof EnumValue) return { t: 'enum', type: value.typeName, value: value.elementName };
  if (value instanceof Vertex) return { t: 'vertex', id: fromJs(value.id), label: value.label };
  if (value instanceof Edge) {
    return { t: 'edge', id: fromJs(value.id), label: value.label, outV: fromJs(value.outV), inV: fromJs(value.inV) };
  }
  if (value instanceof VertexProperty) return { t: 'vertexproperty', id: fromJs(value.id), key: value.label, value: fromJs(value.value) };
  if (value instanceof Property) return { t: 'property', key: value.key, value: fromJs(value.value) };
  if (value instanceof Path) {
    const labels = (value.labels || []).map((l) => (l instanceof Set || Array.isArray(l) ? [...l] : []));
    return { t: 'path', labels, objects: value.objects.map(fromJs) };
  }
  if (Buffer.isBuffer(value)) return { t: 'bytes', v: value.toString('base64') };
  // A GraphSON type the client has no reader for arrives as its raw, still typed, JSON value.
  return { t: 'raw', name: value.constructor ? value.constructor.name : 'Object', json: safeJson(value) };
}

function safeJson(value) {
  try {
    return JSON.stringify(value, (_, v) => (typeof v === 'bigint' ? v.toString() : v));
  } catch (error) {
    return String(error);
  }
}

function write(line) {
  process.stdout.write(JSON.stringify(line) + '\n');
}

async function handle(connection, request) {
  try {
    const bindings = {};
    for (const [name, value] of Object.entries(request.bindings || {})) bindings[name] = toJs(value);
    const resultSet = await connection.submit('', 'eval', {
      gremlin: request.script,
      bindings,
      language: 'gremlin-lang',
      aliases: { g: request.alias },
      evaluationTimeout: request.timeoutMs,
    });
    write({ id: request.id, ok: true, results: resultSet.toArray().map(fromJs) });
  } catch (error) {
    const status = error && error.statusCode ? error.statusCode : 0;
    write({ id: request.id, ok: false, status, error: String(error && error.message ? error.message : error) });
  }
}

// Status of a synthetic response for a frame the client could not decode (not a Gremlin Server code).
const clientDecodeFailure = 600;

function requestIdOf(data) {
  const buffer = Buffer.isBuffer(data) ? data : Buffer.from(data);
  if (mimeType.includes('graphbinary')) {
    // version byte, then the request id as a nullable UUID: one flag byte and 16 bytes.
    if (buffer.length < 18 || buffer[1] !== 0) return null;
    const hex = buffer.subarray(2, 18).toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
  try {
    const id = JSON.parse(buffer.toString()).requestId;
    return typeof id === 'object' && id !== null ? id['@value'] : id;
  } catch {
    return null;
  }
}

// The client throws from its WebSocket message handler when it cannot decode a frame (e.g. a GraphBinary
// type it does not know), which would kill this process and leave the request unanswered. This turns such
// a frame into an error response for its request, so the scenario fails with the client's reason.
function tolerate(connection) {
  const inner = connection._reader;
  connection._reader = {
    readResponse(data) {
      try {
        return inner.readResponse(data);
      } catch (error) {
        const message = String(error && error.message ? error.message : error).split('\n')[0];
        return {
          requestId: requestIdOf(data),
          status: { code: clientDecodeFailure, message: `the JavaScript client could not decode the response: ${message}`, attributes: new Map() },
          result: { data: null, meta: new Map() },
        };
      }
    },
  };
}

async function main() {
  const connection = new Connection(url, { mimeType, traversalSource: 'g' });
  tolerate(connection);
  await connection.open();
  write({ id: 0, ok: true, results: [] });
  const lines = readline.createInterface({ input: process.stdin, terminal: false });
  const pending = new Set();
  for await (const line of lines) {
    if (line.trim().length === 0) continue;
    let request;
    try {
      request = JSON.parse(line);
    } catch (error) {
      write({ id: -1, ok: false, status: 0, error: `unreadable request line: ${error.message}` });
      continue;
    }
    const work = handle(connection, request);
    pending.add(work);
    work.finally(() => pending.delete(work));
  }
  await Promise.all(pending);
  await connection.close();
}

main().catch((error) => {
  write({ id: 0, ok: false, status: 0, error: String(error && error.stack ? error.stack : error) });
  process.exit(1);
});
