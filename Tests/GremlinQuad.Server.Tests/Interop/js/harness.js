// What every interop script shares: the expected-error check and the one-case runner that prints
// the JSON line NUnit reads ({"ok": true} or {"ok": false, "detail": "..."}).
'use strict';
const assert = require('node:assert/strict');

async function expectError(promise, code, fragment) {
  try {
    await promise;
  } catch (error) {
    assert.equal(error.statusCode, code, `status of ${error.message}`);
    if (fragment) assert.match(error.message, fragment);
    return error;
  }
  assert.fail(`expected a ${code} error`);
}

function runCase(cases, caseName) {
  const run = cases[caseName];
  const result = run
    ? Promise.resolve().then(run)
    : Promise.reject(new Error(`unknown case ${caseName}; known: ${Object.keys(cases).join(', ')}`));
  result.then(
    () => {
      process.stdout.write(JSON.stringify({ ok: true }) + '\n');
      process.exit(0);
    },
    (error) => {
      process.stdout.write(JSON.stringify({ ok: false, detail: String(error && error.stack ? error.stack : error) }) + '\n');
      process.exit(1);
    },
  );
}

module.exports = { expectError, runCase };
