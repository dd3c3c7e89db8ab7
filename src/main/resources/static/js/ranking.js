// The ranking page: pick a role and filters, rank the pool, page through it, open why each person is where they are,
// see the gaps as a heat-map, export, record a decision per person.
import { api, el, fill, lang, loc, other, param, problem, save, setParams, t, table } from './app.js';
import { heatmapData, renderHeatmap, whyRow } from './ranking-detail.js';

const SIZE = 20;
const form = document.getElementById('ranking-form');
const roleSelect = document.getElementById('ranking-role');
const typeSelect = document.getElementById('ranking-type');
const departmentInput = document.getElementById('ranking-department');
const departments = document.getElementById('ranking-departments');
const sourceSelect = document.getElementById('ranking-source');
const heatmapBox = document.getElementById('ranking-heatmap-box');
const heatmapToggle = document.getElementById('ranking-heatmap-toggle');
const result = document.getElementById('ranking-result');
const counts = document.getElementById('ranking-counts');
const pager = document.getElementById('ranking-pager');
const prev = document.getElementById('ranking-prev');
const next = document.getElementById('ranking-next');
const pageText = document.getElementById('ranking-page');
const dialog = document.getElementById('decision-dialog');
const decisionValue = document.getElementById('decision-value');
const decisionReason = document.getElementById('decision-reason');
const decisionError = document.getElementById('decision-error');
const decisionPerson = document.getElementById('decision-person');

const DECISION_LABELS = {
  shortlist: () => t('ranking.decision.shortlist'),
  hold: () => t('ranking.decision.hold'),
  reject: () => t('ranking.decision.reject'),
  promote: () => t('ranking.decision.promote'),
};

let state = { role: param('role') || '', type: param('type') || '', department: param('department') || '',
  source: param('source') || '', page: Math.max(0, Number(param('page')) || 0) };
const seenDepartments = new Set();

/** The filters of the form, from the first page. */
function fromForm() {
  return { role: roleSelect.value, type: typeSelect.value, department: departmentInput.value.trim(), source: sourceSelect.value, page: 0 };
}

/** The ranking request of the page's state (page and size left out for the export). */
function request(paged) {
  const r = { role: state.role, type: state.type || null, department: state.department || null, source: state.source || null };
  return paged ? { ...r, page: state.page, size: SIZE } : r;
}
let current = null; // the last ranking
let latest = new Map(); // candidateId -> latest decision for the role
let deciding = null; // the candidate the dialog is for

function decisionText(d) {
  if (!d) return el('span', { class: 'muted' }, t('ranking.decision.none'));
  const label = DECISION_LABELS[d.decision] ? DECISION_LABELS[d.decision]() : d.decision;
  return el('span', { class: 'decision', title: d.reason, dataset: { decision: d.decision } },
    t('ranking.decision.by', label, d.decidedBy));
}

function placementList(c) {
  const items = (c.placement || []).map(p => el('li', { title: other(p) }, loc(p)));
  return items.length ? el('ul', { class: 'placement' }, items) : '';
}

function render(r) {
  const columns = [
    { label: t('ranking.col.rank'), class: 'num', value: c => String(c.rank) },
    { label: t('ranking.col.person'), value: c => [
      el('a', { href: '/people/' + encodeURIComponent(c.candidateId) + '?role=' + encodeURIComponent(r.role), class: 'person' }, c.name || c.candidateId),
      el('span', { class: 'person-id' }, c.candidateId)] },
    { label: t('ranking.col.eligible'), value: c => c.eligible
      ? el('span', { class: 'badge ok' }, t('ranking.eligible.yes'))
      : el('span', { class: 'badge bad' }, t('ranking.eligible.no')) },
    { label: t('ranking.col.band'), class: 'band', value: c => el('span', { title: lang === 'zh' ? c.bandEn : c.bandZh },
      lang === 'zh' ? (c.bandZh || c.bandEn) : (c.bandEn || c.bandZh)) },
    { label: t('ranking.col.score'), class: 'num score', value: c => c.score.toFixed(1) },
    { label: t('ranking.col.placement'), class: 'placement-cell', value: c => placementList(c) },
    { label: t('ranking.col.decision'), class: 'decision-cell', value: c => decisionText(latest.get(c.candidateId)) },
    { label: '', value: c => [
      el('button', { type: 'button', class: 'why', 'aria-expanded': 'false', 'aria-label': t('ranking.why.for', c.name || c.candidateId),
        onclick: ev => toggleWhy(ev.currentTarget, c) }, t('ranking.why')), ' ',
      el('button', { type: 'button', class: 'decide', 'aria-label': t('ranking.decide.for', c.name || c.candidateId),
        onclick: () => openDialog(c) }, t('ranking.decide'))] },
  ];
  return table(columns, r.items, { id: 'ranking-table', label: t('ranking.table'), empty: t('ranking.empty'),
    rowAttrs: c => ({ dataset: { id: c.candidateId } }) });
}

/** Opens or closes the row under a person with each requirement's outcome, the rules' adjustments and the evidence. */
function toggleWhy(button, c) {
  const row = button.closest('tr');
  const open = row.nextElementSibling && row.nextElementSibling.classList.contains('why-row');
  if (open) {
    row.nextElementSibling.remove();
    button.setAttribute('aria-expanded', 'false');
    return;
  }
  row.after(whyRow(c, row.children.length));
  button.setAttribute('aria-expanded', 'true');
}

