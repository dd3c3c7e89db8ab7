// The talent-review page: bench strength of the key roles, a role's successor slate, the 9-box with calibration
// moves (drag and drop or the Move… dialog) and their effect on readiness, the history of moves.
import { api, el, fill, lang, loc, other, param, problem, setParams, t, table } from './app.js';

const VIEWS = ['bench', 'slate', 'grid'];
const tabs = Array.from(document.querySelectorAll('.review-tabs [role=tab]'));
const benchRule = document.getElementById('bench-rule');
const benchResult = document.getElementById('bench-result');
const slateRole = document.getElementById('slate-role');
const slateSummary = document.getElementById('slate-summary');
const slateResult = document.getElementById('slate-result');
const gridResult = document.getElementById('grid-result');
const historyResult = document.getElementById('history-result');
const effect = document.getElementById('move-effect');
const dialog = document.getElementById('move-dialog');
const moveBox = document.getElementById('move-box');
const moveReason = document.getElementById('move-reason');
const moveError = document.getElementById('move-error');
const movePerson = document.getElementById('move-person');
const moveSave = document.getElementById('move-save');

let state = { view: VIEWS.includes(param('view')) ? param('view') : 'bench', role: param('role') || '' };
let bands = []; // the readiness bands of the active rules: code, labelZh, labelEn, readySoon
let roleNames = new Map(); // role id -> {zh, en}
let bench = []; // GET /api/succession
let grid = null; // GET /api/nine-box
let people = new Map(); // candidateId -> {person, box}
let moving = null; // the move the dialog is for: person, before (the slates before it, a promise)

// ---- labels -------------------------------------------------------------------------------------------------

// the shipped bands, labelled in the page's bundle
const BAND_LABELS = {
  'ready-now': () => t('review.band.ready-now'),
  'ready-1-2y': () => t('review.band.ready-1-2y'),
  'ready-3y': () => t('review.band.ready-3y'),
  'not-ready': () => t('review.band.not-ready'),
};
const LEVELS = { 1: () => t('review.level.1'), 2: () => t('review.level.2'), 3: () => t('review.level.3') };

/** A band's label: the page's own for the shipped bands, else the rules' label, else its code. */
function bandLabel(code) {
  if (Object.hasOwn(BAND_LABELS, code)) return BAND_LABELS[code]();
  const b = bands.find(x => x.code === code);
  return (b && (lang === 'zh' ? b.labelZh || b.labelEn : b.labelEn || b.labelZh)) || code;
}

function roleLabel(id, fallback) {
  const name = roleNames.get(id);
  return name ? loc(name) : fallback || id;
}

/** A role's name in the page's language and, muted, in the other one (the API's roleName is Chinese). */
function roleText(id, fallback) {
  const name = roleNames.get(id);
  const second = name ? other(name) : '';
  return [roleLabel(id, fallback), second ? el('span', { class: 'role-other', lang: lang === 'zh' ? 'en' : 'zh' }, second) : ''];
}

function boxName(performance, potential) {
  const box = grid && grid.boxes.find(b => b.performance === performance && b.potential === potential);
  const name = box ? (lang === 'zh' ? box.nameZh || box.nameEn : box.nameEn || box.nameZh) : '';
  return name ? name + ' (' + performance + '×' + potential + ')' : performance + '×' + potential;
}

function when(instant) {
  return instant ? new Date(instant).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB') : '';
}

function personName(id) {
  const p = people.get(id);
  return p && p.person.name ? p.person.name : id;
}

// ---- tabs ---------------------------------------------------------------------------------------------------

function show(view) {
  state.view = view;
  for (const tab of tabs) {
    const selected = tab.dataset.view === view;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    document.getElementById(tab.getAttribute('aria-controls')).hidden = !selected;
  }
  setParams({ view, role: state.role });
}

tabs.forEach((tab, i) => {
  tab.addEventListener('click', () => show(tab.dataset.view));
  tab.addEventListener('keydown', e => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = tabs[(i + step + tabs.length) % tabs.length];
    next.focus();
    show(next.dataset.view);
  });
});

