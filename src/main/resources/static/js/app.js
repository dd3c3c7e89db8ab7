// Shared by every page's script: labels, the API with the session of the sign-in, DOM helpers, problem display.
const shell = document.getElementById('tm-shell');

/** 'zh' or 'en': the language of the page. */
export const lang = shell ? shell.dataset.lang : (document.documentElement.lang || 'en').slice(0, 2);

const messages = shell && shell.dataset.messages ? JSON.parse(shell.dataset.messages) : {};

/** The signed-in user's role codes. */
export const roles = shell && shell.dataset.roles ? shell.dataset.roles.split(',') : [];

/** A label in the page's language; {0}, {1}… are replaced by the arguments. A missing key shows as [key]. */
export function t(key, ...args) {
  const text = messages[key];
  if (text === undefined) {
    console.warn('missing label', key);
    return '[' + key + ']';
  }
  return text.replace(/\{(\d+)\}/g, (m, i) => (args[i] === undefined ? m : String(args[i])));
}

/** A {zh, en} text in the page's language, the other language where this one is missing. */
export function loc(text) {
  if (text == null) return '';
  if (typeof text === 'string') return text;
  return (lang === 'zh' ? text.zh || text.en : text.en || text.zh) || '';
}

/** The other language of a {zh, en} text, or '' when it has only one or both are equal. */
export function other(text) {
  if (text == null || typeof text === 'string') return '';
  const o = lang === 'zh' ? text.en : text.zh;
  return o && o !== loc(text) ? o : '';
}

/** An error from the API: its status and its problem detail (RFC 9457). */
export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || 'HTTP ' + status);
    this.status = status;
    this.problem = problem || {};
  }
}

/** The CSRF header of the session, for a request that changes something. */
export function csrf() {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  return token && header ? { [header.content]: token.content } : {};
}

/**
 * Calls the API. options: method, json (a body sent as JSON), form (a FormData), blob (true to get a Blob).
 * Throws ApiError with the problem detail on 4xx/5xx; on 401 goes to the sign-in page.
 */
export async function api(path, options = {}) {
  const method = options.method || (options.json !== undefined || options.form ? 'POST' : 'GET');
  const headers = { Accept: options.blob ? '*/*' : 'application/json', ...(method === 'GET' ? {} : csrf()) };
  let body;
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.form) {
    body = options.form;
  }
  const response = await fetch(path, { method, headers, body, credentials: 'same-origin' });
  if (response.status === 401) {
    window.location.assign('/login');
    throw new ApiError(401, { detail: t('error.401') });
  }
  if (!response.ok) {
    let problem = null;
    try { problem = await response.json(); } catch (e) { problem = { detail: response.status >= 500 ? t('error.500') : t('error.400') }; }
    throw new ApiError(response.status, problem);
  }
  if (options.blob) return response.blob();
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') || '';
  return type.includes('json') ? response.json() : response.text();
}

/** Builds an element: el('td', {class: 'num', title: 'x'}, 'text', child…). Text is never parsed as HTML. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(node.dataset, v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

/** Empties a node and puts the children in. */
export function fill(node, ...children) {
  node.replaceChildren();
  for (const c of children.flat(Infinity)) if (c !== null && c !== undefined && c !== false) node.append(c instanceof Node ? c : String(c));
  return node;
}

/** A table from column definitions: [{label, value: row => text|Node, class}] and rows. Empty rows: an empty state. */
export function table(columns, rows, options = {}) {
  if (!rows || rows.length === 0) return el('p', { class: 'empty' }, options.empty || t('common.empty'));
  const head = el('tr', {}, columns.map(c => el('th', { scope: 'col', class: c.class }, c.label)));
  const body = rows.map((r, i) => {
    const tr = el('tr', options.rowAttrs ? options.rowAttrs(r, i) : {},
      columns.map(c => el('td', { class: c.class }, c.value(r, i))));
    return tr;
  });
  return el('div', { class: 'table-wrap' }, el('table', { id: options.id, 'aria-label': options.label },
    el('thead', {}, head), el('tbody', {}, body)));
}

/** Shows an error: its detail and, where the API lists them, each problem with file, line or row, and field. */
export function problem(error) {
  const p = (error && error.problem) || {};
  const detail = p.detail || (error && error.message) || t('common.error');
  const list = Array.isArray(p.problems) ? p.problems : [];
  return el('div', { class: 'problem', role: 'alert' },
    el('p', {}, el('strong', {}, error && error.status >= 400 && error.status < 500 ? t('common.problems') : t('common.error')), ': ', detail),
    list.length ? table([
      { label: t('common.file'), value: r => r.file || '' },
      { label: t('common.row'), value: r => (r.line ? String(r.line) : ''), class: 'num' },
      { label: t('common.field'), value: r => r.field || '' },
      { label: t('common.message'), value: r => r.message || '' },
    ], list, { id: 'problems', label: t('common.problems') }) : null);
}

/** Shows 'Loading…' in a node while the promise runs, then what render returns, or the problem. */
export async function load(node, promise, render) {
  fill(node, el('p', { class: 'loading', role: 'status' }, t('common.loading')));
  try {
    const value = await promise;
    fill(node, render(value));
    return value;
  } catch (e) {
    fill(node, problem(e));
    throw e;
  }
}

/** Saves a Blob as a file. */
export function save(blob, filename) {
  const url = URL.createObjectURL(blob);
  const a = el('a', { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** Query parameters of the page. */
export function param(name) {
  return new URLSearchParams(window.location.search).get(name);
}

/** Sets query parameters of the page without reloading (so the language switch and a reload keep them). */
export function setParams(values) {
  const url = new URL(window.location.href);
  for (const [k, v] of Object.entries(values)) {
    if (v === null || v === undefined || v === '') url.searchParams.delete(k);
    else url.searchParams.set(k, v);
  }
  window.history.replaceState(null, '', url);
  for (const id of ['lang-zh', 'lang-en']) {
    const a = document.getElementById(id);
    if (a) {
      const target = new URL(url);
      target.searchParams.set('lang', id.slice(5));
      a.href = target.pathname + target.search;
    }
  }
}
