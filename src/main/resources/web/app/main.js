// The dashboard: tabs, search, filters and the graph view; details, Cypher and ingest live in their own modules.
import { api } from './api.js';
import { TYPES, REGIONS, typeInfo } from './constants.js';
import { createGraph, draw, runLayout } from './graph.js';
import { h, clear, debounce } from './util.js';
import { showEntity, showEdge, showEmpty } from './details.js';
import { initCypher } from './cypher.js';
import { initIngest } from './ingest.js';

const FIRST_MONTH = 1945 * 12; // the as-of slider runs by month from January 1945 to this month
const OVERVIEW_SIZE = 200;

const $ = (id) => document.getElementById(id);

const state = {
  focus: null, // entity id whose neighborhood is drawn, or null for the overview
  focusName: null,
  view: 'graph',
  allLabels: false,
  loadToken: 0,
  controller: null,
  lastLoad: null,
};

/** Exposed for the browser tests and for analysts poking around in the console. */
const entente = { state, api };
window.entente = entente;

export function start() {
  const cy = createGraph($('cy'), {
    onNode: (node) => showEntity(node.id(), { focusEntity }),
    onEdge: (edge) => showEdge(edge.data(), nodeRef(edge.source()), nodeRef(edge.target()), { focusEntity }),
    onBackground: () => showEmpty(),
  });
  entente.cy = cy;
  cy.on('dbltap', 'node', (event) => focusEntity(event.target.id(), event.target.data('name')));
  entente.focusEntity = focusEntity;
  entente.showTab = showTab;

  initTabs();
  initTypeFilters();
  initRegionLegend();
  initFilters();
  initSearch();
  initToolbar();
  initKeys();
  initCypher({ focusEntity, showTab });
  initIngest({ focusEntity, showTab, refreshStats: loadStats });

  loadStats();
  const fromHash = /^#\/entity\/(.+)$/.exec(window.location.hash);
  if (fromHash) focusEntity(decodeURIComponent(fromHash[1]));
  else loadGraph();
}

function nodeRef(node) {
  return { id: node.id(), kind: node.data('kind'), name: node.data('name') };
}

/* ---------------------------------------------------------------- tabs */

function initTabs() {
  const tabs = [...document.querySelectorAll('.tab')];
  tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => showTab(tab.dataset.view));
    tab.addEventListener('keydown', (event) => {
      let next = null;
      if (event.key === 'ArrowRight') next = tabs[(i + 1) % tabs.length];
      if (event.key === 'ArrowLeft') next = tabs[(i - 1 + tabs.length) % tabs.length];
      if (event.key === 'Home') [next] = tabs;
      if (event.key === 'End') next = tabs[tabs.length - 1];
      if (next) {
        event.preventDefault();
        showTab(next.dataset.view);
        next.focus();
      }
    });
  });
}

export function showTab(view) {
  state.view = view;
  for (const tab of document.querySelectorAll('.tab')) {
    const active = tab.dataset.view === view;
    tab.setAttribute('aria-selected', String(active));
    tab.tabIndex = active ? 0 : -1;
  }
  for (const panel of document.querySelectorAll('.view')) {
    panel.hidden = panel.id !== `view-${view}`;
  }
  if (view === 'graph' && entente.cy) {
    // the container was hidden: let Cytoscape measure it again
    entente.cy.resize();
  }
  document.dispatchEvent(new CustomEvent('entente:tab', { detail: view }));
}

/* ---------------------------------------------------------------- stats */

async function loadStats() {
  const el = $('stats');
  try {
    const stats = await api.stats();
    const labels = stats.labels || {};
    const parts = [
      ['State', 'states'], ['Person', 'people'], ['Organization', 'organizations'], ['Article', 'articles'],
      ['Fact', 'facts'],
    ].filter(([key]) => labels[key] !== undefined)
      .map(([key, word]) => h('span', { class: 'stat' }, h('strong', null, String(labels[key])), ` ${word}`));
    clear(el).append(...parts);
    el.title = stats.lastIngest ? `Last ingest: ${stats.lastIngest}` : '';
  } catch (e) {
    clear(el).append(h('span', { class: 'stat muted' }, 'statistics unavailable'));
  }
}

/* ---------------------------------------------------------------- filters */

