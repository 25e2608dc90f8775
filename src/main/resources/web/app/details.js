// The details panel: an entity's names, offices and memberships, or the facts behind an edge.
import { api } from './api.js';
import { typeInfo, regionColor } from './constants.js';
import {
  h, clear, formatDate, formatRange, percent, evidenceSentence, langName,
} from './util.js';

const panel = () => document.getElementById('details');
let current = 0; // the latest request wins

function loading(message) {
  clear(panel()).append(h('div', { class: 'details-loading', role: 'status' },
    h('span', { class: 'spinner', 'aria-hidden': 'true' }), message));
}

function failed(message, retry) {
  clear(panel()).append(h('div', { class: 'alert error', role: 'alert' }, message,
    retry ? h('button', { type: 'button', class: 'button small', onclick: retry }, 'Retry') : null));
}

export function showEmpty() {
  current++;
  clear(panel()).append(h('div', { class: 'details-empty' },
    h('h2', null, 'Details'),
    h('p', null, 'Click a node to see its names, offices and memberships, or an edge to read the sentences '
      + 'that back it.')));
}

function entityLink(ref, focusEntity) {
  if (!ref) return '';
  return h('button', {
    type: 'button',
    class: 'entity-link',
    dir: 'auto',
    title: `Show the neighborhood of ${ref.name || ref.id}`,
    onclick: () => focusEntity(ref.id, ref.name),
  }, ref.name || ref.id);
}

function section(title, ...content) {
  return h('section', { class: 'details-section' }, h('h3', null, title), ...content);
}

function kindBadge(kind, region) {
  return h('span', { class: `badge kind-${(kind || '').toLowerCase()}` },
    region ? h('span', { class: 'dot', style: `background:${regionColor(region)}` }) : null,
    [kind, region].filter(Boolean).join(' · '));
}

/* ---------------------------------------------------------------- entities */

export async function showEntity(id, { focusEntity }) {
  const mine = ++current;
  loading('Loading entity…');
  let entity;
  try {
    entity = await api.entity(id);
  } catch (e) {
    if (mine === current) failed(`Could not load ${id}: ${e.message}`, () => showEntity(id, { focusEntity }));
    return;
  }
  if (mine !== current) return;
  const names = entity.names || {};
  const content = [
    h('header', { class: 'details-head' },
      h('h2', { dir: 'auto' }, entity.name || entity.id),
      h('div', { class: 'details-sub' }, kindBadge(entity.kind, entity.region), h('code', null, entity.id),
        entity.catalogued === false ? h('span', { class: 'chip' }, 'not in catalog') : null),
      h('div', { class: 'details-actions' },
        h('button', { type: 'button', class: 'button small', onclick: () => focusEntity(entity.id, entity.name) },
          'Show neighborhood'))),
  ];

  const nameRows = ['en', 'ar', 'fr'].filter((lang) => (names[lang] || []).length)
    .map((lang) => h('div', { class: 'name-row' },
      h('span', { class: 'lang-tag', title: langName(lang) }, lang.toUpperCase()),
      h('ul', { class: 'name-list', lang, dir: lang === 'ar' ? 'rtl' : 'ltr' },
        names[lang].map((n) => h('li', null, n)))));
  content.push(section('Names', nameRows.length ? nameRows : h('p', { class: 'muted' }, 'No names stored.')));

  if ((entity.offices || []).length) {
    content.push(section('Offices', h('ul', { class: 'rows' }, entity.offices.map((o) => h('li', null,
      entityLink(o.of, focusEntity), ' ', roles(o.roles),
      h('span', { class: 'muted' }, ` ${formatRange(o.validFrom, o.validTo)}`), sources(o.sourceCount))))));
  }
  if ((entity.holders || []).length) {
    content.push(section('Office holders', h('ul', { class: 'rows' }, entity.holders.map((o) => h('li', null,
      entityLink(o.person, focusEntity), ' ', roles(o.roles),
      h('span', { class: 'muted' }, ` ${formatRange(o.validFrom, o.validTo)}`), sources(o.sourceCount))))));
  }
  if ((entity.memberships || []).length) {
    content.push(section('Memberships', h('ul', { class: 'chips' }, entity.memberships.map((m) => h('li', null,
      entityLink(m.organization, focusEntity),
      m.validFrom || m.validTo ? h('span', { class: 'muted' }, ` ${formatRange(m.validFrom, m.validTo)}`) : null)))));
  }
  if ((entity.members || []).length) {
    content.push(section(`Members (${entity.members.length})`, h('ul', { class: 'chips' },
      entity.members.map((m) => h('li', null, entityLink(m.state, focusEntity))))));
  }
  const counts = Object.entries(entity.relationCounts || {}).sort((a, b) => b[1] - a[1]);
  content.push(section('Relations', counts.length
    ? h('ul', { class: 'counts' }, counts.map(([type, n]) => {
      const info = typeInfo(type);
      return h('li', null, h('span', { class: 'swatch', style: `background:${info ? info.color : '#94a3b8'}` }),
        h('span', null, info ? info.label : type), h('strong', null, String(n)));
    }))
    : h('p', { class: 'muted' }, 'No relations recorded.')));
  clear(panel()).append(...content);
}

