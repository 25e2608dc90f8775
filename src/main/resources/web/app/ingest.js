// The ingest tab: extract facts from a pasted article, review them, save them, then look at them in the graph.
import { api } from './api.js';
import { typeInfo } from './constants.js';
import {
  h, clear, formatDate, percent, evidenceSentence, langName,
} from './util.js';

const $ = (id) => document.getElementById(id);
const TOKEN_KEY = 'entente.token';

let extracted = null; // {article, result}

export function initIngest({ focusEntity, showTab, refreshStats }) {
  $('ingest-published').value = new Date().toISOString().slice(0, 10);
  try {
    $('ingest-token').value = sessionStorage.getItem(TOKEN_KEY) || '';
  } catch (e) {
    // storage may be off; the field still works for this page
  }
  $('ingest-form').addEventListener('submit', (event) => {
    event.preventDefault();
    extract();
  });
  $('ingest-text').addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      extract();
    }
  });
  for (const id of ['ingest-text', 'ingest-published', 'ingest-lang']) {
    $(id).addEventListener('input', () => {
      // what is on screen no longer matches the form: extract again before saving
      if (extracted) $('ingest-save').disabled = true;
    });
  }
  $('ingest-save').addEventListener('click', () => save({ focusEntity, showTab, refreshStats }));
}

function article() {
  const text = $('ingest-text').value;
  const value = (id) => $(id).value.trim() || undefined;
  return {
    text,
    published: value('ingest-published'),
    lang: value('ingest-lang'),
    title: value('ingest-title'),
    url: value('ingest-url'),
  };
}

function message(id, text) {
  const el = $(id);
  el.hidden = !text;
  clear(el);
  if (text) el.append(...(Array.isArray(text) ? text : [text]));
}

async function extract() {
  message('ingest-error', null);
  message('ingest-saved', null);
  const a = article();
  if (!a.text.trim()) {
    message('ingest-error', 'Paste the text of an article first.');
    $('ingest-text').focus();
    return;
  }
  if (!a.published) {
    message('ingest-error', 'Give the date the article was published: relative dates are read against it.');
    $('ingest-published').focus();
    return;
  }
  const button = $('ingest-extract');
  button.disabled = true;
  $('ingest-save').disabled = true;
  const out = clear($('ingest-output'));
  out.append(h('div', { class: 'details-loading', role: 'status' }, h('span', { class: 'spinner' }),
    'Extracting…'));
  try {
    const result = await api.extract({ text: a.text, lang: a.lang, published: a.published });
    extracted = { article: a, result };
    renderExtraction(result);
    $('ingest-save').disabled = false;
  } catch (e) {
    extracted = null;
    clear(out);
    message('ingest-error', `Extraction failed: ${e.message}`);
  } finally {
    button.disabled = false;
  }
}

function renderExtraction(result) {
  const out = clear($('ingest-output'));
  const entities = result.entities || [];
  const facts = result.facts || [];
  out.append(h('div', { class: 'ingest-summary' },
    h('span', { class: 'chip' }, langName(result.lang) || 'unknown language'),
    h('span', null, `${entities.length} entit${entities.length === 1 ? 'y' : 'ies'}, `
      + `${facts.length} fact${facts.length === 1 ? '' : 's'}`)));
  if (entities.length) {
    out.append(h('h3', null, 'Entities'), h('ul', { class: 'chips entity-chips' }, entities.map((e) => h('li', null,
      h('span', { class: `kind-dot kind-${(e.kind || '').toLowerCase()}` }),
      h('span', { dir: 'auto' }, e.name || e.id),
      e.mentions ? h('span', { class: 'muted' }, ` ×${e.mentions}`) : null))));
  }
  out.append(h('h3', null, 'Facts'));
  if (!facts.length) {
    out.append(h('p', { class: 'muted' }, 'No facts were found in this text.'));
    return;
  }
  out.append(h('ol', { id: 'ingest-facts', class: 'fact-list extracted' }, facts.map(extractedFact)));
}

function extractedFact(f) {
  const info = typeInfo(f.type);
  const ev = f.evidence || {};
  const arrow = info && info.symmetric ? '↔' : '→';
  const attrs = [f.date ? formatDate(f.date) : null, f.rate, f.goods, f.reason,
    f.role ? f.role.replace(/_/g, ' ') : null].filter(Boolean);
  return h('li', { class: 'fact', dataset: { type: f.type } },
    h('div', { class: 'fact-head' },
      h('span', { class: 'type-badge', style: `--type-color:${info ? info.color : '#64748b'}` },
        info ? info.label : f.type),
      h('span', { class: 'fact-ends' }, h('span', { dir: 'auto' }, ref(f.subject)), ` ${arrow} `,
        h('span', { dir: 'auto' }, ref(f.object))),
      f.status && f.status !== 'active' ? h('span', { class: `chip status-${f.status}` }, f.status) : null,
      attrs.length ? h('span', { class: 'fact-attrs' }, attrs.join(' · ')) : null,
      typeof f.confidence === 'number' ? h('span', { class: 'confidence' }, percent(f.confidence)) : null),
    ev.sentence ? evidenceSentence(ev.sentence, ev.trigger) : null);
}

function ref(r) {
  return r ? (r.name || r.id) : '?';
}

async function save({ focusEntity, showTab, refreshStats }) {
  if (!extracted) return;
  message('ingest-error', null);
  const token = $('ingest-token').value.trim();
  try {
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
  } catch (e) {
    // not remembered; fine
  }
  const button = $('ingest-save');
  button.disabled = true;
  const old = button.textContent;
  button.textContent = 'Saving…';
  try {
    const response = await api.ingest(extracted.article, token || undefined);
    const r = (response.articles || [])[0] || {};
    const target = bestEntity(extracted.result);
    const parts = [h('span', null, `Saved: article ${r.outcome || 'stored'}, ${r.facts ?? 0} fact${r.facts === 1 ? '' : 's'} `
      + `written${r.id ? ` (id ${r.id})` : ''}.`)];
    if (target) {
      parts.push(h('button', {
        type: 'button',
        id: 'ingest-show',
        class: 'button small',
        onclick: () => {
          showTab('graph');
          focusEntity(target.id, target.name);
        },
      }, `Show ${target.name || target.id} in the graph`));
    }
    message('ingest-saved', parts);
    refreshStats();
  } catch (e) {
    message('ingest-error', e.status === 401 ? `${e.message} (open "API token" above)` : `Saving failed: ${e.message}`);
    button.disabled = false;
  } finally {
    button.textContent = old;
  }
}

/** The entity the saved article is most about: the one taking part in the most facts. */
function bestEntity(result) {
  const score = new Map();
  for (const f of result.facts || []) {
    for (const r of [f.subject, f.object]) {
      if (!r) continue;
      const s = score.get(r.id) || { ref: r, n: 0 };
      s.n += 1;
      score.set(r.id, s);
    }
  }
  const best = [...score.values()].sort((a, b) => b.n - a.n)[0];
  if (best) return best.ref;
  const entity = (result.entities || [])[0];
  return entity ? { id: entity.id, name: entity.name } : null;
}
