// Two small inline SVG charts for the dashboard, drawn without a library: horizontal bars (a rate
// per key) and paired columns (a figure per month, this period against a year earlier). Each chart
// is an image with a title and a description that reads out every value (its text alternative);
// the dashboard puts the same figures in a table beside it. Attributes only: the page's
// Content-Security-Policy allows no inline style.
const NS = 'http://www.w3.org/2000/svg';
export const COLOURS = {current: '#0b4f8a', earlier: '#767676'};   // both 4.5:1 or more against white

let serial = 0;

function svg(tag, attrs = {}, text) {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

function frame(width, height, title, description) {
  const id = `chart-${++serial}`;
  const root = svg('svg', {viewBox: `0 0 ${width} ${height}`, width: '100%', role: 'img',
    'aria-labelledby': `${id}-title ${id}-desc`, class: 'chart', preserveAspectRatio: 'xMinYMin meet'});
  root.append(svg('title', {id: `${id}-title`}, title), svg('desc', {id: `${id}-desc`}, description));
  return root;
}

const clip = (s, n) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * Horizontal bars, one per row: {label, value (0..1), text (the value as shown)}. The bar's
 * length is the value; the text is printed after the bar and read in the description.
 */
export function barChart({title, rows, empty}) {
  const labelWidth = 210;
  const barWidth = 330;
  const rowHeight = 26;
  const width = labelWidth + barWidth + 150;
  const height = Math.max(1, rows.length) * rowHeight + 10;
  const description = rows.length ? rows.map(r => `${r.label}: ${r.text}`).join('; ') : empty;
  const root = frame(width, height, title, description);
  if (!rows.length) {
    root.append(svg('text', {x: 0, y: 20, fill: '#1a1a1a', 'font-size': 14}, empty));
    return root;
  }
  root.append(svg('line', {x1: labelWidth, y1: 0, x2: labelWidth, y2: height - 5, stroke: '#4a4a4a'}));
  rows.forEach((r, i) => {
    const y = i * rowHeight + 5;
    const label = svg('text', {x: labelWidth - 8, y: y + 17, 'text-anchor': 'end', fill: '#1a1a1a', 'font-size': 14},
      clip(r.label, 28));
    const length = Math.max(0, Math.min(1, r.value)) * barWidth;
    root.append(label,
      svg('rect', {x: labelWidth, y: y + 3, width: length.toFixed(1), height: rowHeight - 8, fill: COLOURS.current}),
      svg('text', {x: labelWidth + length + 6, y: y + 17, fill: '#1a1a1a', 'font-size': 14}, r.text));
  });
  return root;
}

/** A whole step of 1, 2 or 5 times a power of ten, at least the given size: the scale's gridlines. */
function tickStep(size) {
  const power = 10 ** Math.floor(Math.log10(Math.max(1, size)));
  return [1, 2, 5, 10].map(m => m * power).find(s => s >= size);
}

/**
 * Paired columns per category: {label, current, earlier} with the legend's two names. The scale
 * runs from 0 to the largest value; the description lists both values of every category.
 */
export function pairedColumns({title, rows, legend, format}) {
  const left = 50;
  const top = 34;
  const plot = 220;
  const slot = Math.max(36, Math.min(70, Math.floor(640 / Math.max(1, rows.length))));
  const width = left + rows.length * slot + 20;
  const height = top + plot + 30;
  const description = rows.map(r => `${r.label}: ${legend.current} ${format(r.current)}, ${legend.earlier} ${format(r.earlier)}`)
    .join('; ');
  const root = frame(Math.max(width, 420), height, title, description);
  const largest = Math.max(1, ...rows.flatMap(r => [r.current, r.earlier]));
  const step = tickStep(largest / 4);
  const max = step * Math.ceil(largest / step);
  const yOf = v => top + plot - (v / max) * plot;
  for (let v = 0; v <= max; v += step) {
    const y = yOf(v).toFixed(1);
    root.append(svg('line', {x1: left, y1: y, x2: width - 10, y2: y, stroke: v ? '#c8c8c8' : '#4a4a4a'}),
      svg('text', {x: left - 6, y: Number(y) + 4, 'text-anchor': 'end', fill: '#1a1a1a', 'font-size': 12},
        format(v)));
  }
  // the legend, above the plot (the second entry after the first's text, about 7.5 units a letter)
  [['current', 0], ['earlier', 44 + Math.ceil(legend.current.length * 7.5)]].forEach(([k, dx]) => {
    root.append(svg('rect', {x: left + dx, y: 6, width: 14, height: 14, fill: COLOURS[k]}),
      svg('text', {x: left + dx + 20, y: 18, fill: '#1a1a1a', 'font-size': 13}, legend[k]));
  });
  const bar = Math.floor((slot - 10) / 2);
  rows.forEach((r, i) => {
    const x = left + i * slot + 5;
    for (const [k, dx] of [['current', 0], ['earlier', bar]]) {
      const y = yOf(r[k]);
      root.append(svg('rect', {x: x + dx, y: y.toFixed(1), width: bar - 1, height: (top + plot - y).toFixed(1), fill: COLOURS[k]}));
    }
    root.append(svg('text', {x: x + bar, y: top + plot + 18, 'text-anchor': 'middle', fill: '#1a1a1a', 'font-size': 12},
      r.label));
  });
  return root;
}
