'use strict';
(async () => {
  const { h, api, pct } = Embargo;
  await Embargo.init('/screen');
  const out = document.getElementById('results');
  const form = document.getElementById('screen-form');
  const val = (id) => document.getElementById(id).value.trim();

  document.addEventListener('keydown', (e) => {
    if (e.key === '/' && !['INPUT', 'SELECT', 'TEXTAREA'].includes(document.activeElement.tagName)) {
      e.preventDefault(); document.getElementById('name').focus();
    }
  });

  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const body = { name: val('name') };
    if (val('type')) body.type = val('type');
    if (val('country')) body.country = val('country').toUpperCase();
    if (val('address')) body.address = val('address');
    if (val('dob')) body.dob = val('dob');
    if (val('identifier')) body.identifiers = [val('identifier')];
    const q = new URLSearchParams();
    if (document.getElementById('record').checked) q.set('record', 'true');
    if (val('as-of')) q.set('as_of', val('as-of'));
    const btn = document.getElementById('screen-submit');
    btn.disabled = true;
    out.replaceChildren(h('p', { class: 'muted' }, 'Screening…'));
    try {
      const r = await api('POST', '/v1/screen' + (q.toString() ? '?' + q : ''), body);
      render(r);
    } catch (e) {
      Embargo.error(out, e);
    } finally {
      btn.disabled = false;
    }
  });

  function render(r) {
    const versions = r.listVersions.map((v) => v.label).join(', ');
    const head = h('div', { class: 'summary' },
      r.decision ? h('span', { class: 'badge ' + r.decision.outcome, id: 'decision' }, r.decision.outcome) : null,
      h('strong', { id: 'hit-count' }, r.hits.length === 0 ? 'No hits' : r.hits.length + (r.hits.length === 1 ? ' hit' : ' hits')),
      h('span', { class: 'muted small' }, 'for “' + r.query.name + '” · threshold ' + pct(r.threshold) +
        ' · matcher ' + r.matcherVersion),
      r.alertId ? h('a', { id: 'alert-link', href: '/alerts/' + r.alertId }, 'Alert #' + r.alertId + ' recorded →') : null);
    const reasons = r.decision && r.decision.reasons ? h('ul', { class: 'small' }, r.decision.reasons.map((x) => h('li', {}, x))) : null;
    const foot = h('p', { class: 'muted small' }, 'Lists used: ' + (versions || 'none'));
    const hits = r.hits.map((hit, i) => Embargo.renderHit(hit, i, r.decision));
    out.replaceChildren(h('div', { class: 'card' }, head, reasons, ...hits,
      r.hits.length === 0 ? h('div', { class: 'empty' }, 'No listed party scored at or above the threshold.') : null, foot));
  }

})();
