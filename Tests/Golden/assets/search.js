/* The search page's script: finds what people type in the index made at build time
   (Sources/PortalCore/Render/SearchIndex.swift). It works from file:// as well as from a host:
   the index files are scripts added with <script src>, which call portalSearchData(name, data).
   Results are built with DOM calls and textContent only: what people type is never parsed as HTML. */
(function (global) {
  'use strict';

  // --- Words: the rules of SearchIndexTokenizer.swift, checked on Tests/search-folding-cases.json ---

  var MARKS = /\p{M}/gu;
  var WORD = /^[a-z0-9]+$/;
  var HARD_BREAK = /^[\n\r\u2028\u2029;:!?…()[\]{}"“”«»]$/;
  var SPACE = /^\p{White_Space}$/u;

  /** One character folded: lower case, đ → d, tones and vowel marks removed. */
  function foldCharacter(c) {
    return c.normalize('NFD').replace(MARKS, '').replace(/[đĐðÐ]/g, 'd').toLowerCase();
  }

  /** Phrases of words, each word {exact, folded, start, end} with offsets in the NFC text. */
  function tokenize(text) {
    text = text.normalize('NFC');
    var phrases = [], phrase = [], exact = '', folded = '', start = 0, at = 0;
    var hard = false, soft = false, space = false;
    function endWord() {
      if (folded) {
        if ((hard || (soft && space)) && phrase.length) { phrases.push(phrase); phrase = []; }
        phrase.push({ exact: exact, folded: folded, start: start, end: at });
        hard = soft = space = false;
      }
      exact = folded = '';
    }
    for (var c of text) {
      var letters = foldCharacter(c);
      if (letters === '' && folded) {
        exact += c.toLowerCase();
      } else if (letters !== '' && WORD.test(letters)) {
        if (!folded) start = at;
        exact += c.toLowerCase();
        folded += letters;
      } else {
        endWord();
        if (HARD_BREAK.test(c)) hard = true;
        else if (c === '.' || c === ',') soft = true;
        else if (SPACE.test(c)) space = true;
      }
      at += c.length;
    }
    endWord();
    if (phrase.length) phrases.push(phrase);
    return phrases;
  }

  /** A term of the index (`đức`, `nguyễn văn`) folded, spaces kept. */
  function foldTerm(term) {
    var out = '';
    for (var c of term) out += c === ' ' ? ' ' : foldCharacter(c);
    return out;
  }

  // --- Loading the index: <script> elements, never fetch or XHR ---

  var received = {};
  var pending = {};
  global.portalSearchData = function (name, data) { received[name] = data; };

  function load(file, name) {
    if (received[name]) return Promise.resolve(received[name]);
    if (!pending[name]) {
      pending[name] = new Promise(function (resolve, reject) {
        var script = document.createElement('script');
        script.src = file;
        script.onload = function () {
          if (received[name]) resolve(received[name]);
          else reject(new Error(file + ' did not register ' + name));
        };
        script.onerror = function () {
          delete pending[name];
          script.remove();
          reject(new Error('cannot load ' + file));
        };
        document.head.appendChild(script);
      });
    }
    return pending[name];
  }

  // --- The index ---

  /** Prefix queries load at most this many term files; a shorter prefix matches whole words only. */
  var PREFIX_FILES = 3;
  var MAX_WORDS = 8;

  function Index(manifest) {
    this.m = manifest;
    this.common = new Set(manifest.common);
    this.folded = {};
  }

  /** The last file whose first key is at or before `key` (first keys are sorted). */
  function fileFor(firstKeys, key) {
    var low = 0, high = firstKeys.length - 1;
    while (low < high) {
      var mid = (low + high + 1) >> 1;
      if (firstKeys[mid] <= key) low = mid; else high = mid - 1;
    }
    return low;
  }

  /** Names of the term files that may hold `key`, or every key starting with it. */
  Index.prototype.files = function (kind, key, prefix) {
    var keys = this.m[kind === 'w' ? 'words' : 'pairs'];
    if (!keys.length) return [];
    var first = fileFor(keys, key), last = prefix ? fileFor(keys, key + '\uffff') : first;
    var names = [];
    for (var i = first; i <= last; i++) names.push(kind + i);
    return names;
  };

  Index.prototype.loadTerms = function (names) {
    var self = this;
    return Promise.all(names.map(function (name) {
      return load(self.m.termFile.replace('@', name), name).then(function (data) {
        if (!self.folded[name]) {
          var byFolded = Object.create(null);   // a word like "constructor" must not meet Object's
          for (var exact in data) (byFolded[foldTerm(exact)] = byFolded[foldTerm(exact)] || []).push(exact);
          self.folded[name] = byFolded;
        }
        return name;
      });
    }));
  };

  /**
   * Documents holding `key` (folded), or a term starting with it when `prefix`: a Map from document
   * number to {weight, written}. `written` is true when the document has the term written as typed,
   * diacritics and all (only asked when the query has diacritics).
   */
  Index.prototype.postings = function (names, key, prefix, written) {
    var found = new Map();
    for (var n = 0; n < names.length; n++) {
      var data = received[names[n]], byFolded = this.folded[names[n]];
      for (var folded in byFolded) {
        if (folded !== key && !(prefix && folded.startsWith(key))) continue;
        var scale = folded === key ? 1 : 0.5;
        var exacts = byFolded[folded];
        for (var e = 0; e < exacts.length; e++) {
          var same = written !== null && exacts[e] === written;
          decode(data[exacts[e]], function (doc, weight) {
            var old = found.get(doc);
            var w = weight * scale;
            if (!old) found.set(doc, { weight: w, written: same });
            else { old.weight = Math.max(old.weight, w); old.written = old.written || same; }
          });
        }
      }
    }
    return found;
  };

  /** See SearchIndexScript.postings: a weight letter, then the distance from the previous document in base 36. */
  function decode(text, each) {
    var doc = 0, re = /([A-Z])([0-9a-z]+)/g, m;
    while ((m = re.exec(text))) {
      doc += parseInt(m[2], 36);
      each(doc, m[1].charCodeAt(0) - 64);
    }
  }

  /**
   * The documents that hold every word of the query, best first: words in titles and names count
   * more, rare words more than common ones, words written with the query's diacritics half as much
   * again, and words next to each other as in the query twice again.
   *
   * Two kinds of word are matched only right after the word before them, through the index of
   * word pairs: the last word while it is still being typed (`nguyen v` finds "Nguyễn Văn …"), and
   * the site's most common words (the manifest's `common`: their postings alone would outweigh the
   * rest of the query), so `to dan` loads the pair `to dan`, not every document with "tổ" and "dân".
   * A pair the index does not have (it keeps pairs found in two documents or more) gives way to its
   * words, matched anywhere.
   */
  Index.prototype.search = function (query) {
    var self = this;
    var words = [];
    tokenize(query).forEach(function (phrase) {
      phrase.forEach(function (word, i) {
        if (words.length >= MAX_WORDS) return;
        word.joined = i > 0 && words.length > 0;   // a pair with the word before it
        words.push(word);
      });
    });
    if (!words.length) return Promise.resolve({ words: [], documents: [] });
    var last = words.length - 1;
    // Still typing the last word: nothing after it, not even a space.
    var typing = words[last].end === query.normalize('NFC').length;
    var broken = {};

    function isPrefix(k) { return typing && k === last; }
    function isCommon(k) { return !isPrefix(k) && self.common.has(words[k].folded); }
    function pairRequired(j) {
      return j > 0 && j <= last && words[j].joined && !broken[j] && (isPrefix(j) || isCommon(j - 1) || isCommon(j));
    }
    function term(kind, key, prefix, written, extra) {
      var names = self.files(kind, key, prefix);
      if (prefix && names.length > PREFIX_FILES) { names = self.files(kind, key, false); prefix = false; }
      var t = { kind: kind, key: key, prefix: prefix, names: names, written: written !== key ? written : null };
      for (var k in extra) t[k] = extra[k];
      return t;
    }
    function plan() {
      var terms = [];
      words.forEach(function (word, k) {
        var covered = (isPrefix(k) || isCommon(k)) && (pairRequired(k) || pairRequired(k + 1));
        if (!covered) terms.push(term('w', word.folded, isPrefix(k), word.exact, { required: true }));
        if (word.joined && !broken[k]) {
          terms.push(term('p', words[k - 1].folded + ' ' + word.folded, isPrefix(k),
                          words[k - 1].exact + ' ' + word.exact, { required: pairRequired(k), pair: k }));
        }
      });
      return terms;
    }
    function run() {
      var terms = plan();
      var names = [];
      terms.forEach(function (t) { names = names.concat(t.names); });
      return self.loadTerms(names).then(function () {
        terms.forEach(function (t) { t.found = self.postings(t.names, t.key, t.prefix, t.written); });
        var missing = terms.filter(function (t) { return t.required && t.pair && !t.found.size; });
        if (!missing.length) return terms;
        missing.forEach(function (t) { broken[t.pair] = true; });
        return run();
      });
    }

    return run().then(function (terms) {
      var total = self.m.documents;
      var required = terms.filter(function (t) { return t.required; })
        .sort(function (a, b) { return a.found.size - b.found.size; });
      var scored = [];
      required[0].found.forEach(function (_, doc) {
        for (var r = 1; r < required.length; r++) if (!required[r].found.has(doc)) return;
        var score = 0;
        terms.forEach(function (t) {
          var hit = t.found.get(doc);
          if (!hit) return;
          var idf = Math.log(1 + total / Math.max(1, t.found.size));
          score += (t.pair ? 2 : 1) * idf * hit.weight * (hit.written ? 1.5 : 1);
        });
        scored.push({ doc: doc, score: score });
      });
      scored.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
      var highlight = words.map(function (word, k) { return { key: word.folded, prefix: isPrefix(k) }; });
      return { words: highlight, documents: scored.map(function (s) { return s.doc; }) };
    });
  };

  /** The records [kind, title, date, link, snippet] of some documents, in their order. */
  Index.prototype.records = function (docs) {
    var self = this, per = this.m.documentsPerFile, files = {};
    docs.forEach(function (doc) { files[Math.floor(doc / per)] = true; });
    return Promise.all(Object.keys(files).map(function (n) {
      return load(self.m.documentFile.replace('@', n), 'd' + n);
    })).then(function () {
      return docs.map(function (doc) { return received['d' + Math.floor(doc / per)][doc % per]; });
    });
  };

  // --- The page ---

  var PAGE_SIZE = 10;

  /** `text` with the words that match the query wrapped in <mark>, as DOM nodes. */
  function highlighted(text, words) {
    var fragment = document.createDocumentFragment();
    text = text.normalize('NFC');
    var at = 0;
    tokenize(text).forEach(function (phrase) {
      phrase.forEach(function (token) {
        var hit = words.some(function (w) {
          return token.folded === w.key || (w.prefix && token.folded.startsWith(w.key));
        });
        if (!hit) return;
        fragment.appendChild(document.createTextNode(text.slice(at, token.start)));
        var mark = document.createElement('mark');
        mark.textContent = text.slice(token.start, token.end);
        fragment.appendChild(mark);
        at = token.end;
      });
    });
    fragment.appendChild(document.createTextNode(text.slice(at)));
    return fragment;
  }

  function message(box, key, values) {
    return box.getAttribute('data-' + key).replace(/\{(\w)\}/g, function (_, k) { return values[k]; });
  }

  function start() {
    var box = document.getElementById('ket_qua');
    if (!box) return;
    var inputs = Array.prototype.slice.call(document.querySelectorAll('input[name=q]'));
    var input = document.getElementById('tu_khoa');
    var status = document.getElementById('ket_qua_trang_thai');
    var list = document.getElementById('ket_qua_danh_sach');
    var more = document.getElementById('ket_qua_them');
    var index = null, current = 0, shown = [], result = null;
    box.hidden = false;

    var ready = load(box.getAttribute('data-index'), 'index').then(function (m) { index = new Index(m); return index; });

    function show(docs, words, ticket) {
      return index.records(docs).then(function (records) {
        if (ticket !== current) return;
        records.forEach(function (r) {
          var item = document.createElement('li');
          var kind = document.createElement('p');
          kind.className = 'search-kind';
          kind.textContent = index.m.kinds[r[0]] + (r[2] ? ' · ' + r[2] : '');
          var title = document.createElement('h2');
          var link = document.createElement('a');
          link.href = r[3];
          link.appendChild(highlighted(r[1], words));
          title.appendChild(link);
          var snippet = document.createElement('p');
          snippet.appendChild(highlighted(r[4], words));
          item.appendChild(kind);
          item.appendChild(title);
          item.appendChild(snippet);
          list.appendChild(item);
        });
        shown = shown.concat(docs);
        more.hidden = shown.length >= result.documents.length;
      });
    }

    function run(query) {
      var ticket = ++current;
      var began = performance.now();
      inputs.forEach(function (i) { if (i.value !== query) i.value = query; });
      try { history.replaceState(null, '', query ? '?q=' + encodeURIComponent(query) : location.pathname); } catch (e) { /* file:// may refuse */ }
      if (!query.trim()) {
        list.textContent = '';
        more.hidden = true;
        status.textContent = message(box, 'empty', {});
        return Promise.resolve();
      }
      status.textContent = message(box, 'loading', {});
      return ready.then(function () { return index.search(query); }).then(function (found) {
        if (ticket !== current) return;
        result = found;
        shown = [];
        list.textContent = '';
        var n = found.documents.length;
        status.textContent = n ? message(box, 'count', { n: n.toLocaleString('vi-VN'), q: query.trim() })
                               : message(box, 'none', { q: query.trim() });
        more.hidden = true;
        return show(found.documents.slice(0, PAGE_SIZE), found.words, ticket);
      }).then(function () {
        if (ticket === current) global.portalSearch.last = { query: query, milliseconds: performance.now() - began, count: result ? result.documents.length : 0 };
      }, function (error) {
        if (ticket !== current) return;
        status.textContent = message(box, 'failed', {});
        if (global.console) console.warn(error);
      });
    }

    var timer = 0;
    inputs.forEach(function (i) {
      i.addEventListener('input', function () {
        var value = i.value;
        clearTimeout(timer);
        timer = setTimeout(function () { run(value); }, 120);
      });
    });
    document.querySelectorAll('form[role=search]').forEach(function (form) {
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        clearTimeout(timer);
        run(form.querySelector('input[name=q]').value);
      });
    });
    more.addEventListener('click', function () {
      show(result.documents.slice(shown.length, shown.length + PAGE_SIZE), result.words, current);
    });

    global.portalSearch.run = run;
    var initial = new URLSearchParams(location.search).get('q') || '';
    if (input) input.value = initial;
    run(initial);
  }

  global.portalSearch = { tokenize: tokenize, foldCharacter: foldCharacter, foldTerm: foldTerm };
  if (typeof module !== 'undefined' && module.exports) module.exports = global.portalSearch;
  if (typeof document !== 'undefined') {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
    else start();
  }
})(typeof window !== 'undefined' ? window : globalThis);
