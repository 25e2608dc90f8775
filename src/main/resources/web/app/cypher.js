// The Cypher tab: a read-only editor, the analyst library, results as a table and, when they hold graph
// elements, as a graph.
import { api } from './api.js';
import { createGraph, draw } from './graph.js';
import { h, clear } from './util.js';

const $ = (id) => document.getElementById(id);
let graph = null;
let lastGraph = null;
let loaded = false;
let mode = 'table';

export function initCypher({ focusEntity }) {
  $('cypher-run').addEventListener('click', () => runEditor());
  $('cypher-query').addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      runEditor();
    }
  });
  $('cypher-params').addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      runEditor();
    }
  });
  $('cypher-query').addEventListener('input', () => setLibraryMode(null));
  for (const button of document.querySelectorAll('#result-switch .seg')) {
    button.addEventListener('click', () => setResultMode(button.dataset.result));
  }
  document.addEventListener('entente:tab', (event) => {
    if (event.detail === 'cypher') {
      if (!loaded) loadLibrary();
      if (graph) graph.resize();
    }
  });
  window.entente.cypher = { run: runEditor, runLibrary, focusEntity };
}

let libraryQuery = null;

function setLibraryMode(query) {
  libraryQuery = query;
  const chip = $('cypher-mode');
  if (query) {
    chip.hidden = false;
    chip.textContent = `Library: ${query.title || query.name}`;
  } else {
    chip.hidden = true;
  }
}

async function loadLibrary() {
  const list = $('library');
  clear(list).append(h('li', { class: 'muted' }, 'Loading…'));
  try {
    const queries = await api.queries();
    loaded = true;
    clear(list);
    if (!queries || !queries.length) {
      list.append(h('li', { class: 'muted' }, 'The library is empty.'));
      return;
    }
    for (const q of queries) {
      list.append(h('li', null, h('button', {
        type: 'button',
        class: 'library-item',
        dataset: { name: q.name },
        onclick: () => runLibrary(q),
      }, h('span', { class: 'library-title' }, q.title || q.name),
      q.description ? h('span', { class: 'library-desc' }, q.description) : null,
      Object.keys(q.parameters || {}).length
        ? h('span', { class: 'library-params' }, Object.keys(q.parameters).map((p) => `$${p}`).join(' ')) : null)));
    }
  } catch (e) {
    clear(list).append(h('li', { class: 'alert error' }, `Could not load the library: ${e.message}`,
      h('button', { type: 'button', class: 'button small', onclick: loadLibrary }, 'Retry')));
  }
}

function readParams() {
  const text = $('cypher-params').value.trim();
  if (!text) return {};
  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new Error(`The parameters are not valid JSON: ${e.message}`);
  }
  if (typeof value !== 'object' || Array.isArray(value) || value === null) {
    throw new Error('The parameters must be a JSON object, e.g. {"id": "RUS"}');
  }
  return value;
}

async function runLibrary(q) {
  setLibraryMode(q);
  $('cypher-params').value = JSON.stringify(q.parameters || {}, null, 2);
  for (const b of document.querySelectorAll('.library-item')) {
    b.classList.toggle('active', b.dataset.name === q.name);
  }
  await execute(() => api.runQuery(q.name, q.parameters || {}));
}

async function runEditor() {
  let params;
  try {
    params = readParams();
  } catch (e) {
    showError(e.message);
    return;
  }
  if (libraryQuery) {
    await execute(() => api.runQuery(libraryQuery.name, params));
    return;
  }
  const text = $('cypher-query').value.trim();
  if (!text) {
    showError('Write a query first, or pick one from the library.');
    return;
  }
  await execute(() => api.cypher(text, params));
}

function showError(message) {
  const el = $('cypher-error');
  el.hidden = !message;
  el.textContent = message || '';
}

