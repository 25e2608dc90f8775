// Small DOM and formatting helpers. Text from the graph always goes in through textContent, never as HTML.

/** Creates an element: h('a', {href, class: 'x'}, 'text', child, ...). */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [key, value] of Object.entries(attrs)) {
      if (value === undefined || value === null || value === false) continue;
      if (key === 'class') el.className = value;
      else if (key === 'dataset') Object.assign(el.dataset, value);
      else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
      else if (value === true) el.setAttribute(key, '');
      else el.setAttribute(key, String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : String(child));
  }
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

export function debounce(fn, ms) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

/** 0.873 → "87%". */
export function percent(value) {
  return typeof value === 'number' ? `${Math.round(value * 100)}%` : '';
}

/** "2024" / "2024-06" / "2024-06-19" → a short readable date, or the text itself. */
export function formatDate(value) {
  if (!value) return '';
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!m) return value;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  if (!m[2]) return m[1];
  const month = months[Number(m[2]) - 1] || m[2];
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}

/** "from – to" for validity ranges; "since X" when open. */
export function formatRange(from, to) {
  if (!from && !to) return '';
  if (from && !to) return `since ${formatDate(from)}`;
  if (!from) return `until ${formatDate(to)}`;
  return `${formatDate(from)} – ${formatDate(to)}`;
}

/**
 * A sentence as an element with its trigger words marked. The sentence keeps its own direction (dir="auto"),
 * so Arabic reads right to left inside an English page.
 */
export function evidenceSentence(sentence, trigger, tag = 'blockquote') {
  const el = h(tag, { class: 'evidence', dir: 'auto' });
  const text = sentence || '';
  const ranges = triggerRanges(text, trigger);
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) el.append(text.slice(at, start));
    el.append(h('mark', { class: 'trigger' }, text.slice(start, end)));
    at = end;
  }
  if (at < text.length) el.append(text.slice(at));
  return el;
}

/** Where the trigger occurs in the sentence: the whole phrase if present, else its longer words. */
export function triggerRanges(text, trigger) {
  if (!text || !trigger) return [];
  const lower = text.toLocaleLowerCase();
  const phrase = trigger.trim().toLocaleLowerCase();
  const whole = lower.indexOf(phrase);
  if (phrase && whole >= 0) return [[whole, whole + phrase.length]];
  const ranges = [];
  for (const word of phrase.split(/[\s…,;]+|\.{3}/u)) {
    if (word.length < 3) continue;
    const i = lower.indexOf(word);
    if (i >= 0) ranges.push([i, i + word.length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push(r);
  }
  return merged;
}

/** Language name for a code. */
export function langName(code) {
  return { ar: 'Arabic', en: 'English', fr: 'French' }[code] || code || '';
}
