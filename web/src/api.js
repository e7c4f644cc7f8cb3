// The JSON API of `allegiance serve` (described at /api/openapi.json).

export async function get(path, params = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') q.set(k, v);
  }
  const url = `./api/${path}${q.toString() ? `?${q}` : ''}`;
  const res = await fetch(url, { headers: { accept: 'application/json' } });
  const body = await res.json().catch(() => null);
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