function lineSample(info) {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('width', '30');
  svg.setAttribute('height', '10');
  svg.setAttribute('viewBox', '0 0 30 10');
  svg.setAttribute('aria-hidden', 'true');
  svg.classList.add('line-sample');
  const line = document.createElementNS(ns, 'line');
  line.setAttribute('x1', '1');
  line.setAttribute('y1', '5');
  line.setAttribute('x2', info.symmetric ? '29' : '23');
  line.setAttribute('y2', '5');
  line.setAttribute('stroke', info.color);
  line.setAttribute('stroke-width', '2.5');
  if (info.group === 'hostile') line.setAttribute('stroke-dasharray', '5 3');
  if (info.group === 'structural') line.setAttribute('stroke-dasharray', '1.5 2.5');
  svg.append(line);
  if (!info.symmetric) {
    const arrow = document.createElementNS(ns, 'path');
    arrow.setAttribute('d', 'M22 1 L29 5 L22 9 Z');
    arrow.setAttribute('fill', info.color);
    svg.append(arrow);
  }
  return svg;
}

function initTypeFilters() {
  const box = $('type-filters');
  const groups = [['cooperative', 'Cooperative'], ['hostile', 'Hostile'], ['structural', 'Offices and memberships']];
  for (const [group, title] of groups) {
    box.append(h('div', { class: `type-group-title ${group}` }, title));
    for (const info of TYPES.filter((t) => t.group === group)) {
      const input = h('input', { type: 'checkbox', value: info.type, checked: true, dataset: { group } });
      box.append(h('label', { class: 'check type-check', title: info.rel }, input, lineSample(info),
        h('span', null, info.label)));
    }
  }
  box.addEventListener('change', () => redraw());
  for (const button of document.querySelectorAll('[data-types]')) {
    button.addEventListener('click', () => {
      const which = button.dataset.types;
      for (const input of box.querySelectorAll('input')) {
        input.checked = which === 'all' || input.dataset.group === which;
      }
      redraw();
    });
  }
}

function initRegionLegend() {
  const list = $('region-legend');
  for (const region of REGIONS) {
    list.append(h('li', null, h('span', { class: 'dot', style: `background:${region.color}` }), region.name));
  }
  list.append(h('li', null, h('span', { class: 'dot unknown' }), 'Unknown'));
}

function monthsNow() {
  const now = new Date();
  return now.getFullYear() * 12 + now.getMonth();
}

