// The ranking page: pick a role, rank the pool, page through it, record a decision per person.
import { api, el, fill, lang, loc, other, param, problem, setParams, t, table } from './app.js';

const SIZE = 20;
const form = document.getElementById('ranking-form');
const roleSelect = document.getElementById('ranking-role');
const typeSelect = document.getElementById('ranking-type');
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

let state = { role: param('role') || '', type: param('type') || '', page: Math.max(0, Number(param('page')) || 0) };
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
    { label: '', value: c => el('button', { type: 'button', class: 'decide', 'aria-label': t('ranking.decide.for', c.name || c.candidateId),
      onclick: () => openDialog(c) }, t('ranking.decide')) },
  ];
  return table(columns, r.items, { id: 'ranking-table', label: t('ranking.table'), empty: t('ranking.empty'),
    rowAttrs: c => ({ dataset: { id: c.candidateId } }) });
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
  setParams({ role: state.role, type: state.type, page: state.page ? String(state.page) : '' });
  if (!state.role) {
    fill(result, el('p', { class: 'empty' }, t('ranking.choose')));
    counts.textContent = '';
    pager.hidden = true;
    return;
  }
  fill(result, el('p', { class: 'loading', role: 'status' }, t('common.loading')));
  try {
    const request = { role: state.role, type: state.type || null, page: state.page, size: SIZE };
    const [r] = await Promise.all([api('/api/rankings', { json: request }), loadDecisions(state.role)]);
    current = r;
    fill(result, render(r));
    showPaging(r);
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
  state = { role: roleSelect.value, type: typeSelect.value, page: 0 };
  rank();
});
roleSelect.addEventListener('change', () => { state = { role: roleSelect.value, type: typeSelect.value, page: 0 }; rank(); });
typeSelect.addEventListener('change', () => { state = { ...state, type: typeSelect.value, page: 0 }; rank(); });
prev.addEventListener('click', () => { if (state.page > 0) { state.page -= 1; rank(); } });
next.addEventListener('click', () => { state.page += 1; rank(); });

async function start() {
  typeSelect.value = ['internal', 'external'].includes(state.type) ? state.type : '';
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
    fill(result, problem(e));
    return;
  }
  rank();
}

start();
