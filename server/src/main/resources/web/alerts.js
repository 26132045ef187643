'use strict';
(async () => {
  const { h, api, pct } = Embargo;
  await Embargo.init('/alerts');
  const body = document.querySelector('#alerts-table tbody');
  const params = new URLSearchParams(location.search);
  if (params.has('state')) document.getElementById('state').value = params.get('state');
  if (params.has('q')) document.getElementById('q').value = params.get('q');
  const listSelect = document.getElementById('list');
  try {
    for (const l of await api('GET', '/v1/lists')) listSelect.append(h('option', { value: l.list }, l.title + ' (' + l.list + ')'));
    if (params.has('list')) listSelect.value = params.get('list');
  } catch (e) { /* the filter stays "All lists" */ }
  body.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const rows = [...body.querySelectorAll('tr.clickable')];
    const i = rows.indexOf(document.activeElement);
    const next = rows[Math.max(0, Math.min(rows.length - 1, i + (e.key === 'ArrowDown' ? 1 : -1)))];
    if (next) { e.preventDefault(); next.focus(); }
  });

  async function load() {
    const q = new URLSearchParams();
    const state = document.getElementById('state').value;
    const name = document.getElementById('q').value.trim();
    if (state) q.set('state', state);
    if (name) q.set('q', name);
    if (listSelect.value) q.set('list', listSelect.value);
    history.replaceState(null, '', '/alerts' + (q.toString() ? '?' + q : ''));
    try {
      const alerts = await api('GET', '/v1/alerts?' + q);
      if (alerts.length === 0) {
        body.replaceChildren(h('tr', {}, h('td', { colspan: '8', class: 'empty' }, 'No alerts match.')));
        return;
      }
      body.replaceChildren(...alerts.map((a) => {
        const open = () => { location.href = '/alerts/' + a.id; };
        return h('tr', { class: 'clickable', tabindex: '0', 'data-id': String(a.id), onclick: open,
          onkeydown: (e) => { if (e.key === 'Enter') open(); } },
        h('td', {}, String(a.id)),
        h('td', {}, h('strong', {}, a.name), a.party !== a.name ? h('div', { class: 'muted small' }, a.party) : null),
        h('td', {}, (a.lists || []).join(', ')),
        h('td', {}, pct(a.topScore)),
        h('td', {}, String(a.hitCount)),
        h('td', {}, h('span', { class: 'badge state ' + a.state }, a.state.replace(/_/g, ' '))),
        h('td', {}, Embargo.fmtDate(a.createdAt)), h('td', {}, a.createdBy || '—'));
      }));
    } catch (e) { body.replaceChildren(h('tr', {}, h('td', { colspan: '8' }, h('div', { class: 'error' }, e.message)))); }
  }
  document.getElementById('filter-form').addEventListener('submit', (e) => { e.preventDefault(); load(); });
  load();
})();
