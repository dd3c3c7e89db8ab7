// Imports by upload: a framework (analysts, admins) or a candidate file (people roles). The API checks the whole
// file; a refusal lists every row and column and nothing is stored. Upload progress, then "checking".
import { ApiError, csrf, el, fill, problem, roles, t } from './app.js';

function upload(path, form, progress, status) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('Accept', 'application/json');
    for (const [name, value] of Object.entries(csrf())) xhr.setRequestHeader(name, value);
    progress.hidden = false;
    progress.value = 0;
    xhr.upload.onprogress = e => {
      if (e.lengthComputable) {
        progress.value = Math.round((e.loaded / e.total) * 100);
        fill(status, el('p', { role: 'status' }, t('import.uploading', progress.value)));
      }
    };
    xhr.upload.onload = () => {
      progress.removeAttribute('value');
      fill(status, el('p', { role: 'status' }, t('import.checking')));
    };
    xhr.onload = () => {
      progress.hidden = true;
      let body = null;
      try { body = JSON.parse(xhr.responseText); } catch (e) { body = null; }
      if (xhr.status === 401) { window.location.assign('/login'); return; }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body);
      else reject(new ApiError(xhr.status, body || { detail: xhr.status >= 500 ? t('error.500') : t('error.400') }));
    };
    xhr.onerror = () => { progress.hidden = true; reject(new ApiError(0, { detail: t('error.500') })); };
    xhr.send(form);
  });
}

function wire(id, path, parts, done) {
  const form = document.getElementById(id + '-form');
  if (!form.dataset.roleCodes.split(',').some(r => roles.includes(r))) return;
  form.hidden = false;
  const result = document.getElementById(id + '-result');
  const progress = document.getElementById(id + '-progress');
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const data = new FormData();
    for (const [name, input] of parts()) if (input.files[0]) data.append(name, input.files[0]);
    if (!data.has('file')) { fill(result, el('p', { class: 'problem', role: 'alert' }, t('import.noFile'))); return; }
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      const summary = await upload(path(), data, progress, result);
      fill(result, el('p', { class: 'notice', role: 'status', id: id + '-done' }, done(summary)));
    } catch (error) {
      fill(result, el('p', { class: 'problem', role: 'alert' }, t('import.refused')), problem(error));
    } finally {
      button.disabled = false;
    }
  });
}

wire('framework', () => '/api/models/import' + (document.getElementById('framework-replace').checked ? '?replace=true' : ''),
  () => [['file', document.getElementById('framework-file')], ['roles', document.getElementById('framework-roles')]],
  s => t('import.framework.done', s.modelId, s.competencies, s.indicators, s.roles));
wire('candidates', () => '/api/candidates/import', () => [['file', document.getElementById('candidates-file')]],
  s => t('import.candidates.done', s.rows, s.created, s.updated, s.evidenceDocuments));
