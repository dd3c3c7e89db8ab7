// The rule editor: open a rule file, edit it with the vocabulary offered, see problems at file and line as you type,
// run the scenarios, preview the edit on the live pool, activate it; versions, diff, roll back.
import { t, loc, api, el, fill, table, problem, load, param, setParams } from './app.js';
import { parseCsv, writeCsv } from './csv.js';

const $ = id => document.getElementById(id);
const source = $('rules-source');
const gutter = $('rules-gutter');

/** Active files, the texts as read (path → text), the edits not yet activated (path → text), the open path. */
const state = { files: [], version: null, original: {}, edits: {}, path: null, grid: false, check: null, checkSeq: 0 };

let checkTimer = null;

const MOVES = { up: t('rules.move.up'), down: t('rules.move.down'), in: t('rules.move.in'), out: t('rules.move.out'),
  band: t('rules.move.band'), same: t('rules.move.same') };
const KINDS = { when: t('rules.vocabulary.when'), then: t('rules.vocabulary.then') };
const FILE_TYPES = { DRL: t('rules.fileType.DRL'), DSL: t('rules.fileType.DSL'), DSLR: t('rules.fileType.DSLR'),
  DECISION_TABLE_CSV: t('rules.fileType.DECISION_TABLE_CSV'), DECISION_TABLE_XLSX: t('rules.fileType.DECISION_TABLE_XLSX'),
  SCENARIOS: t('rules.fileType.SCENARIOS'), OTHER: t('rules.fileType.OTHER') };