function showHeatmap() {
  if (heatmapBox.hidden || !current) return;
  const node = document.getElementById('ranking-heatmap');
  renderHeatmap(node, heatmapData(current.items)).catch(e => fill(node, problem(e)));
}

function showPaging(r) {
  const pages = Math.max(1, Math.ceil(r.total / r.size));
  counts.textContent = t('ranking.counts', r.total, r.eligible);
  pageText.textContent = t('common.page', r.page + 1, pages);
  prev.disabled = r.page <= 0;
  next.disabled = r.page + 1 >= pages;
  pager.hidden = r.total === 0;
}

async function loadDecisions(role) {
  const list = await api('/api/decisions?role=' + encodeURIComponent(role));
  latest = new Map();
  for (const d of list) if (!latest.has(d.candidateId)) latest.set(d.candidateId, d); // newest first
}

async function rank() {
  setParams({ role: state.role, type: state.type, department: state.department, source: state.source,
    page: state.page ? String(state.page) : '' });
  if (!state.role) {
    fill(result, el('p', { class: 'empty' }, t('ranking.choose')));
    counts.textContent = '';
    pager.hidden = true;
    return;
  }
  fill(result, el('p', { class: 'loading', role: 'status' }, t('common.loading')));
  try {
    const [r] = await Promise.all([api('/api/rankings', { json: request(true) }), loadDecisions(state.role)]);
    current = r;
    fill(result, render(r));
    showPaging(r);
    window.tmRankingShownAt = performance.now(); // when the table is in the page (the page-speed benchmark reads it)
    for (const c of r.items) if (c.department && !seenDepartments.has(c.department)) {
      seenDepartments.add(c.department);
      departments.append(el('option', { value: c.department }));
    }
    showHeatmap();
  } catch (e) {
    current = null;
    counts.textContent = '';
    pager.hidden = true;
    fill(result, problem(e));
  }
}

function openDialog(c) {
  deciding = c;
  decisionPerson.textContent = (c.name || '') + ' · ' + c.candidateId;
  decisionReason.value = '';
  decisionValue.value = 'shortlist';
  fill(decisionError);
  dialog.showModal();
  decisionValue.focus();
}

async function saveDecision() {
  if (!deciding || !current) return;
  fill(decisionError);
  try {
    const d = await api('/api/decisions', { json: { candidateId: deciding.candidateId, role: current.role,
      decision: decisionValue.value, reason: decisionReason.value, rankingRun: current.runId } });
    latest.set(d.candidateId, d);
    const row = result.querySelector('tr[data-id="' + CSS.escape(d.candidateId) + '"] td.decision-cell');
    if (row) fill(row, decisionText(d));
    dialog.close();
  } catch (e) {
    fill(decisionError, problem(e));
  }
}

document.getElementById('decision-save').addEventListener('click', saveDecision);
document.getElementById('decision-cancel').addEventListener('click', () => dialog.close());
document.getElementById('decision-form').addEventListener('submit', e => { e.preventDefault(); saveDecision(); });

form.addEventListener('submit', e => {
  e.preventDefault();
  state = fromForm();
  rank();
});
for (const control of [roleSelect, typeSelect, sourceSelect, departmentInput]) {
  control.addEventListener('change', () => { state = fromForm(); rank(); });
}
heatmapToggle.addEventListener('click', () => {
  heatmapBox.hidden = !heatmapBox.hidden;
  heatmapToggle.setAttribute('aria-expanded', String(!heatmapBox.hidden));
  showHeatmap();
});
document.getElementById('ranking-export').addEventListener('click', async () => {
  const box = document.getElementById('ranking-export-result');
  fill(box);
  if (!state.role) { fill(box, el('p', { class: 'notice' }, t('ranking.choose'))); return; }
  try {
    save(await api('/api/rankings/export?format=xlsx', { json: request(false), blob: true }), 'ranking-' + state.role + '.xlsx');
  } catch (e) {
    fill(box, problem(e));
  }
});
prev.addEventListener('click', () => { if (state.page > 0) { state.page -= 1; rank(); } });
next.addEventListener('click', () => { state.page += 1; rank(); });

async function start() {
  typeSelect.value = ['internal', 'external'].includes(state.type) ? state.type : '';
  sourceSelect.value = [...sourceSelect.options].some(o => o.value === state.source) ? state.source : '';
  departmentInput.value = state.department;
  // the API takes a role's id or name: a role in the address is ranked while the roles load
  const ranked = state.role ? rank() : null;
  try {
    const entries = await api('/api/roles');
    const seen = new Set();
    const choices = entries.filter(e => e.role && !seen.has(e.role.id) && seen.add(e.role.id))
      .map(e => ({ id: e.role.id, name: e.role.name || {} }))
      .sort((a, b) => loc(a.name).localeCompare(loc(b.name), lang));
    for (const c of choices) {
      roleSelect.append(el('option', { value: c.id, title: other(c.name) }, loc(c.name) + ' (' + c.id + ')'));
    }
    // a role given by name in the address: choose the role with that name
    const match = choices.find(c => c.id === state.role || c.name.zh === state.role || c.name.en === state.role);
    if (match) roleSelect.value = match.id;
  } catch (e) {
    await ranked;
    fill(result, problem(e));
    return;
  }
  if (!ranked) rank();
}

start();
