// The ranking page's detail: why a person is where they are (each requirement's outcome with its rule, the rules'
// adjustments, the evidence sentences) and the gap heat-map of a page (competency × person).
import { el, lang, t, table } from './app.js';

/** A highlighted text from the API (<em>…</em> around the matched words) as text nodes and <mark>s, never as HTML. */
export function marked(highlighted) {
  return String(highlighted || '').split(/(<em>.*?<\/em>)/).filter(Boolean)
    .map(part => part.startsWith('<em>') ? el('mark', {}, part.slice(4, -5)) : part);
}

function where(x) {
  return x.file ? x.file.replace(/^rules\//, '') + ':' + x.line : '';
}

/** The row under a person: outcomes, adjustments, evidence. */
export function whyRow(c, columns) {
  const outcomes = table([
    { label: t('ranking.why.requirement'), value: o => [o.requirement.targetName || o.requirement.written,
      o.requirement.mustHave ? el('span', { class: 'badge' }, t('ranking.why.mustHave')) : null] },
    { label: t('ranking.why.minimum'), value: o => o.requirement.minimum || '', class: 'num' },
    { label: t('ranking.why.actual'), value: o => (o.actual || '—') + (o.actualSource ? ' (' + o.actualSource + ')' : '') },
    { label: t('ranking.why.met'), value: o => o.met ? el('span', { class: 'badge ok' }, t('common.yes'))
      : el('span', { class: 'badge bad' }, t('ranking.why.gap', o.gap)) },
    { label: t('ranking.why.rule'), value: o => [o.requirement.rule || '', el('div', { class: 'muted' }, where(o.requirement))] },
    { label: t('ranking.why.reason'), value: o => lang === 'zh' ? (o.reasonZh || o.reasonEn) : (o.reasonEn || o.reasonZh) },
  ], c.outcomes || [], { label: t('ranking.why.outcomes'), empty: t('ranking.why.noOutcomes') });
  const adjustments = (c.adjustments || []).map(a => el('li', {}, a.action + ' ' + (a.target || '') + ': ' + (a.reason || ''),
    el('span', { class: 'muted' }, ' — ' + t('ranking.why.byRule', a.rule, where(a)))));
  const evidence = Object.entries(c.evidence || {}).map(([competency, hits]) => el('div', { class: 'evidence' },
    el('h4', {}, competency),
    hits.map(h => el('blockquote', {}, el('p', {}, marked(h.highlighted || h.text)),
      el('p', { class: 'muted' }, t('ranking.why.indicator'), ' ', marked(h.indicatorHighlighted || h.indicator))))));
  return el('tr', { class: 'why-row' }, el('td', { colspan: columns },
    el('div', { class: 'why-detail' },
      el('h3', {}, t('ranking.why.title', c.name || c.candidateId)),
      c.bandRule ? el('p', {}, t('ranking.why.bandRule', c.bandRule)) : null,
      outcomes,
      adjustments.length ? [el('h4', {}, t('ranking.why.adjustments')), el('ul', {}, adjustments)] : null,
      el('h4', {}, t('ranking.why.evidence')),
      evidence.length ? evidence : el('p', { class: 'empty' }, t('ranking.why.noEvidence')))));
}

/**
 * The heat-map's data for a page of the ranking: one column per requirement target (in the order they first appear),
 * one row per person in rank order, the value the smallest gap the API gives for that target (0 = met).
 */
export function heatmapData(items) {
  const targets = [];
  const names = new Map();
  for (const c of items) for (const o of c.outcomes || []) {
    const key = o.requirement.target || o.requirement.written;
    if (!names.has(key)) { names.set(key, o.requirement.targetName || key); targets.push(key); }
  }
  const data = [];
  items.forEach((c, y) => {
    targets.forEach((key, x) => {
      const gaps = (c.outcomes || []).filter(o => (o.requirement.target || o.requirement.written) === key).map(o => o.gap);
      if (gaps.length) data.push([x, y, Math.min(...gaps)]);
    });
  });
  return { targets, labels: targets.map(k => names.get(k)), people: items.map(c => (c.name || c.candidateId) + ' ' + c.candidateId), data };
}

let echartsLoading = null;

const escape = text => window.echarts.format.encodeHTML(String(text));

/** Loads ECharts (a WebJar, about 1 MB) the first time a chart is drawn, not with the page. */
export function loadECharts() {
  if (window.echarts) return Promise.resolve(window.echarts);
  if (!echartsLoading) {
    echartsLoading = new Promise((resolve, reject) => {
      const script = el('script', { src: '/webjars/echarts/dist/echarts.min.js' });
      script.addEventListener('load', () => resolve(window.echarts));
      script.addEventListener('error', () => { echartsLoading = null; reject(new Error('ECharts did not load')); });
      document.head.append(script);
    });
  }
  return echartsLoading;
}

/** Draws the heat-map with ECharts. */
export async function renderHeatmap(node, d) {
  await loadECharts();
  const height = Math.max(240, 60 + d.people.length * 24);
  node.style.height = height + 'px';
  const chart = window.echarts.getInstanceByDom(node) || window.echarts.init(node, null, { renderer: 'canvas' });
  const max = Math.max(1, ...d.data.map(v => v[2]));
  chart.setOption({
    animation: false,
    // ECharts shows a tooltip's text as HTML: names (people's data) are escaped
    tooltip: { formatter: p => escape(d.people[p.value[1]]) + '<br>' + escape(d.labels[p.value[0]]) + ': ' +
      escape(p.value[2] === 0 ? t('ranking.heatmap.met') : t('ranking.heatmap.gap', p.value[2])) },
    grid: { left: 150, right: 20, top: 10, bottom: 90 },
    xAxis: { type: 'category', data: d.labels, axisLabel: { rotate: 35, interval: 0 } },
    yAxis: { type: 'category', data: d.people, inverse: true },
    visualMap: { min: 0, max, calculable: false, orient: 'horizontal', left: 'center', bottom: 0, show: false,
      inRange: { color: ['#e3f9e5', '#fff3c4', '#f5c2c0', '#b3261e'] } },
    series: [{ name: t('ranking.heatmap.title'), type: 'heatmap', data: d.data, label: { show: true } }],
  }, true);
  chart.resize();
  return chart;
}