// ---- bench strength -----------------------------------------------------------------------------------------

function benchBands(rows) {
  const codes = [];
  for (const r of rows) for (const code of Object.keys(r.bench || {})) if (!codes.includes(code)) codes.push(code);
  return codes;
}

function renderBench(rows) {
  const codes = benchBands(rows);
  const columns = [
    { label: t('review.bench.role'), value: r => [
      el('button', { type: 'button', class: 'open-slate link', title: t('review.bench.open', roleLabel(r.role, r.roleName)),
        onclick: () => openSlate(r.role) }, roleLabel(r.role, r.roleName)),
      roleText(r.role, r.roleName)[1], el('span', { class: 'role-id' }, r.role)] },
    ...codes.map(code => ({ label: bandLabel(code), class: 'num count', value: r => String((r.bench || {})[code] || 0) })),
    { label: t('review.bench.status'), class: 'thin', value: r => r.thin
      ? el('span', { class: 'badge bad' }, t('review.bench.thin'))
      : el('span', { class: 'badge ok' }, t('review.bench.enough')) },
  ];
  return table(columns, rows, { id: 'bench-table', label: t('review.bench.title'), empty: t('review.bench.empty'),
    rowAttrs: r => ({ dataset: { role: r.role, thin: String(r.thin) }, class: r.thin ? 'thin-row' : null }) });
}

function showBench(rows) {
  bench = rows;
  fill(benchResult, renderBench(rows));
  const selected = slateRole.value || state.role;
  fill(slateRole, el('option', { value: '' }, t('review.slate.choose')),
    rows.map(r => el('option', { value: r.role, title: r.role }, roleLabel(r.role, r.roleName))));
  const match = rows.find(r => r.role === selected || r.roleName === selected);
  slateRole.value = match ? match.role : '';
}

function benchRuleText() {
  const soon = bands.filter(b => b.readySoon).map(b => bandLabel(b.code));
  return soon.length ? t('review.bench.rule', soon.join(lang === 'zh' ? '、' : ', ')) : t('review.bench.ruleApi');
}

// ---- slate --------------------------------------------------------------------------------------------------

function calibrationText(m) {
  if (!m) return '';
  const from = m.fromPerformance != null && m.fromPotential != null ? boxName(m.fromPerformance, m.fromPotential) : '?';
  return el('div', { class: 'calibration' },
    el('span', { class: 'badge warn' }, t('review.calibrated')), ' ',
    t('review.calibration', m.movedBy, when(m.at), from, boxName(m.performance, m.potential)),
    el('q', {}, m.reason));
}

function adjustmentList(list) {
  if (!list || list.length === 0) return '';
  return el('ul', { class: 'adjustments' }, list.map(a => el('li', { title: a.rule },
    [a.action, a.target, a.value].filter(x => x !== null && x !== undefined && x !== '').join(' · '),
    a.reason ? ': ' + a.reason : '',
    a.file ? el('span', { class: 'where' }, ' ' + a.file + (a.line ? ':' + a.line : '')) : '')));
}

function renderSlate(s) {
  const groups = Object.entries(s.slate || {}).map(([code, list]) => {
    const columns = [
      { label: t('review.slate.person'), value: c => [
        el('a', { href: '/people/' + encodeURIComponent(c.candidateId) + '?role=' + encodeURIComponent(s.role), class: 'person' },
          c.name || c.candidateId),
        el('span', { class: 'person-id' }, c.candidateId)] },
      { label: t('review.slate.current'), value: c => roleLabel(c.currentRole, c.currentRole || '') },
      { label: t('review.slate.fit'), class: 'num fit', value: c => c.score.toFixed(1) },
      { label: t('review.slate.gaps'), class: 'num', value: c => t('review.slate.gapsValue', c.gaps, c.mustHaveGaps) },
      { label: t('review.slate.ratings'), class: 'num', value: c => (c.performance ?? '–') + '×' + (c.potential ?? '–') },
      { label: t('review.slate.calibration'), value: c => calibrationText(c.calibration) },
      { label: t('review.slate.adjustments'), value: c => adjustmentList(c.adjustments) },
    ];
    return el('section', { class: 'band', dataset: { band: code }, 'aria-labelledby': 'band-' + code },
      el('h3', { id: 'band-' + code }, bandLabel(code), ' ', el('span', { class: 'band-count' }, '(' + list.length + ')')),
      table(columns, list, { label: bandLabel(code), empty: t('review.slate.bandEmpty'),
        rowAttrs: c => ({ dataset: { id: c.candidateId } }) }));
  });
  return el('div', { id: 'slate', dataset: { role: s.role } }, groups);
}

