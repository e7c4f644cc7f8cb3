// The JSON API of `allegiance serve` (described at /api/openapi.json).

/** Views drawn so far: a read's answer is used only by the view that asked for it. */
let views = 0;

/** A read answered after another view was asked for: the view that asked draws nothing. */
export class Stale extends Error {}

/** Starts drawing a new view; reads asked for by earlier views will throw `Stale`, so a slow
 * view (a page redrawn after a judgement) never draws over the one asked for after it. */
export function newView() {
  views += 1;
  return views;
}

/** Whether `view` (from `newView`) is still the one being shown. */
export function isCurrent(view) {
  return view === views;
}

export async function get(path, params = {}) {
  const asked = views;
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') q.set(k, v);
  }
  const url = `./api/${path}${q.toString() ? `?${q}` : ''}`;
  const res = await fetch(url, { headers: { accept: 'application/json' } });
  const body = await res.json().catch(() => null);
  if (asked !== views) {
    throw new Stale(`${path}: answered after another view was asked for`);
  }
  if (!res.ok) {
    throw new Error(body?.error || `${res.status} ${res.statusText}`);
  }
  return body;
}

/** A write (a judgement recorded or undone): JSON in, JSON out. The server refuses writes
 * without `Content-Type: application/json` or from another site's pages. */
export async function send(method, path, body = {}) {
  const res = await fetch(`./api/${path}`, {
    method,
    headers: { accept: 'application/json', 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const reply = res.status === 204 ? null : await res.json().catch(() => null);
  if (!res.ok) {
    throw new Error(reply?.error || `${res.status} ${res.statusText}`);
  }
  return reply;
}
