import { call, session, ApiError } from './api.js';
import { t, applyTo, setLanguage, currentLanguage } from './i18n.js';
import { $, element } from './view.js';
import { createQueue } from './queue.js';
import { createDetail } from './detail.js';
import { follow } from './stream.js';

let caller = null;
let units = [];
let stream = null;

function showError(error, target) {
  target.textContent = error instanceof ApiError
    ? (error.status === 401 ? t('badKey') : error.problem.detail ?? t('problem.other'))
    : t('unreachable');
}

const queue = createQueue({ onOpen: id => { location.hash = `#/d/${id}`; }, onError: showError });
const detail = createDetail({
  onChanged: () => queue.reload(),
  onError: showError,
  isOfficer: () => caller?.role === 'officer',
});

function showUnit(code) {
  const unit = units.find(u => u.code === code);
  const gates = $('filters').elements.borderGateCode;
  gates.replaceChildren(element('option', t('any'), { value: '', 'data-i18n': 'any' }),
    ...(unit?.gates ?? []).map(gate => element('option', `${gate.nameVi} (${gate.code})`, { value: gate.code })));
  return queue.show(code);
}

async function signIn(key) {
  session.key = key;
  try {
    caller = (await call('/api/v1/me')).body;
  } catch (error) {
    session.key = null;
    showError(error, $('sign-in-error'));
    return;
  }
  if (caller.role !== 'officer') {
    session.key = null;
    $('sign-in-error').textContent = t('notOfficer');
    return;
  }
  units = (await call('/api/v1/units')).body.items;
  const branchWide = caller.scope.includes('*');
  const choices = branchWide ? units : units.filter(unit => caller.scope.includes(unit.code));
  const unitSelect = $('unit');
  unitSelect.replaceChildren(...choices.map(unit => element('option', `${unit.nameVi} (${unit.code})`, { value: unit.code })));
  unitSelect.disabled = !branchWide;
  $('action-form').elements.referToUnitCode.replaceChildren(element('option', t('noReferral'), { value: '', 'data-i18n': 'noReferral' }),
    ...units.filter(unit => unit.acceptsReferrals).map(unit => element('option', `${unit.nameVi} (${unit.code})`, { value: unit.code })));
  $('who').textContent = caller.label;
  $('sign-in').hidden = true;
  $('sign-out').hidden = false;
  $('workspace').hidden = false;
  startLive();
  await showUnit(unitSelect.value);
  await route();
}

/** New submissions, amendments and status changes refresh the queue (and the open declaration) as they happen. */
function startLive() {
  let pending = null;
  const changed = new Set();
  stream = follow({
    onOpen: () => { $('live').hidden = false; },
    onDrop: () => { $('live').hidden = true; },
    onEvent: ({ data }) => {
      changed.add(data.data.declarationId);
      if (data.data.declarationId === detail.id) detail.refresh();
      clearTimeout(pending);
      pending = setTimeout(() => { queue.reload(new Set(changed)); changed.clear(); }, 100);
    },
  });
}

function signOut() {
  stream?.stop();
  session.key = null;
  location.hash = '';
  location.reload();
}

async function scan(code) {
  $('scan-error').textContent = '';
  try {
    const { body } = await call('/api/v1/passes/verify', { method: 'POST', body: { code } });
    $('scan').value = '';
    location.hash = `#/d/${body.declarationId}`;
  } catch (error) {
    if (error instanceof ApiError && error.status === 422) $('scan-error').textContent = t('passInvalid');
    else if (error instanceof ApiError && error.status === 404) $('scan-error').textContent = t('passNotFound');
    else showError(error, $('scan-error'));
  }
}

let passUrl = null;

async function showPass(id) {
  $('workspace').hidden = true;
  $('pass-page').hidden = false;
  const { body } = await call(`/api/v1/declarations/${id}/pass`, { accept: 'image/svg+xml' });
  if (passUrl) URL.revokeObjectURL(passUrl);
  passUrl = URL.createObjectURL(body);
  $('pass-image').src = passUrl;
  $('pass-image').alt = t('passTitle');
}

/** #/d/{id} opens a declaration, #/pass/{id} its printable pass. */
async function route() {
  if (!caller) return;
  const [, kind, id] = location.hash.split('/');
  $('pass-page').hidden = kind !== 'pass';
  $('workspace').hidden = kind === 'pass';
  if (kind === 'pass' && id) await showPass(id);
  else if (kind === 'd' && id) {
    queue.select(id);
    await detail.open(id);
  }
}

$('sign-in-form').addEventListener('submit', event => { event.preventDefault(); signIn($('key').value.trim()); $('key').value = ''; });
$('sign-out').addEventListener('click', signOut);
$('unit').addEventListener('change', event => showUnit(event.target.value));
$('scan-form').addEventListener('submit', event => { event.preventDefault(); scan($('scan').value.trim()); });
$('language').addEventListener('click', () => {
  setLanguage(currentLanguage() === 'vi' ? 'en' : 'vi');
  if (caller) { queue.reload(); detail.refresh(); }
});
$('print-pass').addEventListener('click', () => { location.hash = `#/pass/${detail.id}`; });
$('pass-back').addEventListener('click', () => { location.hash = `#/d/${location.hash.split('/')[2]}`; });
$('pass-print').addEventListener('click', () => window.print());
window.addEventListener('hashchange', route);

applyTo(document);
if (session.key) signIn(session.key);