function showSlate(s) {
  slateSummary.textContent = t('review.slate.summary', roleLabel(s.role, s.roleName),
    Object.values(s.slate || {}).reduce((n, l) => n + l.length, 0),
    s.thin ? t('review.bench.thin') : t('review.bench.enough'));
  fill(slateResult, renderSlate(s));
}

async function loadSlate() {
  setParams({ view: state.view, role: state.role });
  if (!state.role) {
    slateSummary.textContent = '';
    fill(slateResult, el('p', { class: 'empty' }, t('review.slate.none')));
    return;
  }
  slateSummary.textContent = '';
  fill(slateResult, el('p', { class: 'loading', role: 'status' }, t('common.loading')));
  try {
    showSlate(await api('/api/succession/' + encodeURIComponent(state.role)));
  } catch (e) {
    fill(slateResult, problem(e));
  }
}

function openSlate(role) {
  state.role = role;
  slateRole.value = role;
  show('slate');
  loadSlate();
  slateRole.focus();
}

slateRole.addEventListener('change', () => { state.role = slateRole.value; loadSlate(); });
document.getElementById('slate-form').addEventListener('submit', e => e.preventDefault());

// ---- the 9-box ----------------------------------------------------------------------------------------------

function card(person, box) {
  const name = person.name || person.candidateId;
  const li = el('li', { class: 'person-card', draggable: 'true', dataset: { id: person.candidateId } },
    el('span', { class: 'card-name' }, name),
    el('span', { class: 'person-id' }, person.candidateId),
    person.department ? el('span', { class: 'card-dept' }, person.department) : null,
    person.calibration ? el('span', { class: 'badge warn', title: person.calibration.reason }, t('review.calibrated')) : null,
    el('button', { type: 'button', class: 'move', 'aria-label': t('review.move.for', name),
      onclick: () => openMove(person.candidateId, box.performance, box.potential) }, t('review.move')));
  li.addEventListener('dragstart', e => {
    e.dataTransfer.setData('text/plain', person.candidateId);
    e.dataTransfer.effectAllowed = 'move';
  });
  return li;
}

function boxNode(box) {
  const name = lang === 'zh' ? box.nameZh || box.nameEn : box.nameEn || box.nameZh;
  const id = 'box-' + box.performance + '-' + box.potential;
  const node = el('section', { class: 'box', 'aria-labelledby': id,
    dataset: { performance: box.performance, potential: box.potential, code: box.code } },
  el('h3', { id, title: other({ zh: box.nameZh, en: box.nameEn }) },
    el('span', { class: 'box-name' }, name), ' ',
    el('span', { class: 'box-count', 'aria-label': t('review.grid.count', box.people.length) }, String(box.people.length))),
  el('p', { class: 'box-coords' }, t('review.grid.coords', box.performance, box.potential)),
  box.people.length
    ? el('ul', { class: 'box-people' }, box.people.map(p => card(p, box)))
    : el('p', { class: 'empty' }, t('review.grid.boxEmpty')));
  node.addEventListener('dragover', e => { e.preventDefault(); e.dataTransfer.dropEffect = 'move'; node.classList.add('drop-target'); });
  node.addEventListener('dragleave', () => node.classList.remove('drop-target'));
  node.addEventListener('drop', e => {
    e.preventDefault();
    node.classList.remove('drop-target');
    const id = e.dataTransfer.getData('text/plain');
    if (id && people.has(id)) openMove(id, box.performance, box.potential);
  });
  return node;
}

