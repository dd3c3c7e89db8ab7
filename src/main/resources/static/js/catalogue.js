// Catalogue: models, competencies with their levels and indicators, grade scales, search.
import { api, el, fill, load, loc, other, param, setParams, t, table } from './app.js';

const models = document.getElementById('models');
const model = document.getElementById('model');
const results = document.getElementById('search-results');

function bilingual(text) {
  const second = other(text);
  return el('span', {}, loc(text), second ? el('span', { class: 'muted', lang: second === text.en ? 'en' : 'zh-CN' }, ' · ' + second) : null);
}

function competency(c, open) {
  return el('details', { class: 'card competency', id: 'competency-' + c.id, open: open || null },
    el('summary', {}, el('strong', {}, bilingual(c.name)), ' ', el('code', {}, c.id)),
    c.definition ? el('p', {}, loc(c.definition)) : null,
    c.aliases && c.aliases.length ? el('p', { class: 'muted' }, t('catalogue.aliases'), ': ', c.aliases.join(', ')) : null,
    table([
      { label: t('catalogue.level'), value: l => el('strong', {}, l.code) },
      { label: t('catalogue.indicators'), value: l => el('ul', {}, l.indicators.map(i => el('li', {}, i.text))) },
      { label: t('catalogue.grades'), value: l => (l.grades || []).map(g => g.grade).join(', ') },
    ], c.levels || [], { label: t('catalogue.levels') }),
    (c.indicators || []).length ? el('ul', { class: 'indicators' }, c.indicators.map(i => el('li', {}, i.text))) : null);
}

function showModel(id, focus) {
  setParams({ model: id, competency: focus || null });
  return load(model, api('/api/models/' + encodeURIComponent(id)), m => [
    el('h2', { id: 'model-name' }, bilingual(m.name)),
    el('p', { class: 'muted' }, t('catalogue.source'), ': ', m.source || '', m.origin ? ' (' + m.origin + ')' : ''),
    m.englishIsTranslation ? el('p', { class: 'muted' }, t('catalogue.translation')) : null,
    el('p', {}, t('catalogue.scale'), ': ', (m.scale || []).map(s => s.code + ' ' + loc(s.label)).join(' < ')),
    el('p', {}, t('catalogue.roles'), ': ', (m.roles || []).map(r => loc(r.name)).join('、') || '—'),
    (m.ambiguities || []).length ? el('details', {}, el('summary', {}, t('catalogue.ambiguities', m.ambiguities.length)),
      el('ul', {}, m.ambiguities.map(a => el('li', {}, el('code', {}, a.at), ' ', a.note)))) : null,
    el('h3', {}, t('catalogue.competencies', m.competencies.length)),
    el('div', { class: 'stack', id: 'competencies' }, m.competencies.map(c => competency(c, c.id === focus))),
  ]).then(() => {
    const target = focus && document.getElementById('competency-' + focus);
    if (target) target.scrollIntoView();
  }).catch(() => {});
}

load(models, api('/api/models'), list => table([
  { label: t('catalogue.model'), value: m => el('a', { href: '#', 'data-model': m.id, onclick: e => { e.preventDefault(); showModel(m.id); } }, loc(m.name)) },
  { label: t('catalogue.competencyCount'), value: m => String(m.competencies), class: 'num' },
  { label: t('catalogue.indicatorCount'), value: m => String(m.indicators), class: 'num' },
  { label: t('catalogue.source'), value: m => m.origin || m.source || '' },
], list, { id: 'model-list', label: t('catalogue.models') })).catch(() => {});

load(document.getElementById('grade-scales'), api('/api/grade-scales'), list => table([
  { label: t('catalogue.gradeScale'), value: g => loc(g.name) },
  { label: t('catalogue.grades'), value: g => g.grades.map(x => x.code).join(' < ') },
], list, { label: t('catalogue.gradeScales') })).catch(() => {});

async function search(q) {
  setParams({ q: q || null });
  if (!q) { fill(results); return; }
  await load(results, api('/api/competencies?q=' + encodeURIComponent(q)), hits => [
    el('h2', {}, t('catalogue.results', hits.length)),
    table([
      { label: t('catalogue.competency'), value: h => el('a', { href: '#', class: 'hit', onclick: e => { e.preventDefault(); showModel(h.modelId, h.competency.id); } }, loc(h.competency.name)) },
      { label: t('catalogue.model'), value: h => loc(h.modelName) },
      { label: t('catalogue.definition'), value: h => loc(h.competency.definition) },
    ], hits, { id: 'hits', label: t('catalogue.results', hits.length), empty: t('catalogue.noHits') }),
  ]).catch(() => {});
}

document.getElementById('search-form').addEventListener('submit', e => {
  e.preventDefault();
  search(document.getElementById('q').value.trim());
});

const q = param('q');
if (q) { document.getElementById('q').value = q; search(q); }
if (param('model')) showModel(param('model'), param('competency'));
