import { headers } from './api.js';

/**
 * Follows GET /api/v1/events/stream. EventSource cannot send the X-Api-Key header, so the stream is read with
 * fetch and parsed here; after a drop it reconnects with Last-Event-ID and misses nothing.
 */
export function follow({ onEvent, onOpen, onDrop }) {
  let lastEventId = null;
  let stopped = false;
  let controller = null;
  let retry = 2000;

  async function connect() {
    while (!stopped) {
      controller = new AbortController();
      try {
        const extra = { Accept: 'text/event-stream' };
        if (lastEventId) extra['Last-Event-ID'] = lastEventId;
        const response = await fetch('/api/v1/events/stream', { headers: headers(extra), signal: controller.signal });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        onOpen?.();
        await read(response.body);
      } catch (error) {
        if (stopped) return;
      }
      onDrop?.();
      await new Promise(resolve => setTimeout(resolve, retry));
    }
  }

  async function read(body) {
    const reader = body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value;
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        dispatch(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
      }
    }
  }

  function dispatch(block) {
    let id = null, type = 'message', data = '';
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'id') id = value;
      else if (field === 'event') type = value;
      else if (field === 'data') data += data ? `\n${value}` : value;
      else if (field === 'retry' && /^\d+$/.test(value)) retry = Number(value);
    }
    if (id !== null) lastEventId = id;
    if (data) onEvent({ type, data: JSON.parse(data) });
  }

  connect();
  return { stop() { stopped = true; controller?.abort(); } };
}