/** A problem's file as the files list names it (the API says rules/<path>). */
const relative = file => (file || '').replace(/^rules\//, '');

function textOf(path) {
  return path in state.edits ? state.edits[path] : state.original[path];
}

function isTable(path) {
  return path && path.toLowerCase().endsWith('.drl.csv');
}

// ---- files ----

async function loadFiles() {
  const [files, overview] = await Promise.all([api('/api/rules/files'), api('/api/rules')]);
  state.files = files;
  state.version = overview.status.active ? overview.status.active.id : null;
  fill($('rules-active'), t('rules.activeVersion', state.version || '—'));
  renderFileList();
}

function renderFileList() {
  const groups = new Map();
  for (const f of state.files) {
    const folder = f.path.includes('/') ? f.path.slice(0, f.path.lastIndexOf('/')) : '';
    if (!groups.has(folder)) groups.set(folder, []);
    groups.get(folder).push(f);
  }
  const newFiles = Object.keys(state.edits).filter(p => !state.files.some(f => f.path === p));
  fill($('rules-file-list'), [...groups.entries()].map(([folder, files]) => [
    el('h3', {}, folder || '/'),
    el('ul', {}, files.map(f => el('li', {}, el('button', {
      type: 'button', 'data-path': f.path, class: f.path in state.edits ? 'edited' : null,
      'aria-current': f.path === state.path ? 'true' : 'false', title: FILE_TYPES[f.type] || f.type,
      onclick: () => openFile(f.path),
    }, f.path.slice(folder ? folder.length + 1 : 0))))),
  ]), newFiles.length ? el('p', { class: 'muted' }, t('rules.newFiles', newFiles.join(', '))) : null);
}

async function openFile(path) {
  if (!(path in state.original)) {
    const file = await api('/api/rules/file?path=' + encodeURIComponent(path));
    state.original[path] = file.text;
  }
  state.path = path;
  setParams({ file: path });
  fill($('rules-file-title'), path);
  state.grid = isTable(path) && state.grid !== false ? state.grid : isTable(path);
  showEditor();
  renderFileList();
  renderProblems();
}

function showEditor() {
  const path = state.path;
  const editable = state.original[path] !== null && state.original[path] !== undefined;
  $('rules-view-grid').hidden = !isTable(path) || state.grid;
  $('rules-view-text').hidden = !isTable(path) || !state.grid;
  $('rules-editor').hidden = !editable || state.grid;
  $('rules-grid').hidden = !editable || !state.grid;
  source.value = textOf(path) || '';
  if (state.grid) renderGrid();
  renderGutter();
  markEdited();
}

function markEdited() {
  const edited = Object.keys(state.edits).length > 0;
  $('rules-edited').hidden = !(state.path in state.edits);
  $('rules-revert').disabled = !edited;
}

/** The open file's text changed (typed, a grid cell, a vocabulary insert). */
function changed(text) {
  if (text === state.original[state.path]) delete state.edits[state.path];
  else state.edits[state.path] = text;
  renderGutter();
  markEdited();
  renderFileList();
  clearTimeout(checkTimer);
  fill($('rules-check-status'), t('rules.checking'));
  checkTimer = setTimeout(check, 600);
}

// ---- gutter and problems ----

function problemLines() {
  const lines = new Map();
  const list = state.check ? state.check.problems : [];
  for (const p of list) if (relative(p.file) === state.path && p.line > 0) lines.set(p.line, p.message);
  return lines;
}

function renderGutter() {
  const count = source.value.split('\n').length;
  const bad = problemLines();
  const spans = [];
  for (let i = 1; i <= count; i++) {
    spans.push(el('span', { class: bad.has(i) ? 'bad' : null, title: bad.get(i) || null, 'data-line': i }, String(i)));
  }
  fill(gutter, spans);
  gutter.scrollTop = source.scrollTop;
}

function goToLine(line) {
  if (state.grid) {
    const row = document.querySelector('#rules-grid tr[data-line="' + line + '"] input');
    if (row) row.focus();
    return;
  }
  const lines = source.value.split('\n');
  const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
  source.focus();
  source.setSelectionRange(start, start + (lines[line - 1] || '').length);
  source.scrollTop = Math.max(0, (line - 5) * 20);
}

function renderProblems() {
  const c = state.check;
  if (!c) { fill($('rules-problems')); fill($('rules-scenarios')); return; }
  const list = c.problems.map(p => ({ ...p, file: relative(p.file) }));
  fill($('rules-problems'), list.length ? el('div', { class: 'problem', role: 'alert', id: 'rules-problem-box' },
    el('p', {}, el('strong', {}, t('rules.problems', list.length))),
    table([
      { label: t('common.file'), value: p => p.file },
      { label: t('common.line'), value: p => p.line > 0 ? el('button', { type: 'button', class: 'link', onclick: () => { openFile(p.file).then(() => goToLine(p.line)); } }, String(p.line)) : '', class: 'num' },
      { label: t('common.field'), value: p => p.field || '' },
      { label: t('common.message'), value: p => p.message },
    ], list, { id: 'rules-problem-table', label: t('common.problems') })) : null);
  const failed = c.scenarios.filter(s => !s.passed);
  fill($('rules-scenarios-summary'), t('rules.scenarios.summary', c.scenarios.length - failed.length, c.scenarios.length));
  $('rules-scenarios-box').open = failed.length > 0;
  fill($('rules-scenarios'), table([
    { label: t('rules.scenario'), value: s => s.name },
    { label: t('common.file'), value: s => relative(s.file) + ':' + s.line },
    { label: t('rules.scenario.role'), value: s => s.role || '' },
    { label: t('rules.scenario.result'), value: s => s.passed ? t('rules.scenario.passed') : t('rules.scenario.failed'), class: 'status' },
    { label: t('rules.scenario.why'), value: s => s.failures.map(f => el('div', {}, (f.line ? f.line + ': ' : '') + f.message)) },
  ], [...failed, ...c.scenarios.filter(s => s.passed)], { id: 'rules-scenario-table', label: t('rules.scenarios'),
    rowAttrs: s => ({ class: s.passed ? null : 'failed' }) }));
  renderGutter();
  if (state.grid) renderGrid();
}

async function check() {
  const edits = { ...state.edits };
  const seq = ++state.checkSeq;
  if (Object.keys(edits).length === 0) {
    state.check = null;
    renderProblems();
    fill($('rules-check-status'), t('rules.noEdits'));
    $('rules-activate').disabled = true;
    renderGutter();
    return;
  }
  try {
    const c = await api('/api/rules/check', { json: { files: edits } });
    if (seq !== state.checkSeq) return;
    state.check = c;
    const failed = c.scenarios.filter(s => !s.passed).length;
    fill($('rules-check-status'), c.accepted ? t('rules.accepted', c.scenarios.length, c.version)
      : c.problems.length ? t('rules.notBuilt', c.problems.length) : t('rules.scenariosFail', failed, c.scenarios.length));
    $('rules-check-status').className = 'counts ' + (c.accepted ? 'ok' : 'bad');
    $('rules-activate').disabled = !c.accepted;
    renderProblems();
  } catch (e) {
    if (seq !== state.checkSeq) return;
    state.check = { problems: (e.problem && e.problem.problems) || [], scenarios: [] };
    fill($('rules-check-status'), e.message);
    $('rules-activate').disabled = true;
    renderProblems();
  }
}

// ---- decision table grid ----

function renderGrid() {
  const rows = parseCsv(source.value);
  const width = Math.max(1, ...rows.map(r => r.length));
  const bad = problemLines();
  const body = rows.map((r, i) => el('tr', { 'data-line': i + 1, class: bad.has(i + 1) ? 'bad' : null, title: bad.get(i + 1) || null },
    el('th', { scope: 'row', class: 'num' }, String(i + 1)),
    Array.from({ length: width }, (_, j) => el('td', {}, el('input', {
      value: r[j] || '', 'aria-label': t('rules.grid.cell', i + 1, j + 1), 'data-row': i, 'data-col': j,
      oninput: ev => { rows[i][j] = ev.target.value; const text = writeCsv(rows); source.value = text; changed(text); },
    })))));
  fill($('rules-grid'), el('table', { id: 'rules-grid-table', 'aria-label': t('rules.grid') },
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, '#'), Array.from({ length: width }, (_, j) => el('th', { scope: 'col' }, String.fromCharCode(65 + (j % 26)))))),
    el('tbody', {}, body)));
}

