// The REST client: JSON in, JSON out, and problem+json errors turned into exceptions that carry their detail.

export class ApiError extends Error {
  constructor(status, detail, problem) {
    super(detail);
    this.status = status;
    this.problem = problem;
  }
}

function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

async function request(method, path, { params, body, signal, headers } = {}) {
  let response;
  try {
    response = await fetch(path + query(params), {
      method,
      signal,
      headers: {
        Accept: 'application/json, application/problem+json',
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...(headers || {}),
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, 'The server cannot be reached. Is Entente running?');
  }
  const type = response.headers.get('Content-Type') || '';
  let payload = null;
  if (type.includes('json')) {
    try {
      payload = await response.json();
    } catch (e) {
      payload = null;
    }
  }
  if (!response.ok) {
    const detail = (payload && (payload.detail || payload.title))
      || `${response.status} ${response.statusText || 'error'} from ${path}`;
    throw new ApiError(response.status, detail, payload);
  }
  return payload;
}

export const api = {
  entities: (q, { kind, limit = 10, signal } = {}) => request('GET', '/api/entities', { params: { q, kind, limit }, signal }),
  entity: (id) => request('GET', `/api/entities/${encodeURIComponent(id)}`),
  relations: (params) => request('GET', '/api/relations', { params }),
  pair: (a, b) => request('GET', `/api/relations/${encodeURIComponent(a)}/${encodeURIComponent(b)}`),
  facts: (params) => request('GET', '/api/facts', { params }),
  neighborhood: (params, signal) => request('GET', '/api/graph/neighborhood', { params, signal }),
  stats: () => request('GET', '/api/stats'),
  queries: () => request('GET', '/api/queries'),
  runQuery: (name, params) => request('POST', `/api/queries/${encodeURIComponent(name)}`, { body: { params: params || {} } }),
  cypher: (queryText, params) => request('POST', '/api/cypher', { body: { query: queryText, params: params || {} } }),
  extract: (article) => request('POST', '/api/extract', { body: article }),
  ingest: (article, token) => request('POST', '/api/articles', {
    body: article,
    headers: token ? { Authorization: `Bearer ${token}` } : undefined,
  }),
};