function renderGrid(g) {
  const cells = [];
  for (let potential = 3; potential >= 1; potential--) {
    cells.push(el('div', { class: 'axis-tick potential-tick' }, LEVELS[potential]()));
    for (let performance = 1; performance <= 3; performance++) {
      const box = g.boxes.find(b => b.performance === performance && b.potential === potential);
      cells.push(box ? boxNode(box) : el('div', { class: 'box' }));
    }
  }
  cells.push(el('div', {}));
  for (let performance = 1; performance <= 3; performance++) {
    cells.push(el('div', { class: 'axis-tick performance-tick' }, LEVELS[performance]()));
  }
  return el('div', { class: 'nine-box-wrap' },
    el('div', { class: 'axis-title potential-axis' }, t('review.grid.potential')),
    el('div', { class: 'nine-box', id: 'nine-box', role: 'group', 'aria-label': t('review.grid.title') }, cells),
    el('div', { class: 'axis-title performance-axis' }, t('review.grid.performance')),
    el('p', { id: 'unrated', class: 'muted' }, t('review.grid.unrated', g.unrated.length),
      g.unrated.length ? ': ' + g.unrated.join(', ') : ''));
}

function showGrid(g) {
  grid = g;
  people = new Map();
  for (const box of g.boxes) for (const p of box.people) people.set(p.candidateId, { person: p, box });
  fill(gridResult, renderGrid(g));
}

async function loadGrid() {
  try {
    showGrid(await api('/api/nine-box'));
  } catch (e) {
    fill(gridResult, problem(e));
  }
}

// ---- history ------------------------------------------------------------------------------------------------

function renderHistory(moves) {
  return table([
    { label: t('review.history.when'), value: m => el('time', { datetime: m.at }, when(m.at)) },
    { label: t('review.history.who'), value: m => m.movedBy },
    { label: t('review.history.person'), value: m => [personName(m.candidateId), el('span', { class: 'person-id' }, m.candidateId)] },
    { label: t('review.history.move'), class: 'move-boxes', value: m => (m.fromPerformance != null && m.fromPotential != null
      ? boxName(m.fromPerformance, m.fromPotential) : '?') + ' → ' + boxName(m.performance, m.potential) },
    { label: t('common.reason'), class: 'reason', value: m => m.reason },
  ], moves, { id: 'history-table', label: t('review.history.title'), empty: t('review.history.empty'),
    rowAttrs: m => ({ dataset: { id: m.candidateId } }) });
}

async function loadHistory() {
  try {
    fill(historyResult, renderHistory(await api('/api/nine-box/moves')));
  } catch (e) {
    fill(historyResult, problem(e));
  }
}

// ---- moves --------------------------------------------------------------------------------------------------

/** Every key role's slate now. */
function slates() {
  return Promise.all(bench.map(r => api('/api/succession/' + encodeURIComponent(r.role))));
}

function bandOf(slate, id) {
  for (const [code, list] of Object.entries(slate.slate || {})) if (list.some(c => c.candidateId === id)) return code;
  return null;
}

function openMove(id, performance, potential) {
  const entry = people.get(id);
  if (!entry) return;
  const before = slates();
  before.catch(() => {}); // shown when the move is saved
  moving = { id, person: entry.person, from: entry.box, before };
  movePerson.textContent = t('review.move.person', entry.person.name || id, id, boxName(entry.box.performance, entry.box.potential));
  fill(moveBox, grid.boxes.slice().sort((a, b) => b.potential - a.potential || b.performance - a.performance)
    .map(b => el('option', { value: b.performance + 'x' + b.potential }, boxName(b.performance, b.potential))));
  moveBox.value = performance + 'x' + potential;
  moveReason.value = '';
  fill(moveError);
  moveSave.disabled = false;
  dialog.showModal();
  moveBox.focus();
}