// ---- vocabulary ----

let vocabulary = null;

function insert(text, select) {
  if (!state.path || state.grid) return;
  const start = source.selectionStart;
  const end = source.selectionEnd;
  source.setRangeText(text, start, end, 'end');
  if (select) {
    const i = text.indexOf(select);
    if (i >= 0) source.setSelectionRange(start + i, start + i + select.length);
  }
  source.focus();
  changed(source.value);
}

function renderVocabulary() {
  if (!vocabulary) return;
  const q = $('rules-vocabulary-filter').value.trim().toLowerCase();
  const hit = (...texts) => !q || texts.some(x => x && String(x).toLowerCase().includes(q));
  const sentences = vocabulary.sentences.filter(s => hit(s.text));
  const names = [
    ...vocabulary.competencies.map(c => ({ kind: t('rules.vocabulary.competency'), id: c.id, name: loc(c.name) })),
    ...vocabulary.roles.map(r => ({ kind: t('rules.vocabulary.role'), id: r.id, name: loc(r.name) })),
    ...vocabulary.grades.map(g => ({ kind: t('rules.vocabulary.grade'), id: g.id, name: loc(g.name) })),
    ...vocabulary.bands.map(b => ({ kind: t('rules.vocabulary.band'), id: b, name: '' })),
    ...vocabulary.sources.map(s => ({ kind: t('rules.vocabulary.source'), id: s, name: '' })),
  ].filter(n => hit(n.id, n.name));
  fill($('rules-vocabulary'),
    el('h3', {}, t('rules.vocabulary.sentences', sentences.length)),
    el('ul', { id: 'rules-sentences' }, sentences.slice(0, 200).map(s => el('li', {}, el('button', {
      type: 'button', title: s.file + ':' + s.line, onclick: () => insert(s.text, s.placeholders.length ? '{' + s.placeholders[0] + '}' : null),
    }, el('span', { class: 'kind' }, KINDS[s.kind] || s.kind), s.text)))),
    el('h3', {}, t('rules.vocabulary.names', names.length)),
    el('ul', { id: 'rules-names' }, names.slice(0, 200).map(n => el('li', {}, el('button', {
      type: 'button', onclick: () => insert(n.id),
    }, el('span', { class: 'kind' }, n.kind), n.id, n.name && n.name !== n.id ? ' — ' + n.name : '')))));
}

// ---- preview and activation ----

async function preview() {
  const role = $('rules-preview-role').value;
  await load($('rules-preview-result'), api('/api/rules/preview', { json: { role, files: state.edits } }), p => el('div', { class: 'card', id: 'rules-preview-card' },
    el('h3', {}, t('rules.preview.title', p.roleName || p.role, p.total)),
    el('p', { id: 'rules-preview-moves' }, ['up', 'down', 'in', 'out', 'band', 'same'].map(k => el('span', { class: 'move-' + k }, MOVES[k] + ' ' + (p.moves[k] || 0) + '  '))),
    p.failedScenarios.length ? el('p', { class: 'notice error' }, t('rules.preview.failed', p.failedScenarios.length)) : null,
    table([
      { label: t('rules.preview.person'), value: c => [c.name || c.candidateId, ' ', el('span', { class: 'muted' }, c.candidateId)] },
      { label: t('rules.preview.move'), value: c => el('span', { class: 'move-' + c.move }, MOVES[c.move] || c.move) },
      { label: t('rules.preview.rank'), value: c => c.rankBefore + ' → ' + c.rankAfter, class: 'num' },
      { label: t('rules.preview.band'), value: c => c.bandBefore === c.bandAfter ? c.bandAfter : c.bandBefore + ' → ' + c.bandAfter },
      { label: t('rules.preview.score'), value: c => c.scoreBefore + ' → ' + c.scoreAfter, class: 'num' },
      { label: t('rules.preview.why'), value: c => c.why.map(w => el('div', {}, w)) },
    ], p.changes, { id: 'rules-preview-table', label: t('rules.preview'), empty: t('rules.preview.none') })))
    .catch(() => {});
}

