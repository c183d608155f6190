import { t, statusName } from './i18n.js';

export const $ = id => document.getElementById(id);

/** An element with text (never HTML) and attributes. */
export function element(tag, text, attributes = {}) {
  const made = document.createElement(tag);
  if (text !== undefined && text !== null) made.textContent = text;
  for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, value);
  return made;
}

const vietnamTime = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

/** Times are shown as the gate's clock reads them: Vietnam time, whatever the device's zone. */
export function gateTime(iso) {
  if (!iso) return '';
  const parts = Object.fromEntries(vietnamTime.formatToParts(new Date(iso)).map(part => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** A datetime-local value read as Vietnam time. */
export const fromGateTime = value => (value ? `${value}:00+07:00` : '');

export function statusBadge(status) {
  return element('span', statusName(status), { class: 'status', 'data-status': status });
}

export function channelBadge(channel) {
  return channel ? element('span', t(`channel.${channel}`), { class: `channel channel-${channel}`, 'data-channel': channel }) : element('span', '');
}
