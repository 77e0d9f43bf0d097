// Sitrep web page: the HTTP API of API.md.

/** An API error with its one-line message and, for a bad query, the caret picture the server drew. */
export class ApiError extends Error {
  constructor(status, body) {
    super((body && body.error) || ('request failed with status ' + status));
    this.status = status;
    this.parameter = body && body.parameter;
    this.pretty = body && body.pretty;
  }
}

/** GETs /api/<path> with the non-empty params; resolves to the JSON body or rejects with an ApiError. */
export async function get(path, params) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== undefined && v !== null && v !== '') qs.set(k, String(v));
  }
  const url = '/api/' + path + (qs.toString() ? '?' + qs : '');
  const res = await fetch(url, { headers: { Accept: 'application/json' } });
  let body = null;
  try {
    body = await res.json();
  } catch {
    body = null;
  }
  if (!res.ok) throw new ApiError(res.status, body);
  return body;
}
