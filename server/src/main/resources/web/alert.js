'use strict';
(async () => {
  const { h, api } = Embargo;
  await Embargo.init('/alerts');
  const root = document.getElementById('alert');
  const id = location.pathname.split('/').pop();
  const AWAITING = ['TRUE_MATCH', 'FALSE_POSITIVE', 'ESCALATED'];

  async function load() {
    try { render(await api('GET', '/v1/alerts/' + encodeURIComponent(id))); } catch (e) { Embargo.error(root, e); }
  }

  function render(view) {
    const a = view.alert;
    const q = view.query || {};
    const facts = h('dl', { class: 'facts' },
      h('dt', {}, 'State'), h('dd', {}, h('span', { id: 'alert-state', class: 'badge state ' + a.state }, a.state.replace(/_/g, ' '))),
      h('dt', {}, 'Party'), h('dd', {}, a.party + (q.country ? ' · ' + q.country : '') + (q.type && q.type !== 'UNKNOWN' ? ' · ' + String(q.type).toLowerCase() : '')),
      h('dt', {}, 'Raised'), h('dd', {}, Embargo.fmtDate(a.createdAt) + ' by ' + a.createdBy + ' (' + a.origin + ')'),
      a.verdict ? [h('dt', {}, 'Decision'), h('dd', { id: 'alert-decision' }, a.verdict.replace(/_/g, ' ') + ' by ' + a.decidedBy)] : null,
      a.reason ? [h('dt', {}, 'Reason'), h('dd', {}, '“' + a.reason + '”')] : null,
      a.reviewedBy ? [h('dt', {}, 'Reviewed by'), h('dd', { id: 'alert-review' }, a.reviewedBy)] : null,
      h('dt', {}, 'Lists'), h('dd', {}, (view.listVersions || []).map((v) => String(v.list).toLowerCase().replace('_', '-') + '@' + v.version).join(', ')),
      h('dt', {}, 'Matcher'), h('dd', {}, (view.matcherVersion || '') + ' · threshold ' + Embargo.pct(view.threshold || 0)));
    const actions = h('div', { id: 'actions' });
    const msg = h('div', { id: 'action-result', role: 'status' });
    if (a.state === 'OPEN' && Embargo.has('analyst')) {
      const choice = h('select', { id: 'verdict', 'aria-label': 'Verdict' }, [['true_match', 'True match'], ['false_positive', 'False positive'], ['escalated', 'Escalate']]
        .map(([v, l]) => h('option', { value: v }, l)));
      const reason = h('input', { id: 'reason', placeholder: 'Reason (required)', 'aria-label': 'Reason', required: true });
      actions.append(h('h2', {}, 'Decide'), h('form', { id: 'decide-form', class: 'row', onsubmit: async (e) => {
        e.preventDefault();
        try { await api('POST', '/v1/alerts/' + a.id + '/decide', { verdict: choice.value, reason: reason.value, version: a.version }); await load(); }
        catch (err) { Embargo.error(msg, err); }
      } }, choice, h('div', { class: 'spacer' }, reason), h('button', { type: 'submit', id: 'decide-submit' }, 'Record decision')));
    }
    if (AWAITING.includes(a.state) && !Embargo.has('reviewer')) {
      actions.append(h('p', { class: 'muted', id: 'awaiting' }, 'Awaiting approval by a second person with the reviewer role.'));
    }
    if (a.state === 'OPEN' && !Embargo.has('analyst')) {
      actions.append(h('p', { class: 'muted' }, 'Awaiting a decision by an analyst.'));
    }
    if (AWAITING.includes(a.state) && Embargo.has('reviewer')) {
      const note = h('input', { id: 'review-note', placeholder: 'Note (required to return)', 'aria-label': 'Review note' });
      const act = (what) => async () => {
        try { await api('POST', '/v1/alerts/' + a.id + '/' + what, { reason: note.value, version: a.version }); await load(); }
        catch (err) { Embargo.error(msg, err); }
      };
      actions.append(h('h2', {}, 'Review (four eyes)'), h('div', { class: 'row' }, h('div', { class: 'spacer' }, note),
        h('button', { type: 'button', id: 'approve', onclick: act('approve') }, 'Approve'),
        h('button', { type: 'button', id: 'return', class: 'secondary', onclick: act('return') }, 'Return to analyst')));
    }
    const history = h('div', { class: 'card' }, h('h2', {}, 'History of this party'),
      (view.history || []).length === 0 ? h('p', { class: 'muted' }, 'No other alert for ' + a.party + '.') :
        h('table', { class: 'data', id: 'history' }, h('thead', {}, h('tr', {}, ['#', 'Raised', 'State', 'Verdict', 'Decided by', 'Reviewed by'].map((x) => h('th', {}, x)))),
          h('tbody', {}, view.history.map((x) => h('tr', {}, h('td', {}, h('a', { href: '/alerts/' + x.id }, String(x.id))),
            h('td', {}, Embargo.fmtDate(x.createdAt)), h('td', {}, x.state), h('td', {}, x.verdict || '—'),
            h('td', {}, x.decidedBy || '—'), h('td', {}, x.reviewedBy || '—'))))));
    const events = (view.events || []).length ? h('div', { class: 'card' }, h('h2', {}, 'Audit trail'),
      h('ul', { class: 'small', id: 'events' }, view.events.map((ev) => h('li', {}, Embargo.fmtDate(ev.at) + ' · ' + ev.actor + ' · ' + ev.action)))) : null;
    root.replaceChildren(
      h('h1', {}, 'Alert #' + a.id + ' — ' + a.name),
      h('div', { class: 'card' }, facts, actions, msg),
      h('div', { class: 'card' }, h('h2', {}, view.hits.length + (view.hits.length === 1 ? ' hit' : ' hits')),
        view.hits.map((hit, i) => Embargo.renderHit(hit, i, null))),
      history, events);
  }
  load();
})();
