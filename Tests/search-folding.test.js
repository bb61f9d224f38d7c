// The search page's word rules on the shared table (Tests/search-folding-cases.json), with node:
//   node --test Tests/
// The Swift indexer passes the same table (SearchFoldingTableTests) and Chromium does too (Tests/e2e/test_search.py).
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const search = require(path.join(__dirname, '..', 'templates', 'assets', 'search.js'));
const table = require(path.join(__dirname, 'search-folding-cases.json'));

for (const c of table.cases) {
  test(`tokenize ${JSON.stringify(c.text)}`, () => {
    const phrases = search.tokenize(c.text);
    assert.deepStrictEqual(phrases.map(p => p.map(w => w.folded).join(' ')), c.folded);
    assert.deepStrictEqual(phrases.map(p => p.map(w => w.exact).join(' ')), c.exact);
  });
}
