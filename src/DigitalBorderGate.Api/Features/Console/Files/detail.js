import { call, ApiError } from './api.js';
import { t, statusName, actionName, currentLanguage } from './i18n.js';
import { $, element, gateTime, statusBadge, channelBadge } from './view.js';

/** One declaration: what the officer checks, why it was routed here, its history, and exactly the actions the API allows. */
export function createDetail({ onChanged, onError, isOfficer }) {
  let current = null;
  let etag = null;

  function fact(list, label, value) {
    if (value === undefined || value === null || value === '') return;
    list.append(element('dt', label), element('dd', value));
  }

  function render(declaration, history) {
    const content = declaration.declaration;
    const vehicle = content.vehicle;
    $('detail').hidden = false;
    $('detail').dataset.id = declaration.id;
    $('detail').dataset.status = declaration.status;
    $('detail-title').textContent = `${vehicle.plateNumber} · ${declaration.referenceNumber}`;
    $('detail-status').replaceChildren(statusBadge(declaration.status));
    $('detail-channel').replaceChildren(channelBadge(declaration.clearance.channel));
    const facts = $('detail-facts');
    facts.replaceChildren();
    fact(facts, t('arrival'), gateTime(content.expectedArrivalAt));
    fact(facts, t('gate'), declaration.routing.gateCode);
    fact(facts, t('direction'), t(`direction.${content.direction}`));
    fact(facts, t('declarant'), content.declarantTaxCode);
    fact(facts, t('vehicleClass'), vehicle.vehicleClass);
    fact(facts, t('trailer'), vehicle.trailerPlateNumber);
    fact(facts, t('containers'), (vehicle.containerNumbers ?? []).join(', '));
    fact(facts, t('driver'), vehicle.driver ? `${vehicle.driver.fullName} · ${vehicle.driver.phone ?? ''}` : '');
    fact(facts, t('submittedAt'), gateTime(declaration.submittedAt));
    fact(facts, t('queueUnit'), declaration.clearance.queueUnitCode);
    fact(facts, t('referredTo'), declaration.clearance.referredToUnitCode);
    const routing = declaration.routing;
    const unitName = currentLanguage() === 'vi' ? routing.unitNameVi : routing.unitName;
    const reason = currentLanguage() === 'vi' ? routing.reasonVi : routing.reason;
    $('detail-routing').textContent = `${unitName} (${routing.unitCode}) — ${reason}`;
    $('detail-goods').replaceChildren(...content.goods.map(group => {
      const items = (group.items ?? []).map(item => item.description).join('; ');
      return element('li', [group.customsDeclarationNumber ? `${t('declarationNo')} ${group.customsDeclarationNumber}` : null,
        `${group.grossWeightKg} ${t('kg')}`, items || null].filter(Boolean).join(' · '));
    }));
    renderActions(declaration.allowedActions ?? []);
    $('detail-history').replaceChildren(...history.map(entry => element('li',
      `${gateTime(entry.at)} · ${actionName(entry.action)} → ${statusName(entry.toStatus)} · ${entry.actor.label}${entry.note ? ` · “${entry.note}”` : ''}`)));
  }

  function renderActions(allowed) {
    const form = $('action-form');
    for (const input of form.querySelectorAll('[data-for]')) {
      const kind = input.dataset.for;
      input.hidden = allowed.length === 0
        || (kind === 'officer' ? !isOfficer() : kind !== 'any' && !allowed.includes(kind));
    }
    $('action-buttons').replaceChildren(...allowed.map(action => {
      const button = element('button', actionName(action), { type: 'button', 'data-action': action });
      button.addEventListener('click', () => act(action));
      return button;
    }));
    $('no-actions').hidden = allowed.length > 0;
  }

  function body(action) {
    const form = new FormData($('action-form'));
    const request = { action };
    if (form.get('note')) request.note = form.get('note');
    if (action === 'startInspection') request.channel = form.get('channel');
    if (action === 'hold' && form.get('referToUnitCode')) request.referToUnitCode = form.get('referToUnitCode');
    if (isOfficer() && action !== 'cancel') {
      const checks = {};
      for (const name of ['documents', 'physicalInspection', 'quarantine']) if (form.get(name)) checks[name] = form.get(name);
      if (form.get('feePaid')) checks.feePaid = true;
      if (Object.keys(checks).length) request.checks = checks;
    }
    return request;
  }

  async function act(action) {
    const result = $('action-result');
    result.replaceChildren();
    for (const button of $('action-buttons').children) button.disabled = true;
    try {
      const { body: changed } = await call(`/api/v1/declarations/${current.id}/transitions`, { method: 'POST', body: body(action), ifMatch: etag });
      $('action-form').reset();
      await open(current.id);
      result.replaceChildren(element('p', t('done', { action: actionName(action), status: statusName(changed.status) }), { class: 'done' }));
      onChanged();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      // The state moved under the officer's feet: show what it is now before explaining.
      if (error.status === 409 || error.status === 412) await open(current.id);
      result.replaceChildren(explain(error, action));
      for (const button of $('action-buttons').children) button.disabled = false;
    }
  }

  /** A refusal in the officer's language, with what to do next. */
  function explain(error, action) {
    const box = element('div', undefined, { class: 'problem', 'data-status': String(error.status) });
    const key = `problem.${error.status}`;
    const known = ['problem.409', 'problem.412', 'problem.422', 'problem.403', 'problem.404', 'problem.429'].includes(key);
    box.append(element('p', t(known ? key : 'problem.other', { action: actionName(action), status: statusName(current?.status) })));
    const reasons = error.problem.errors ?? [];
    if (reasons.length) {
      box.append(element('ul'));
      box.lastChild.append(...reasons.map(reason => element('li', currentLanguage() === 'vi' ? reason.messageVi : reason.message)));
    } else if (!known && error.problem.detail) {
      box.append(element('p', error.problem.detail));
    }
    return box;
  }

  async function open(id) {
    try {
      const [{ body: declaration, etag: version }, { body: history }] = await Promise.all([
        call(`/api/v1/declarations/${id}`), call(`/api/v1/declarations/${id}/history`)]);
      current = declaration;
      etag = version;
      render(declaration, Array.isArray(history) ? history : history.items);
    } catch (error) {
      onError(error, $('action-result'));
    }
  }

  $('close-detail').addEventListener('click', () => { current = null; $('detail').hidden = true; location.hash = ''; });

  return {
    open(id) { $('action-result').replaceChildren(); return open(id); },
    refresh() { return current ? open(current.id) : Promise.resolve(); },
    get id() { return current?.id ?? null; },
  };
}
