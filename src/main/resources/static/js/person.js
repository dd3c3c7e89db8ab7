// The person page: one person against a role — levels and minimums (radar and table), each requirement's outcome,
// the evidence sentences, development needs and plan, and the decisions recorded about them.
import { api, el, fill, lang, loc, other, param, problem, roles, setParams, t, table } from './app.js';

const id = decodeURIComponent(window.location.pathname.replace(/^\/people\//, '').replace(/\/$/, ''));
const title = document.getElementById('person-title');
const problemBox = document.getElementById('person-problem');
const facts = document.getElementById('person-facts');
const roleSelect = document.getElementById('person-role');
const body = document.getElementById('person-body');
const radarNode = document.getElementById('radar');
const levelsNode = document.getElementById('levels');
const fitNode = document.getElementById('person-fit');
const outcomesNode = document.getElementById('outcomes');
const evidenceNode = document.getElementById('evidence');
const gapsNode = document.getElementById('gaps');
const developmentNode = document.getElementById('development');
const decisionsSection = document.getElementById('decisions-section');
const decisionsNode = document.getElementById('decisions');

const REVIEW = ['talent-reviewer', 'admin'];

let person = null;
let radar = null;

const TYPES = { internal: () => t('person.type.internal'), external: () => t('person.type.external') };
const SOURCES = {
  assessment: () => t('person.source.assessment'), manager: () => t('person.source.manager'),
  360: () => t('person.source.360'), self: () => t('person.source.self'), evidence: () => t('person.source.evidence'),
};
const DOCUMENTS = {
  interview: () => t('person.doc.interview'), 360: () => t('person.doc.360'), self: () => t('person.doc.self'),
  manager: () => t('person.doc.manager'), resume: () => t('person.doc.resume'), other: () => t('person.doc.other'),
};
const DECISIONS = {
  shortlist: () => t('person.decision.shortlist'), hold: () => t('person.decision.hold'),
  reject: () => t('person.decision.reject'), promote: () => t('person.decision.promote'),
};
const BANDS = {
  'ready-now': () => t('person.band.ready-now'), 'ready-1-2y': () => t('person.band.ready-1-2y'),
  'ready-3y': () => t('person.band.ready-3y'), 'not-ready': () => t('person.band.not-ready'),
};
const label = (labels, code) => (code && labels[code] ? labels[code]() : code || '');
const typeLabel = type => label(TYPES, type);
const sourceLabel = source => label(SOURCES, source);
const decisionLabel = d => label(DECISIONS, d);
const bandText = r => (lang === 'zh' ? r.bandZh || r.bandEn : r.bandEn || r.bandZh) || r.band || '';
const reasonText = o => (lang === 'zh' ? o.reasonZh || o.reasonEn : o.reasonEn || o.reasonZh) || '';
const metBadge = met => el('span', { class: 'badge ' + (met ? 'ok' : 'warn') }, met ? t('person.met.yes') : t('person.met.no'));
const date = iso => (iso ? new Date(iso).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB') : '');

function showFacts(c) {
  title.textContent = (c.name || c.id) + ' · ' + c.id;
  document.title = (c.name || c.id) + ' · talent-match';
  const row = (name, label, value) => [el('dt', {}, label), el('dd', { id: 'fact-' + name }, value || '—')];
  fill(facts, row('name', t('person.name'), c.name), row('id', t('person.id'), c.id),
    row('type', t('person.type'), typeLabel(c.type)), row('department', t('person.department'), c.department));
}

/** The person's place in the ranking of their type and department for the role: one ranked item, with outcomes. */
async function rankedFor(role) {
  const r = await api('/api/rankings', { json: { role, type: person.type || null, department: person.department || null,
    candidate: person.id } });
  return { ranking: r, item: r.items.find(i => i.candidateId === person.id) || null };
}

/** One row per competency of the role's level requirements: the level that counted, the minimum, its source. */
function levelRows(item) {
  const rows = new Map();
  for (const o of item.outcomes) {
    const q = o.requirement;
    if (q.kind !== 'LEVEL') continue;
    const prev = rows.get(q.target);
    if (prev && prev.minimum >= q.minimumRank) continue;
    rows.set(q.target, { target: q.target, name: q.targetName || q.target, level: o.actual == null ? 0 : Number(o.actual),
      actual: o.actual, minimum: q.minimumRank, source: o.actualSource, met: o.met || o.waiver != null });
  }
  return [...rows.values()];
}

function showRadar(rows) {
  if (radar) { radar.dispose(); radar = null; }
  if (!window.echarts || rows.length === 0) { radarNode.hidden = true; return; }
  radarNode.hidden = false;
  radar = window.echarts.init(radarNode);
  const max = Math.max(4, ...rows.map(r => Math.max(r.level, r.minimum)));
  radar.setOption({
    animation: false,
    legend: { data: [t('person.series.person'), t('person.series.minimum')], bottom: 0 },
    tooltip: {},
    radar: { indicator: rows.map(r => ({ name: r.name, max })), radius: '62%' },
    series: [{ type: 'radar', data: [
      { name: t('person.series.person'), value: rows.map(r => r.level), areaStyle: { opacity: 0.2 } },
      { name: t('person.series.minimum'), value: rows.map(r => r.minimum), lineStyle: { type: 'dashed' } },
    ] }],
  });
}

/** Every level the candidate record holds for a competency, with its source and date. */
function recorded(competency) {
  const levels = (person.levels || []).filter(l => l.competency === competency);
  if (levels.length === 0) return el('span', { class: 'muted' }, t('person.recorded.none'));
  return levels.map((l, i) => [i ? ', ' : '', l.level + ' (' + sourceLabel(l.source || 'assessment') + (l.assessedOn ? ' ' + l.assessedOn : '') + ')']);
}

function showLevels(rows) {
  fill(levelsNode, table([
    { label: t('person.col.competency'), value: r => el('span', { title: r.target }, r.name) },
    { label: t('person.col.level'), class: 'num level', value: r => (r.actual == null ? '—' : r.actual) },
    { label: t('person.col.minimum'), class: 'num minimum', value: r => String(r.minimum) },
    { label: t('person.col.source'), class: 'source', value: r => sourceLabel(r.source) },
    { label: t('person.col.met'), class: 'met', value: r => metBadge(r.met) },
    { label: t('person.col.recorded'), class: 'recorded', value: r => recorded(r.target) },
  ], rows, { id: 'levels-table', label: t('person.levels.title'), empty: t('person.levels.empty'),
    rowAttrs: r => ({ dataset: { competency: r.target } }) }));
}

function showOutcomes(ranking, item) {
  fill(fitNode, t('person.fit', item.score.toFixed(1), bandText(item)), ' · ',
    item.eligible ? t('person.eligible.yes') : t('person.eligible.no'),
    el('span', { class: 'muted' }, ' · ', t('person.rank', item.rank, ranking.total)));
  fitNode.dataset.score = String(item.score);
  fitNode.dataset.band = item.band;
  const outcomes = table([
    { label: t('person.col.requirement'), value: o => el('span', { title: o.requirement.target }, o.requirement.targetName || o.requirement.written) },
    { label: t('person.col.minimum'), class: 'num', value: o => o.requirement.minimum },
    { label: t('person.col.kind'), value: o => (o.requirement.mustHave ? t('person.mustHave') : t('person.weight', o.requirement.weight)) },
    { label: t('person.col.met'), class: 'met', value: o => metBadge(o.met || o.waiver != null) },
    { label: t('person.col.rule'), class: 'rule', value: o => [el('span', {}, o.requirement.rule),
      el('span', { class: 'muted where' }, o.requirement.file + ':' + o.requirement.line)] },
    { label: t('person.col.why'), class: 'why', value: o => [reasonText(o), o.waiver ? el('span', { class: 'muted' }, ' (' + t('person.waiver', o.waiver) + ')') : ''] },
  ], item.outcomes, { id: 'outcomes-table', label: t('person.outcomes.title'), empty: t('person.outcomes.empty'),
    rowAttrs: o => ({ dataset: { rule: o.requirement.rule, target: o.requirement.target, met: String(o.met) } }) });
  const adjustments = (item.adjustments || []).map(a => el('li', {}, a.reason || a.action, el('span', { class: 'muted where' }, ' ' + a.rule + ' · ' + a.file + ':' + a.line)));
  fill(outcomesNode, outcomes, item.bandRule ? el('p', { class: 'muted', id: 'band-rule' }, t('person.bandRule', item.bandRule)) : null,
    adjustments.length ? [el('h3', {}, t('person.adjustments')), el('ul', { id: 'adjustments' }, adjustments)] : null);
}

/** The sentence with its <em> marks as <mark> elements: the text is split, never parsed as HTML. */
function marked(highlighted) {
  const parts = String(highlighted || '').split(/<\/?em>/);
  return parts.map((p, i) => (i % 2 === 1 ? el('mark', {}, unescape(p)) : unescape(p)));
}

function unescape(s) {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

async function showEvidence(item) {
  fill(evidenceNode, el('p', { class: 'loading', role: 'status' }, t('common.loading')));
  const wanted = new Set(item.outcomes.filter(o => o.requirement.kind === 'LEVEL').map(o => o.requirement.target));
  const models = [...new Set([...wanted].map(k => k.split('/')[0]))];
  const documents = await api('/api/evidence/documents?candidate=' + encodeURIComponent(person.id));
  const groups = new Map();
  for (const d of documents) {
    for (const model of models) {
      let match;
      try {
        match = await api('/api/evidence/match', { json: { model, text: d.text } });
      } catch (e) {
        if (e.status === 400) continue; // a model without indicator text has no evidence to match
        throw e;
      }
      for (const s of match.sentences) {
        if (!s.claimed || !s.competency) continue;
        const key = model + '/' + s.competency;
        if (!groups.has(key)) groups.set(key, { key, name: s.competencyName || key, wanted: wanted.has(key), items: [] });
        groups.get(key).items.push({ s, d });
      }
    }
  }
  const list = [...groups.values()].sort((a, b) => (b.wanted - a.wanted) || a.key.localeCompare(b.key));
  if (documents.length === 0 || list.length === 0) {
    fill(evidenceNode, el('p', { class: 'empty', id: 'evidence-empty' },
      documents.length === 0 ? t('person.evidence.none') : t('person.evidence.noClaim', documents.length)));
    return;
  }
  fill(evidenceNode, list.map(g => el('section', { class: 'evidence-group', dataset: { competency: g.key } },
    el('h3', {}, g.name, el('span', { class: 'muted' }, ' ' + g.key), g.wanted ? el('span', { class: 'badge ok' }, t('person.evidence.required')) : null),
    el('ul', { class: 'sentences' }, g.items.map(({ s, d }) => {
      const indicator = s.levelIndicator || s.best || {};
      return el('li', { class: 'sentence' },
        el('p', { class: 'text' }, marked(s.highlighted)),
        el('p', { class: 'muted meta' },
          t('person.evidence.indicator', s.level || '—'), ' ', el('q', { class: 'indicator' }, indicator.indicator || ''),
          ' · ', t('person.evidence.document', label(DOCUMENTS, d.source || 'other'), d.recordedOn || date(d.createdAt))),
        (s.redactions || []).length ? el('p', { class: 'notice redaction' }, t('person.evidence.redacted', s.redactions.length)) : null);
    })))));
}

function showGaps(item) {
  const gaps = item.outcomes.filter(o => !o.met && o.waiver == null);
  fill(gapsNode, table([
    { label: t('person.col.requirement'), value: o => o.requirement.targetName || o.requirement.written },
    { label: t('person.col.level'), class: 'num', value: o => o.actual == null ? '—' : o.actual },
    { label: t('person.col.minimum'), class: 'num', value: o => o.requirement.minimum },
    { label: t('person.col.gap'), class: 'num', value: o => String(o.gap) },
    { label: t('person.col.kind'), value: o => (o.requirement.mustHave ? t('person.mustHave') : t('person.weight', o.requirement.weight)) },
  ], gaps, { id: 'gaps-table', label: t('person.gaps.title'), empty: t('person.gaps.none') }));
}

async function showDevelopment(role) {
  if (!roles.some(r => REVIEW.includes(r))) {
    fill(developmentNode, el('p', { class: 'muted', id: 'development-restricted' }, t('person.development.restricted')));
    return;
  }
  fill(developmentNode, el('p', { class: 'loading', role: 'status' }, t('common.loading')));
  let d;
  try {
    d = await api('/api/candidates/' + encodeURIComponent(person.id) + '/development?target=' + encodeURIComponent(role));
  } catch (e) {
    if (e.status === 403) {
      fill(developmentNode, el('p', { class: 'muted', id: 'development-restricted' }, t('person.development.restricted')));
      return;
    }
    throw e;
  }
  fill(developmentNode,
    el('h3', {}, t('person.bestFits')),
    table([
      { label: t('person.col.role'), value: f => el('a', { href: '/people/' + encodeURIComponent(person.id) + '?role=' + encodeURIComponent(f.role) }, f.roleName || f.role) },
      { label: t('person.col.eligible'), value: f => el('span', { class: 'badge ' + (f.eligible ? 'ok' : 'warn') }, f.eligible ? t('common.yes') : t('common.no')) },
      { label: t('person.col.score'), class: 'num', value: f => f.score.toFixed(1) },
      { label: t('person.col.band'), value: f => label(BANDS, f.band) },
      { label: t('person.col.gaps'), class: 'num', value: f => String(f.gaps) },
    ], d.bestFits, { id: 'best-fits', label: t('person.bestFits') }),
    el('h3', {}, t('person.plan')),
    el('p', { class: 'muted', id: 'plan-note' }, lang === 'zh' ? d.note : d.noteEn || d.note),
    table([
      { label: t('person.col.competency'), value: p => el('span', { title: p.competency }, p.name || p.competency) },
      { label: t('person.col.current'), class: 'num', value: p => p.current == null ? '—' : p.current },
      { label: t('person.col.target'), class: 'num', value: p => p.target },
      { label: t('person.col.requiredBy'), value: p => p.rule },
      { label: t('person.col.indicators'), value: p => (p.indicators || []).length ? el('ul', {}, p.indicators.map(i => el('li', {}, i))) : '—' },
    ], d.plan, { id: 'plan-table', label: t('person.plan'), empty: t('person.plan.empty') }));
}

async function showDecisions() {
  decisionsSection.hidden = false;
  fill(decisionsNode, el('p', { class: 'loading', role: 'status' }, t('common.loading')));
  try {
    const list = await api('/api/decisions?candidate=' + encodeURIComponent(person.id));
    fill(decisionsNode, table([
      { label: t('person.col.when'), class: 'when', value: d => el('time', { datetime: d.createdAt }, date(d.createdAt)) },
      { label: t('person.col.who'), class: 'who', value: d => d.decidedBy },
      { label: t('person.col.role'), class: 'role', value: d => d.roleName || d.role },
      { label: t('person.col.decision'), class: 'decision', value: d => el('span', { dataset: { decision: d.decision } }, decisionLabel(d.decision)) },
      { label: t('common.reason'), class: 'reason', value: d => d.reason },
    ], list, { id: 'decisions-table', label: t('person.decisions.title'), empty: t('person.decisions.none'),
      rowAttrs: d => ({ dataset: { id: String(d.id) } }) }));
  } catch (e) {
    fill(decisionsNode, problem(e));
  }
}

async function showRole(role) {
  setParams({ role });
  if (!role) {
    body.hidden = true;
    fill(problemBox, el('p', { class: 'empty' }, t('person.role.none')));
    return;
  }
  fill(problemBox);
  body.hidden = false;
  fill(outcomesNode, el('p', { class: 'loading', role: 'status' }, t('common.loading')));
  fill(levelsNode);
  fill(fitNode);
  try {
    const { ranking, item } = await rankedFor(role);
    if (!item) {
      body.hidden = true;
      fill(problemBox, el('p', { class: 'empty', id: 'not-ranked' }, t('person.notRanked', ranking.roleName || role)));
      return;
    }
    const rows = levelRows(item);
    showLevels(rows);
    showRadar(rows);
    showOutcomes(ranking, item);
    showGaps(item);
    await Promise.all([
      showEvidence(item).catch(e => fill(evidenceNode, problem(e))),
      showDevelopment(role).catch(e => fill(developmentNode, problem(e))),
    ]);
  } catch (e) {
    body.hidden = true;
    fill(problemBox, problem(e));
  }
}

async function start() {
  try {
    person = await api('/api/candidates/' + encodeURIComponent(id));
  } catch (e) {
    document.getElementById('person-header').hidden = true;
    fill(problemBox, problem(e));
    return;
  }
  showFacts(person);
  showDecisions();
  let choices = [];
  try {
    const entries = await api('/api/roles');
    const seen = new Set();
    choices = entries.filter(e => e.role && !seen.has(e.role.id) && seen.add(e.role.id))
      .map(e => ({ id: e.role.id, name: e.role.name || {} }))
      .sort((a, b) => loc(a.name).localeCompare(loc(b.name), lang));
    for (const c of choices) roleSelect.append(el('option', { value: c.id, title: other(c.name) }, loc(c.name) + ' (' + c.id + ')'));
  } catch (e) {
    fill(problemBox, problem(e));
    return;
  }
  const wanted = param('role') || person.currentRole || '';
  const match = choices.find(c => c.id === wanted || c.name.zh === wanted || c.name.en === wanted);
  roleSelect.value = match ? match.id : '';
  showRole(match ? match.id : wanted);
}

roleSelect.addEventListener('change', () => showRole(roleSelect.value));
window.addEventListener('resize', () => { if (radar) radar.resize(); });

start();