function renderEffect(m, person, changes) {
  const title = el('p', {}, el('strong', {}, t('review.effect.moved', person.name || m.candidateId,
    boxName(m.fromPerformance, m.fromPotential), boxName(m.performance, m.potential))));
  if (changes.length === 0) return el('div', { class: 'card effect' }, title, el('p', { class: 'muted' }, t('review.effect.none')));
  return el('div', { class: 'card effect' }, title, table([
    { label: t('review.effect.role'), value: c => roleText(c.role, c.roleName) },
    { label: t('review.effect.readiness'), class: 'change', value: c => [
      el('span', { class: 'before' }, c.before ? bandLabel(c.before) : t('review.effect.absent')), ' → ',
      el('strong', { class: 'after' }, c.after ? bandLabel(c.after) : t('review.effect.absent'))] },
  ], changes, { id: 'effect-table', label: t('review.effect.title'),
    rowAttrs: c => ({ dataset: { role: c.role, before: c.before || '', after: c.after || '' } }) }));
}

async function saveMove() {
  if (!moving) return;
  const [performance, potential] = moveBox.value.split('x').map(Number);
  const { id, person } = moving;
  fill(moveError);
  moveSave.disabled = true;
  let m;
  try {
    m = await api('/api/nine-box/moves', { json: { candidateId: id, performance, potential, reason: moveReason.value } });
  } catch (e) {
    fill(moveError, problem(e));
    moveSave.disabled = false;
    return;
  }
  const before = moving.before;
  moving = null;
  dialog.close();
  fill(effect, el('p', { class: 'loading' }, t('review.effect.loading')));
  loadHistory();
  await loadGrid();
  // the dialog's opener was redrawn: focus moves to the person's card in the new box
  const moved = gridResult.querySelector('li[data-id="' + CSS.escape(id) + '"]');
  if (moved) {
    moved.classList.add('just-moved');
    moved.querySelector('button.move').focus({ preventScroll: true });
  }
  try {
    const [was, now] = await Promise.all([before, slates()]);
    const changes = [];
    now.forEach((s, i) => {
      const b = bandOf(was[i], id);
      const a = bandOf(s, id);
      if (a !== b) changes.push({ role: s.role, roleName: s.roleName, before: b, after: a });
    });
    fill(effect, renderEffect(m, person, changes));
    showBench(now.map(s => ({ role: s.role, roleName: s.roleName, bench: s.bench, thin: s.thin })));
    const shown = now.find(s => s.role === state.role);
    if (shown) showSlate(shown);
  } catch (e) {
    fill(effect, problem(e));
  }
}

moveSave.addEventListener('click', saveMove);
document.getElementById('move-cancel').addEventListener('click', () => { moving = null; dialog.close(); });
document.getElementById('move-form').addEventListener('submit', e => { e.preventDefault(); saveMove(); });

// ---- start --------------------------------------------------------------------------------------------------

async function start() {
  show(state.view);
  const [rules, roles] = await Promise.all([api('/api/rules').catch(() => null), api('/api/roles').catch(() => [])]);
  bands = (rules && Array.isArray(rules.bands) ? rules.bands : []).map(b => ({ code: b.code, labelZh: b.labelZh,
    labelEn: b.labelEn, readySoon: b.readySoon }));
  for (const e of roles || []) if (e.role && e.role.id && e.role.name) roleNames.set(e.role.id, e.role.name);
  benchRule.textContent = benchRuleText();
  fill(benchResult, el('p', { class: 'loading', role: 'status' }, t('common.loading')));
  await loadGrid(); // box names for the slates and the history
  loadHistory();
  try {
    showBench(await api('/api/succession'));
  } catch (e) {
    fill(benchResult, problem(e));
  }
  if (state.role) {
    const match = bench.find(r => r.roleName === state.role);
    if (match) state.role = match.role;
    slateRole.value = state.role;
  }
  loadSlate();
}

start();