function sliderDate(value) {
  const months = FIRST_MONTH + Number(value);
  const year = Math.floor(months / 12);
  const month = (months % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`;
}

function initFilters() {
  const slider = $('as-of');
  slider.max = String(monthsNow() - FIRST_MONTH);
  slider.value = slider.max;
  slider.disabled = false;
  const any = $('as-of-any');
  const output = $('as-of-value');
  const showAsOf = () => {
    output.textContent = any.checked ? 'any date' : sliderDate(slider.value);
    slider.setAttribute('aria-valuetext', output.textContent);
    slider.classList.toggle('inactive', any.checked);
  };
  slider.addEventListener('input', () => {
    any.checked = false;
    showAsOf();
    redraw();
  });
  any.addEventListener('change', () => {
    showAsOf();
    redraw();
  });
  showAsOf();
  for (const id of ['source', 'min-sources', 'depth']) $(id).addEventListener('change', () => redraw());
  $('min-sources').addEventListener('input', () => redraw());
  $('layout').addEventListener('change', () => runLayout(entente.cy, $('layout').value, state.focus));
}

/** The filters as API parameters. */
function filters() {
  const checked = [...$('type-filters').querySelectorAll('input:checked')].map((i) => i.value);
  const min = Math.max(1, Number($('min-sources').value) || 1);
  return {
    types: checked.length === TYPES.length ? undefined : checked,
    none: checked.length === 0,
    source: $('source').value === 'all' ? undefined : $('source').value,
    minSources: min > 1 ? min : undefined,
    asOf: $('as-of-any').checked ? undefined : sliderDate($('as-of').value),
    depth: Number($('depth').value) || 1,
  };
}

const redraw = debounce(() => loadGraph(), 250);

/* ---------------------------------------------------------------- graph loading */

function setStatus(kind, message, retry) {
  const overlay = $('graph-status');
  const box = overlay.querySelector('.overlay-box');
  clear(box);
  if (!kind) {
    overlay.hidden = true;
    return;
  }
  overlay.hidden = false;
  overlay.dataset.kind = kind;
  if (kind === 'loading') box.append(h('span', { class: 'spinner', 'aria-hidden': 'true' }));
  box.append(h('span', null, message));
  if (retry) box.append(h('button', { type: 'button', class: 'button small', onclick: retry }, 'Retry'));
}

export async function focusEntity(id, name) {
  state.focus = id;
  state.focusName = name || null;
  if (state.view !== 'graph') showTab('graph');
  const hash = `#/entity/${encodeURIComponent(id)}`;
  if (window.location.hash !== hash) window.history.replaceState(null, '', hash);
  await loadGraph();
  showEntity(id, { focusEntity });
}

function showOverview() {
  state.focus = null;
  state.focusName = null;
  window.history.replaceState(null, '', window.location.pathname);
  showEmpty();
  loadGraph();
}

async function loadGraph() {
  const token = ++state.loadToken;
  if (state.controller) state.controller.abort();
  const controller = new AbortController();
  state.controller = controller;
  const f = filters();
  const cy = entente.cy;
  const title = $('graph-title');
  if (f.none) {
    cy.elements().remove();
    setStatus('empty', 'No relation type selected.');
    return;
  }
  setStatus('loading', state.focus ? 'Loading neighborhood…' : 'Loading overview…');
  try {
    let nodes;
    let edges;
    let truncated = false;
    if (state.focus) {
      const result = await api.neighborhood({
        id: state.focus, depth: f.depth, types: f.types, asOf: f.asOf, minSources: f.minSources,
        source: f.source, limit: 300,
      }, controller.signal);
      nodes = result.nodes || [];
      edges = result.edges || [];
      truncated = Boolean(result.truncated);
    } else {
      // with every type on, the overview leaves out offices and memberships: they would crowd out the states
      const types = f.types || TYPES.filter((t) => t.group !== 'structural').map((t) => t.type);
      const result = await api.relations({
        type: types, asOf: f.asOf, minSources: f.minSources, source: f.source, page: 0, size: OVERVIEW_SIZE,
      });
      ({ nodes, edges } = fromRelations(result.items || []));
      truncated = (result.total || 0) > (result.items || []).length;
    }
    if (token !== state.loadToken) return;
    draw(cy, nodes, edges, { layout: $('layout').value, focus: state.focus });
    const focusNode = state.focus ? cy.getElementById(state.focus) : null;
    const name = focusNode && focusNode.nonempty() ? focusNode.data('name') : (state.focusName || state.focus);
    clear(title).append(h('span', null,
      state.focus ? h('span', null, 'Neighborhood of ', h('strong', { dir: 'auto' }, name)) : 'Overview',
      h('span', { class: 'muted' }, ` · ${nodes.length} nodes, ${edges.length} edges`),
      truncated ? h('span', { class: 'chip warn', title: 'Narrow the filters to see everything' }, 'truncated') : null));
    entente.lastLoad = { focus: state.focus, nodes: nodes.length, edges: edges.length, at: Date.now() };
    document.dispatchEvent(new CustomEvent('entente:graph', { detail: entente.lastLoad }));
    if (nodes.length === 0) {
      setStatus('empty', state.focus ? 'No relations match these filters.' : 'The graph is empty: add articles in the Ingest tab.');
    } else {
      setStatus(null);
    }
  } catch (e) {
    if (e.name === 'AbortError' || token !== state.loadToken) return;
    setStatus('error', `Could not load the graph: ${e.message}`, () => loadGraph());
  }
}

/** Nodes and edges from a page of relations (the overview). */
function fromRelations(items) {
  const nodes = new Map();
  const degree = new Map();
  const edges = [];
  for (const r of items) {
    for (const ref of [r.subject, r.object]) {
      if (!ref) continue;
      if (!nodes.has(ref.id)) nodes.set(ref.id, { id: ref.id, kind: ref.kind, name: ref.name, region: ref.region });
      degree.set(ref.id, (degree.get(ref.id) || 0) + 1);
    }
    if (!r.subject || !r.object) continue;
    const info = typeInfo(r.type) || typeInfo(r.relationship);
    edges.push({
      id: `${r.relationship || r.type}:${r.subject.id}:${r.object.id}`,
      source: r.subject.id,
      target: r.object.id,
      type: info ? info.type : r.type,
      relationship: r.relationship,
      symmetric: r.symmetric,
      sourceCount: r.sourceCount,
      confidence: r.confidence,
      validFrom: r.validFrom,
      validTo: r.validTo,
      status: r.status,
    });
  }
  for (const node of nodes.values()) node.degree = degree.get(node.id);
  return { nodes: [...nodes.values()], edges };
}

/* ---------------------------------------------------------------- search */

function initSearch() {
  const input = $('search');
  const list = $('suggestions');
  let items = [];
  let active = -1;
  let controller = null;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = (index) => {
    active = index;
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    if (index >= 0 && list.children[index]) {
      input.setAttribute('aria-activedescendant', list.children[index].id);
      list.children[index].scrollIntoView({ block: 'nearest' });
    }
  };
  const choose = (item) => {
    close();
    input.value = item.name;
    focusEntity(item.id, item.name);
  };
  const render = (message) => {
    clear(list);
    if (message) {
      list.append(h('li', { class: 'suggestion-note', role: 'presentation' }, message));
    }
    items.forEach((item, i) => {
      const li = h('li', { id: `suggestion-${i}`, role: 'option', class: 'suggestion', 'aria-selected': 'false' },
        h('span', { class: `kind-dot kind-${(item.kind || 'State').toLowerCase()}` }),
        h('span', { class: 'suggestion-name', dir: 'auto' }, item.name),
        h('span', { class: 'suggestion-meta' }, [item.kind, item.region].filter(Boolean).join(' · ')),
        h('code', { class: 'suggestion-id' }, item.id));
      li.addEventListener('mousedown', (event) => {
        event.preventDefault();
        choose(item);
      });
      list.append(li);
    });
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    highlight(items.length ? 0 : -1);
  };
  const lookup = debounce(async () => {
    const q = input.value.trim();
    if (controller) controller.abort();
    if (!q) {
      items = [];
      close();
      return;
    }
    controller = new AbortController();
    items = [];
    render('Searching…');
    try {
      const result = await api.entities(q, { limit: 10, signal: controller.signal });
      if (q !== input.value.trim()) return;
      items = result.items || [];
      render(items.length ? null : 'No match in the graph.');
    } catch (e) {
      if (e.name === 'AbortError') return;
      items = [];
      render(`Search failed: ${e.message}`);
    }
  }, 150);

  input.addEventListener('input', lookup);
  input.addEventListener('focus', () => {
    if (items.length) render(null);
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && items.length) {
      event.preventDefault();
      if (list.hidden) render(null);
      highlight((active + 1) % items.length);
    } else if (event.key === 'ArrowUp' && items.length) {
      event.preventDefault();
      highlight((active - 1 + items.length) % items.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (active >= 0 && items[active]) choose(items[active]);
      else if (items.length) choose(items[0]);
    } else if (event.key === 'Escape') {
      close();
    }
  });
}

/* ---------------------------------------------------------------- toolbar and keys */

function initToolbar() {
  $('btn-overview').addEventListener('click', showOverview);
  $('btn-fit').addEventListener('click', () => entente.cy.fit(undefined, 30));
  $('btn-labels').addEventListener('click', () => {
    state.allLabels = !state.allLabels;
    $('btn-labels').setAttribute('aria-pressed', String(state.allLabels));
    entente.cy.style().selector('node').style('min-zoomed-font-size', state.allLabels ? 0 : 8).update();
  });
  $('btn-png').addEventListener('click', () => {
    const url = entente.cy.png({ full: true, scale: 2, bg: '#ffffff' });
    const link = h('a', { href: url, download: `entente-${state.focus || 'overview'}.png` });
    document.body.append(link);
    link.click();
    link.remove();
  });
}

function typing(target) {
  return target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT'
    || target.isContentEditable);
}

function initKeys() {
  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === '/' && !typing(event.target)) {
      event.preventDefault();
      showTab('graph');
      $('search').focus();
      $('search').select();
    } else if (event.key === 'Escape' && state.view === 'graph' && !typing(event.target)) {
      entente.cy.elements().unselect();
      showEmpty();
    } else if ((event.key === 'f' || event.key === 'F') && state.view === 'graph' && !typing(event.target)) {
      entente.cy.fit(undefined, 30);
    }
  });
}
