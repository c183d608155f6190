import { call, query } from './api.js';
import { t, statusName } from './i18n.js';
import { $, element, gateTime, fromGateTime, statusBadge, channelBadge } from './view.js';

const tabOrder = ['submitted', 'atGate', 'inYard', 'underInspection', 'held', 'cleared', 'exited', 'rejected', 'cancelled', 'turnedBack'];

/** The unit's queue by expected arrival: a tab per status with its count, the API's filters, and paging. */
export function createQueue({ onOpen, onError }) {
  let unit = null;
  let status = '';
  let cursor = null;
  let selected = null;
  let loading = Promise.resolve();

  function filters() {
    const form = new FormData($('filters'));
    return {
      status,
      channel: form.get('channel'),
      borderGateCode: form.get('borderGateCode'),
      direction: form.get('direction'),
      arrivalFrom: fromGateTime(form.get('arrivalFrom')),
      arrivalTo: fromGateTime(form.get('arrivalTo')),
      plateNumber: form.get('plateNumber'),
    };
  }

  function renderTabs(counts) {
    const tabs = $('tabs');
    tabs.replaceChildren();
    const open = tabOrder.slice(0, 6).reduce((sum, name) => sum + (counts[name] ?? 0), 0);
    const all = [['', t('open_work'), open], ...tabOrder.map(name => [name, statusName(name), counts[name] ?? 0])];
    for (const [name, label, count] of all) {
      const tab = element('button', label, { type: 'button', role: 'tab', 'data-status': name, 'aria-selected': String(name === status) });
      tab.append(element('span', String(count), { class: 'count' }));
      tab.addEventListener('click', () => { status = name; reload(); });
      tabs.append(tab);
    }
  }

  function row(item, fresh) {
    const tr = element('tr', undefined, { 'data-id': item.id, 'data-reference': item.referenceNumber });
    tr.append(element('td', gateTime(item.expectedArrivalAt)), element('td', item.plateNumber), element('td', item.referenceNumber),
      element('td', item.borderGateCode));
    const statusCell = element('td'); statusCell.append(statusBadge(item.status));
    const channelCell = element('td'); channelCell.append(channelBadge(item.channel));
    tr.append(statusCell, channelCell);
    if (item.id === selected) tr.classList.add('selected');
    if (fresh.has(item.id)) tr.classList.add('fresh');
    tr.addEventListener('click', () => onOpen(item.id));
    return tr;
  }

  async function load(append, fresh = new Set()) {
    if (!unit) return;
    try {
      const { body } = await call(`/api/v1/units/${encodeURIComponent(unit)}/queue${query({ ...filters(), limit: 50, cursor: append ? cursor : null })}`);
      $('queue-error').textContent = '';
      renderTabs(body.counts ?? {});
      const rows = body.items.map(item => row(item, fresh));
      const tbody = $('queue').tBodies[0];
      append ? tbody.append(...rows) : tbody.replaceChildren(...rows);
      cursor = body.nextCursor;
      $('more').hidden = !cursor;
      $('queue-empty').hidden = tbody.rows.length > 0;
    } catch (error) {
      onError(error, $('queue-error'));
    }
  }

  function reload(fresh) {
    loading = loading.then(() => load(false, fresh));
    return loading;
  }

  $('filters').addEventListener('input', () => reload());
  $('more').addEventListener('click', () => { loading = loading.then(() => load(true)); });

  return {
    show(code) { unit = code; status = ''; return reload(); },
    reload,
    select(id) {
      selected = id;
      for (const tr of $('queue').tBodies[0].rows) tr.classList.toggle('selected', tr.dataset.id === id);
    },
    get unit() { return unit; },
  };
}