function roles(list) {
  return (list || []).map((r) => h('span', { class: 'chip' }, r.replace(/_/g, ' ')));
}

function sources(n) {
  return n ? h('span', { class: 'muted' }, ` · ${n} source${n === 1 ? '' : 's'}`) : null;
}

/* ---------------------------------------------------------------- edges */

/** An edge's facts: those of its type between its two ends (in its direction unless symmetric), newest first. */
async function edgeFacts(data) {
  const info = typeInfo(data.type);
  const type = info ? info.type : data.type;
  const between = await api.pair(data.source, data.target);
  return (between.timeline || [])
    .filter((f) => f.type === type && f.subject && f.object)
    .filter((f) => (info && info.symmetric) || (f.subject.id === data.source && f.object.id === data.target))
    .reverse();
}

export async function showEdge(data, subject, object, { focusEntity }) {
  const mine = ++current;
  const info = typeInfo(data.type);
  const arrow = info && info.symmetric ? '↔' : '→';
  const head = h('header', { class: 'details-head' },
    h('div', { class: 'edge-type', style: `--type-color:${info ? info.color : '#64748b'}` },
      info ? info.label : data.type, info ? h('span', { class: `group ${info.group}` }, info.group) : null),
    h('h2', { class: 'edge-title' }, entityLink(subject, focusEntity), h('span', { class: 'arrow' }, ` ${arrow} `),
      entityLink(object, focusEntity)),
    h('dl', { class: 'facts-meta' },
      meta('Status', data.status), meta('Valid', formatRange(data.validFrom, data.validTo)),
      meta('Sources', data.sourceCount), meta('Confidence', percent(data.confidence))));
  clear(panel()).append(head, h('div', { class: 'details-loading', role: 'status' },
    h('span', { class: 'spinner', 'aria-hidden': 'true' }), 'Loading evidence…'));
  let facts;
  try {
    facts = await edgeFacts(data);
  } catch (e) {
    if (mine === current) {
      clear(panel()).append(head, h('div', { class: 'alert error', role: 'alert' },
        `Could not load the evidence: ${e.message}`));
    }
    return;
  }
  if (mine !== current) return;
  const list = facts.length
    ? h('ol', { class: 'fact-list' }, facts.map((f) => factCard(f)))
    : h('p', { class: 'muted' }, 'No facts found for this edge.');
  clear(panel()).append(head, section(`Evidence (${facts.length})`, list));
}

function meta(term, value) {
  if (value === undefined || value === null || value === '') return null;
  return [h('dt', null, term), h('dd', null, String(value))];
}

/** One fact with its sentence, trigger highlighted, and where it comes from. */
export function factCard(f) {
  const attrs = [
    f.date ? formatDate(f.date) : null,
    f.endDate ? `ended ${formatDate(f.endDate)}` : null,
    f.rate, f.goods, f.reason, f.role ? f.role.replace(/_/g, ' ') : null,
  ].filter(Boolean);
  let origin = null;
  if (f.article) {
    const a = f.article;
    const title = a.title || a.url || a.id;
    origin = h('div', { class: 'origin' },
      a.url ? h('a', { href: a.url, target: '_blank', rel: 'noopener noreferrer', dir: 'auto' }, title)
        : h('span', { dir: 'auto' }, title),
      h('span', { class: 'muted' }, [a.published ? ` · ${formatDate(a.published)}` : '',
        a.lang ? ` · ${langName(a.lang)}` : ''].join('')));
  } else if (f.dataset) {
    origin = h('div', { class: 'origin' }, h('span', { class: 'chip dataset' }, 'dataset'), ' ',
      f.dataset.name || f.dataset.id);
  }
  return h('li', { class: 'fact' },
    h('div', { class: 'fact-head' },
      f.status && f.status !== 'active' ? h('span', { class: `chip status-${f.status}` }, f.status) : null,
      attrs.length ? h('span', { class: 'fact-attrs' }, attrs.join(' · ')) : null,
      typeof f.confidence === 'number' ? h('span', { class: 'confidence', title: 'confidence' }, percent(f.confidence))
        : null),
    f.sentence ? evidenceSentence(f.sentence, f.trigger) : h('p', { class: 'muted' }, 'No sentence (curated record).'),
    origin);
}
