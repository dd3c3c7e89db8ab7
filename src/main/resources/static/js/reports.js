// The adverse-impact report (admins): selection rates and impact ratios per self-identified group, with the export.
import { api, el, fill, load, loc, param, problem, save, setParams, t, table, lang } from './app.js';

const role = document.getElementById('report-role');
const basis = document.getElementById('report-basis');
const top = document.getElementById('report-top');
const out = document.getElementById('report');

function query() {
  const q = new URLSearchParams({ role: role.value, basis: basis.value });
  if (top.value) q.set('top', top.value);
  return q;
}

function percent(x) {
  return x === null || x === undefined ? '—' : (x * 100).toFixed(1) + '%';
}

const STATUS = { reference: 'ok', 'within-four-fifths': 'ok', 'below-four-fifths': 'bad', 'too-small': 'warn', 'not-stated': '', 'no-reference': 'warn' };

function render(r) {
  return [
    el('p', { id: 'report-summary' }, t('reports.summary', r.roleName || r.role, r.people, r.selected, r.selection)),
    el('p', { class: 'muted' }, t('reports.ruleVersion'), ': ', el('code', {}, String(r.ruleVersion || ''))),
    r.dimensions.map(d => el('section', { class: 'dimension' },
      el('h2', {}, t('reports.dimension'), ': ', el('code', {}, d.dimension)),
      table([
        { label: t('reports.group'), value: g => g.group },
        { label: t('reports.people'), value: g => String(g.people), class: 'num' },
        { label: t('reports.selected'), value: g => String(g.selected), class: 'num' },
        { label: t('reports.rate'), value: g => percent(g.selectionRate), class: 'num' },
        { label: t('reports.ratio'), value: g => (g.impactRatio === null || g.impactRatio === undefined ? '—' : g.impactRatio.toFixed(2)), class: 'num' },
        { label: t('reports.status'), value: g => el('span', { class: 'badge ' + (STATUS[g.status] || '') }, g.status) },
      ], d.groups, { label: d.dimension, rowAttrs: g => ({ class: g.belowFourFifths ? 'below' : null, dataset: { group: g.group } }) }))),
  ];
}

async function run() {
  setParams({ role: role.value, basis: basis.value, top: top.value || null });
  await load(out, api('/api/fairness/impact?' + query()), render).catch(() => {});
}

async function start() {
  try {
    const roles = await api('/api/roles');
    fill(role, roles.map(r => el('option', { value: r.role.id }, loc(r.role.name))));
  } catch (e) {
    fill(out, problem(e));
    return;
  }
  if (param('role')) role.value = param('role');
  if (param('basis')) basis.value = param('basis');
  if (param('top')) top.value = param('top');
  if (param('role')) run();
}

document.getElementById('report-form').addEventListener('submit', e => { e.preventDefault(); run(); });
document.getElementById('report-export').addEventListener('click', async () => {
  try {
    const q = query();
    q.set('lang', lang);
    save(await api('/api/fairness/impact/export?' + q, { blob: true }), 'adverse-impact-' + role.value + '.xlsx');
  } catch (e) {
    fill(out, problem(e));
  }
});
start();
