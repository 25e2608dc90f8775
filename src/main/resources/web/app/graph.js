// Cytoscape: the shared style and the conversion of API payloads into graph elements.
import cytoscape from 'cytoscape';
import {
  TYPES, typeInfo, regionColor, PERSON_COLOR, ORGANIZATION_COLOR,
} from './constants.js';

const FONT = 'Inter, "Segoe UI", "Noto Sans", "Noto Sans Arabic", Roboto, "Helvetica Neue", Arial, sans-serif';

function style() {
  const rules = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-family': FONT,
        'font-size': 11,
        color: '#1f2937',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 3,
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'text-outline-opacity': 0.9,
        'min-zoomed-font-size': 8,
        'background-color': 'data(color)',
        'border-width': 1,
        'border-color': '#ffffff',
        width: 'mapData(degree, 1, 30, 20, 64)',
        height: 'mapData(degree, 1, 30, 20, 64)',
        'overlay-padding': 4,
        'transition-property': 'opacity',
        'transition-duration': '150ms',
      },
    },
    {
      selector: 'node[kind = "Person"]',
      style: {
        shape: 'round-rectangle',
        width: 16,
        height: 16,
        'background-color': PERSON_COLOR,
        'border-width': 2,
        'border-color': '#475569',
        'font-size': 10,
        'font-style': 'italic',
      },
    },
    {
      selector: 'node[kind = "Organization"]',
      style: {
        shape: 'round-hexagon',
        width: 'mapData(degree, 1, 30, 22, 46)',
        height: 'mapData(degree, 1, 30, 22, 46)',
        'background-color': ORGANIZATION_COLOR,
        'border-color': '#cbd5e1',
        'font-weight': 600,
      },
    },
    {
      selector: 'node.focus',
      style: { 'border-width': 4, 'border-color': '#0f172a', 'font-weight': 700, 'font-size': 13, 'z-index': 10 },
    },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f59e0b' } },
    {
      selector: 'edge',
      style: {
        width: 'mapData(sourceCount, 1, 8, 1.6, 6)',
        'line-color': 'data(color)',
        'target-arrow-color': 'data(color)',
        'target-arrow-shape': 'none',
        'arrow-scale': 0.9,
        'curve-style': 'bezier',
        opacity: 0.85,
        'font-family': FONT,
        'font-size': 9,
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': 2,
        'min-zoomed-font-size': 7,
        'overlay-padding': 3,
        'transition-property': 'opacity',
        'transition-duration': '150ms',
      },
    },
    { selector: 'edge.directed', style: { 'target-arrow-shape': 'triangle' } },
    { selector: 'edge.hostile', style: { 'line-style': 'dashed', 'line-dash-pattern': [7, 4] } },
    { selector: 'edge.structural', style: { 'line-style': 'dotted', width: 1.4, opacity: 0.7 } },
    { selector: 'edge.ended', style: { opacity: 0.4 } },
    { selector: 'edge:selected', style: { label: 'data(label)', width: 5, opacity: 1, 'z-index': 20 } },
    { selector: '.faded', style: { opacity: 0.12 } },
    { selector: 'edge.hover', style: { label: 'data(label)', opacity: 1, 'z-index': 15 } },
  ];
  return rules;
}

/** A Cytoscape instance with Entente's style, hover highlighting, and tap handlers. */
export function createGraph(container, { onNode, onEdge, onBackground } = {}) {
  const cy = cytoscape({
    container,
    style: style(),
    minZoom: 0.08,
    maxZoom: 4,
    boxSelectionEnabled: false,
    selectionType: 'single',
  });
  cy.on('tap', 'node', (event) => onNode && onNode(event.target));
  cy.on('tap', 'edge', (event) => onEdge && onEdge(event.target));
  cy.on('tap', (event) => {
    if (event.target === cy && onBackground) onBackground();
  });
  cy.on('mouseover', 'node', (event) => {
    const hood = event.target.closedNeighborhood();
    cy.elements().not(hood).addClass('faded');
  });
  cy.on('mouseout', 'node', () => cy.elements().removeClass('faded'));
  cy.on('mouseover', 'edge', (event) => event.target.addClass('hover'));
  cy.on('mouseout', 'edge', (event) => event.target.removeClass('hover'));
  return cy;
}