async function execute(call) {
  const button = $('cypher-run');
  const metaEl = $('cypher-meta');
  showError(null);
  button.disabled = true;
  metaEl.textContent = 'Running…';
  metaEl.classList.add('busy');
  try {
    const result = await call();
    render(result);
  } catch (e) {
    metaEl.textContent = '';
    showError(e.message);
  } finally {
    button.disabled = false;
    metaEl.classList.remove('busy');
  }
}

function render(result) {
  const columns = result.columns || [];
  const rows = result.rows || [];
  $('cypher-meta').textContent = `${rows.length} row${rows.length === 1 ? '' : 's'}`
    + (typeof result.elapsedMs === 'number' ? ` in ${result.elapsedMs} ms` : '')
    + (result.truncated ? ' (truncated)' : '');
  const table = h('table', { class: 'results' },
    h('thead', null, h('tr', null, columns.map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', null, rows.map((row) => h('tr', null, row.map((cell) => h('td', { dir: 'auto' }, cellText(cell)))))));
  const wrap = clear($('cypher-table'));
  wrap.append(table);
  if (!rows.length) wrap.append(h('p', { class: 'muted' }, 'No rows.'));

  lastGraph = toGraph(result.graph);
  const hasGraph = lastGraph && lastGraph.nodes.length > 0;
  $('result-switch').hidden = !hasGraph;
  setResultMode(hasGraph ? mode : 'table');
}

function setResultMode(next) {
  mode = next;
  for (const b of document.querySelectorAll('#result-switch .seg')) {
    b.classList.toggle('active', b.dataset.result === next);
    b.setAttribute('aria-pressed', String(b.dataset.result === next));
  }
  const showGraph = next === 'graph' && lastGraph && lastGraph.nodes.length > 0;
  $('cypher-table').hidden = showGraph;
  $('cypher-graph').hidden = !showGraph;
  if (showGraph) {
    if (!graph) {
      graph = createGraph($('cypher-graph'), {
        onNode: (node) => window.entente.focusEntity && window.entente.focusEntity(node.id(), node.data('name')),
      });
      window.entente.cypherCy = graph;
    }
    graph.resize();
    draw(graph, lastGraph.nodes, lastGraph.edges, { layout: 'cose' });
  }
}

/** A cell as text: scalars as they are, graph elements by name, the rest as compact JSON. */
function cellText(cell) {
  if (cell === null || cell === undefined) return '';
  if (typeof cell !== 'object') return String(cell);
  if (Array.isArray(cell)) return cell.map(cellText).join(', ');
  const props = cell.properties || cell;
  if (props.name && (cell.labels || cell.id)) return `${props.name}${props.id && props.id !== props.name ? ` (${props.id})` : ''}`;
  if (cell.type && (cell.start || cell.source)) return `[:${cell.type}]`;
  return JSON.stringify(cell);
}

/** Accepts the graph part of a Cypher result in the shapes a server may reasonably send. */
function toGraph(g) {
  if (!g) return null;
  const nodes = (g.nodes || []).map((n) => {
    const p = n.properties || {};
    const labels = n.labels || [];
    const kind = n.kind || p.kind || ['State', 'Person', 'Organization'].find((l) => labels.includes(l))
      || labels[0] || 'State';
    const id = String(n.id ?? p.id ?? n.elementId);
    return {
      id,
      kind,
      name: n.name || p.name || p.title || id,
      region: n.region || p.region,
      degree: n.degree,
    };
  });
  const ids = new Set(nodes.map((n) => n.id));
  const edges = (g.edges || g.relationships || []).map((e) => ({
    id: e.id ? String(e.id) : undefined,
    source: String(e.source ?? e.start ?? e.startNode ?? e.from),
    target: String(e.target ?? e.end ?? e.endNode ?? e.to),
    type: e.type || (e.properties && e.properties.type),
    sourceCount: e.sourceCount || (e.properties && e.properties.sourceCount),
    status: e.status || (e.properties && e.properties.status),
  })).filter((e) => ids.has(e.source) && ids.has(e.target));
  return { nodes, edges };
}
