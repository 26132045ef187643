'use strict';
(async () => {
  const { h, api } = Embargo;
  await Embargo.init('/lists');
  const body = document.querySelector('#lists-table tbody');
  const detail = document.getElementById('detail');
  try {
    const lists = await api('GET', '/v1/lists');
    body.replaceChildren(...lists.map((l) => h('tr', {},
      h('td', {}, h('strong', {}, l.title), h('div', { class: 'muted small' }, l.list)),
      h('td', {}, l.current ? String(l.current.version) : '—'),
      h('td', {}, l.current && l.current.published ? l.current.published : '—'),
      h('td', {}, l.current ? Embargo.fmtDate(l.current.importedAt) : '—'),
      h('td', {}, l.current ? l.current.entries.toLocaleString() : '—'),
      h('td', {}, h('button', { class: 'secondary', type: 'button', onclick: () => show(l) }, 'Versions')))));
    if (lists.length === 0) body.replaceChildren(h('tr', {}, h('td', { colspan: '6', class: 'empty' }, 'No lists loaded.')));
  } catch (e) { Embargo.error(detail, e); }

  async function show(l) {
    try {
      const versions = await api('GET', '/v1/lists/' + l.list + '/versions');
      const opts = () => versions.map((v) => h('option', { value: String(v.version) }, v.label + ' · ' + v.entries + ' entries'));
      const from = h('select', { id: 'diff-from', 'aria-label': 'From version' }, opts());
      const to = h('select', { id: 'diff-to', 'aria-label': 'To version' }, opts());
      if (versions.length > 1) { from.value = String(versions[versions.length - 2].version); to.value = String(versions[versions.length - 1].version); }
      const result = h('div', { id: 'diff-result' });
      const form = h('form', { class: 'row', onsubmit: async (ev) => {
        ev.preventDefault();
        try {
          const d = await api('GET', '/v1/lists/' + l.list + '/diff?from=' + from.value + '&to=' + to.value);
          result.replaceChildren(renderDiff(d));
        } catch (e) { Embargo.error(result, e); }
      } }, h('label', {}, 'From'), from, h('label', {}, 'To'), to, h('button', { type: 'submit' }, 'Show changes'));
      detail.replaceChildren(h('div', { class: 'card' }, h('h2', {}, l.title + ' — versions'),
        h('table', { class: 'data' }, h('thead', {}, h('tr', {}, ['Version', 'SHA-256', 'Published', 'Imported', 'Entries'].map((x) => h('th', {}, x)))),
          h('tbody', {}, versions.map((v) => h('tr', {}, h('td', {}, v.label), h('td', { class: 'small muted' }, v.sha256.slice(0, 16) + '…'),
            h('td', {}, v.published || '—'), h('td', {}, Embargo.fmtDate(v.importedAt)), h('td', {}, String(v.entries)))))),
        h('h2', {}, 'What changed'), form, result));
    } catch (e) { Embargo.error(detail, e); }
  }

  function renderDiff(d) {
    const section = (title, cls, items, fmt) => items && items.length ? h('div', {}, h('h2', { class: cls }, title + ' (' + items.length + ')'),
      h('ul', {}, items.slice(0, 500).map((x) => h('li', {}, fmt(x))))) : null;
    const name = (x) => (x.name || (x.entry && x.entry.name) || x.key || x.id || JSON.stringify(x));
    return h('div', {},
      h('p', { class: 'muted' }, (d.added || []).length + ' added · ' + (d.removed || []).length + ' removed · ' + (d.changed || []).length + ' changed'),
      section('Added', 'added', d.added, name),
      section('Removed', 'removed', d.removed, name),
      section('Changed', 'changed', d.changed, (x) => name(x) + (x.fields ? ' — ' + x.fields.map((f) => f.field || f).join(', ') : '')));
  }
})();