function nodeColor(node) {
  if (node.kind === 'Person') return PERSON_COLOR;
  if (node.kind === 'Organization') return ORGANIZATION_COLOR;
  return regionColor(node.region);
}

/** A graph node from an API node ({id, kind, name, region, degree}). */
export function nodeElement(node) {
  return {
    group: 'nodes',
    data: {
      id: node.id,
      kind: node.kind || 'State',
      name: node.name || node.id,
      label: node.name || node.id,
      region: node.region || null,
      degree: node.degree || 1,
      color: nodeColor(node),
    },
  };
}

/** A graph edge from an API edge or relation. */
export function edgeElement(edge) {
  const info = typeInfo(edge.type) || typeInfo(edge.relationship);
  const type = info ? info.type : (edge.type || edge.relationship || 'RELATED');
  const classes = [];
  if (info) {
    classes.push(info.group);
    if (!info.symmetric) classes.push('directed');
  } else {
    classes.push('directed');
  }
  if (edge.status === 'ended') classes.push('ended');
  return {
    group: 'edges',
    classes: classes.join(' '),
    data: {
      id: edge.id || `${type}:${edge.source}:${edge.target}`,
      source: edge.source,
      target: edge.target,
      type,
      label: info ? info.label : type,
      color: info ? info.color : '#64748b',
      sourceCount: edge.sourceCount || 1,
      confidence: edge.confidence,
      validFrom: edge.validFrom,
      validTo: edge.validTo,
      status: edge.status,
    },
  };
}

/** Replaces the elements of a graph and lays it out. */
export function draw(cy, nodes, edges, { layout = 'cose', focus } = {}) {
  const ids = new Set(nodes.map((n) => n.id));
  const elements = nodes.map(nodeElement)
    .concat(edges.filter((e) => ids.has(e.source) && ids.has(e.target)).map(edgeElement));
  cy.batch(() => {
    cy.elements().remove();
    cy.add(elements);
    // the API gives a degree; when it does not, count what is drawn
    cy.nodes().forEach((n) => {
      if (!n.data('degree') || n.data('degree') <= 1) n.data('degree', Math.max(1, n.degree(false)));
    });
    if (focus) cy.getElementById(focus).addClass('focus');
  });
  runLayout(cy, layout, focus);
}

export function runLayout(cy, name, focus) {
  const count = cy.nodes().length;
  if (count === 0) return;
  let options;
  if (name === 'concentric') {
    options = {
      name: 'concentric',
      concentric: (n) => (n.id() === focus ? 1000 : n.degree(false)),
      levelWidth: () => 2,
      minNodeSpacing: 18,
    };
  } else if (name === 'circle') {
    options = { name: 'circle' };
  } else {
    options = {
      name: 'cose',
      animate: false,
      randomize: true,
      nodeDimensionsIncludeLabels: count < 150,
      idealEdgeLength: () => (count > 150 ? 60 : 95),
      nodeRepulsion: () => (count > 150 ? 9000 : 14000),
      edgeElasticity: () => 80,
      gravity: 0.4,
      numIter: count > 200 ? 700 : 1200,
      componentSpacing: 60,
    };
  }
  const layout = cy.layout({ ...options, fit: true, padding: 30 });
  // a handful of nodes would otherwise be blown up to fill the screen
  layout.one('layoutstop', () => {
    if (cy.zoom() > 1.3) {
      cy.zoom(1.3);
      cy.center();
    }
  });
  layout.run();
}

/** Relation types of the legend and filters, in order. */
export const LEGEND_TYPES = TYPES;
