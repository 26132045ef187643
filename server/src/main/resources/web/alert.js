'use strict';
(async () => {
  const { h, api } = Embargo;
  await Embargo.init('/alerts');
  const root = document.getElementById('alert');
  const id = location.pathname.split('/').pop();

  async function load() {
    try { render(await api('GET', '/v1/alerts/' + encodeURIComponent(id))); } catch (e) { Embargo.error(root, e); }
  }

  function render(a) {
    const facts = h('dl', { class: 'facts' },
      h('dt', {}, 'State'), h('dd', {}, h('span', { id: 'alert-state', class: 'badge state ' + a.state }, a.state)),
      h('dt', {}, 'Raised'), h('dd', {}, Embargo.fmtDate(a.createdAt) + ' by ' + (a.createdBy || '—')),
      a.decision ? [h('dt', {}, 'Decision'), h('dd', { id: 'alert-decision' }, a.decision + ' by ' + a.decidedBy + ' — “' + (a.reason || '') + '”')] : null,
      a.reviewedBy ? [h('dt', {}, 'Review'), h('dd', { id: 'alert-review' }, a.state + ' by ' + a.reviewedBy + (a.reviewNote ? ' — “' + a.reviewNote + '”' : ''))] : null,
      h('dt', {}, 'Lists'), h('dd', {}, (a.listVersions || []).join(', ')),
      h('dt', {}, 'Matcher'), h('dd', {}, (a.matcherVersion || '') + ' · threshold ' + Embargo.pct(a.threshold || 0)));
    const actions = h('div', { id: 'actions' });
    const msg = h('div', { id: 'action-result', role: 'status' });
    if ((a.state === 'OPEN' || a.state === 'RETURNED') && Embargo.has('analyst')) {
      const choice = h('select', { id: 'decision' }, [['TRUE_MATCH', 'True match'], ['FALSE_POSITIVE', 'False positive'], ['ESCALATED', 'Escalate']]
        .map(([v, l]) => h('option', { value: v }, l)));
      const reason = h('input', { id: 'reason', placeholder: 'Why? (required)', required: true });
      actions.append(h('h2', {}, 'Decide'), h('form', { id: 'decide-form', class: 'row', onsubmit: async (e) => {
        e.preventDefault();
        try { await api('POST', '/v1/alerts/' + a.id + '/decide', { decision: choice.value, reason: reason.value }); await load(); }
        catch (err) { Embargo.error(msg, err); }
      } }, choice, h('div', { class: 'spacer' }, reason), h('button', { type: 'submit', id: 'decide-submit' }, 'Record decision')));
    }
    if (a.state === 'DECIDED' && Embargo.has('reviewer')) {
      const note = h('input', { id: 'review-note', placeholder: 'Note (required to return)' });
      const act = (what) => async () => {
        try { await api('POST', '/v1/alerts/' + a.id + '/' + what, { reason: note.value }); await load(); }
        catch (err) { Embargo.error(msg, err); }
      };
      actions.append(h('h2', {}, 'Review (four eyes)'), h('div', { class: 'row' }, h('div', { class: 'spacer' }, note),
        h('button', { type: 'button', id: 'approve', onclick: act('approve') }, 'Approve'),
        h('button', { type: 'button', id: 'return', class: 'secondary', onclick: act('return') }, 'Return to analyst')));
    }
    const history = (a.history || []).length ? h('div', { class: 'card' }, h('h2', {}, 'History of this party'),
      h('table', { class: 'data', id: 'history' }, h('thead', {}, h('tr', {}, ['#', 'Raised', 'State', 'Decision', 'By'].map((x) => h('th', {}, x)))),
        h('tbody', {}, a.history.map((x) => h('tr', {}, h('td', {}, h('a', { href: '/alerts/' + x.id }, String(x.id))),
          h('td', {}, Embargo.fmtDate(x.createdAt)), h('td', {}, x.state), h('td', {}, x.decision || '—'), h('td', {}, x.decidedBy || '—')))))) : null;
    const events = (a.events || []).length ? h('div', { class: 'card' }, h('h2', {}, 'Audit trail'),
      h('ul', { class: 'small' }, a.events.map((ev) => h('li', {}, Embargo.fmtDate(ev.at) + ' · ' + ev.actor + ' · ' + ev.action + (ev.detail ? ' — ' + ev.detail : ''))))) : null;
    root.replaceChildren(
      h('h1', {}, 'Alert #' + a.id + ' — ' + a.query.name),
      h('div', { class: 'card' }, facts, actions, msg),
      h('div', { class: 'card' }, h('h2', {}, a.hits.length + (a.hits.length === 1 ? ' hit' : ' hits')),
        a.hits.map((hit, i) => Embargo.renderHit(hit, i, a.decisionDetail || null))),
      history, events);
  }
  load();
})();
