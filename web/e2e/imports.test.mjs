// The UI's own modules import each other without a cycle (a cycle makes what a module sees at
// load time depend on which module happened to load first). Reads the import lines of web/src;
// needs no server, so it runs with the browser test in .ci/web-e2e and alone with
// `node --test web/e2e/imports.test.mjs`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../src');

function modules(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? modules(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : [],
  );
}

/** The web/src modules a module imports (relative specifiers only; packages are not ours). */
function importsOf(file) {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/^\s*import\s+(?:[^'"]*?\s+from\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm)].map((m) => m[1]);
  return specifiers.filter((s) => s.endsWith('.js')).map((s) => resolve(dirname(file), s));
}

/** One import cycle as a list of modules, or null. */
function findCycle(graph) {
  const state = new Map(); // module → 'open' while on the path, 'done' after
  const path = [];
  const visit = (m) => {
    if (state.get(m) === 'done') return null;
    if (state.get(m) === 'open') return [...path.slice(path.indexOf(m)), m];
    state.set(m, 'open');
    path.push(m);
    for (const next of graph.get(m) || []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(m, 'done');
    return null;
  };
  for (const m of graph.keys()) {
    const cycle = visit(m);
    if (cycle) return cycle;
  }
  return null;
}

test('the modules of web/src import each other without a cycle', () => {
  const files = modules(SRC);
  const graph = new Map(files.map((f) => [f, importsOf(f)]));
  for (const [file, imports] of graph) {
    for (const target of imports) assert.ok(graph.has(target), `${relative(SRC, file)} imports a missing ${relative(SRC, target)}`);
  }
  // The graph is read at all: main.js reaches the views.
  assert.ok(graph.get(join(SRC, 'main.js')).includes(join(SRC, 'views/network.js')));
  const cycle = findCycle(graph);
  assert.equal(cycle && cycle.map((f) => relative(SRC, f)).join(' → '), null);
});

test('a cycle is found when there is one', () => {
  const graph = new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]);
  assert.deepEqual(findCycle(graph), ['a', 'b', 'c', 'a']);
  assert.equal(findCycle(new Map([['a', ['b']], ['b', []]])), null);
});