async function activate() {
  const base = state.version;
  const box = $('rules-activate-result');
  try {
    const status = await api('/api/rules/activate', { json: { files: state.edits, baseVersion: base } });
    state.edits = {};
    state.original = {};
    state.check = null;
    await loadFiles();
    await loadVersions();
    fill(box, el('p', { class: 'notice', role: 'status', id: 'rules-activated' }, t('rules.activated', status.active.id)));
    if (state.path && state.files.some(f => f.path === state.path)) await openFile(state.path);
    renderProblems();
    $('rules-activate').disabled = true;
    fill($('rules-check-status'), t('rules.noEdits'));
  } catch (e) {
    fill(box, problem(e));
  }
}

// ---- versions ----

async function loadVersions() {
  await load($('rules-versions'), api('/api/rules/versions'), versions => table([
    { label: t('rules.version'), value: v => [v.id, v.id === state.version ? el('span', { class: 'badge' }, t('rules.version.active')) : null] },
    { label: t('rules.version.created'), value: v => new Date(v.createdAt).toLocaleString() },
    { label: t('rules.version.author'), value: v => v.author || '' },
    { label: t('rules.version.files'), value: v => String(v.files), class: 'num' },
    { label: '', value: v => v.id === state.version ? '' : [
      el('button', { type: 'button', class: 'diff-button', 'data-version': v.id, onclick: () => showDiff(v.id) }, t('rules.diff')), ' ',
      el('button', { type: 'button', class: 'rollback-button', 'data-version': v.id, onclick: () => askRollback(v.id) }, t('rules.rollback'))] },
  ], versions.slice(0, 20), { id: 'rules-version-table', label: t('rules.versions') })).catch(() => {});
}

async function showDiff(from) {
  await load($('rules-diff'), api('/api/rules/versions/' + encodeURIComponent(from) + '/diff/' + encodeURIComponent(state.version)), diff => {
    const files = Object.entries(diff);
    if (!files.length) return el('p', { class: 'empty' }, t('rules.diff.none'));
    return el('div', { id: 'rules-diff-box' }, el('h3', {}, t('rules.diff.title', from, state.version)), files.map(([path, lines]) => [
      el('h4', {}, path),
      el('div', { class: 'diff' }, lines.filter(l => !l.startsWith('  ')).map(l => el('span', { class: l.startsWith('+') ? 'add' : 'del' }, l))),
    ]));
  }).catch(() => {});
}

let rollbackTo = null;

function askRollback(id) {
  rollbackTo = id;
  fill($('rules-rollback-text'), t('rules.rollback.text', id, state.version));
  fill($('rules-rollback-error'));
  $('rules-rollback-dialog').showModal();
}

async function rollback() {
  try {
    await api('/api/rules/versions/' + encodeURIComponent(rollbackTo) + '/rollback', { method: 'POST' });
    $('rules-rollback-dialog').close();
    state.original = {};
    state.edits = {};
    state.check = null;
    await loadFiles();
    await loadVersions();
    fill($('rules-activate-result'), el('p', { class: 'notice', role: 'status', id: 'rules-rolled-back' }, t('rules.rolledBack', state.version)));
    if (state.path) await openFile(state.path);
    renderProblems();
  } catch (e) {
    fill($('rules-rollback-error'), problem(e));
  }
}

// ---- wiring ----

source.addEventListener('input', () => changed(source.value));
source.addEventListener('scroll', () => { gutter.scrollTop = source.scrollTop; });
source.addEventListener('keydown', ev => {
  if (ev.key === 'Tab' && !ev.shiftKey && !ev.ctrlKey && !ev.altKey) { // indent; Esc then Tab leaves the editor
    if (source.dataset.escaped === 'true') { source.dataset.escaped = 'false'; return; }
    ev.preventDefault();
    insert('    ');
  } else if (ev.key === 'Escape') {
    source.dataset.escaped = 'true';
  }
});
$('rules-view-grid').addEventListener('click', () => { state.grid = true; showEditor(); });
$('rules-view-text').addEventListener('click', () => { state.grid = false; showEditor(); });
$('rules-revert').addEventListener('click', () => { state.edits = {}; state.check = null; showEditor(); renderFileList(); check(); });
$('rules-preview').addEventListener('click', preview);
$('rules-activate').addEventListener('click', activate);
$('rules-vocabulary-filter').addEventListener('input', renderVocabulary);
$('rules-rollback-confirm').addEventListener('click', rollback);
$('rules-rollback-cancel').addEventListener('click', () => $('rules-rollback-dialog').close());

(async function start() {
  try {
    await loadFiles();
    vocabulary = await api('/api/rules/vocabulary');
    renderVocabulary();
    fill($('rules-preview-role'), vocabulary.roles.map(r => el('option', { value: r.id }, loc(r.name) ? loc(r.name) + ' (' + r.id + ')' : r.id)));
    await loadVersions();
    const wanted = param('file');
    if (wanted && state.files.some(f => f.path === wanted)) await openFile(wanted);
    fill($('rules-check-status'), t('rules.noEdits'));
  } catch (e) {
    fill($('rules-problems'), problem(e));
  }
})();
