// What the console's screens build alike: elements, the header of a table, the appeal types, and
// the keyboard's way to send a form from a text area.

/** An element with its properties set. */
export const make = (tag, props = {}) => Object.assign(document.createElement(tag), props);

/** The appeal types, in the order the forms offer them. */
export const TYPES = ['COMPLAINT', 'STATEMENT', 'INQUIRY', 'PROPOSAL', 'REPORT', 'RESPONSE'];

/** Appends to the table a header row, one column header (scope col) per text, and an empty body, which it returns. */
export function withHead(table, headers) {
  const head = make('tr');
  for (const text of headers) head.append(make('th', {scope: 'col', textContent: text}));
  table.append(make('thead'));
  table.tHead.append(head);
  return table.appendChild(make('tbody'));
}

/** Ctrl+Enter (Cmd+Enter) in the text area sends its form, as Enter does in a one-line field. */
export function submitOnCtrlEnter(textArea, form) {
  textArea.addEventListener('keydown', e => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) form.requestSubmit(); });
}
