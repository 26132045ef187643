'use strict';
// Renders one hit with its explanation (query words aligned to listed words, with the rule and similarity),
// list facts, consequence and the full entry on demand. Shared by the screening and alert pages.
(() => {
  const { h, api, pct } = Embargo;
  function consequenceFor(decision, hit) {
    if (!decision || !decision.hits) return null;
    return decision.hits.find((d) => d.entryKey === hit.key) || null;
  }

  function renderHit(hit, i, decision) {
    const cls = hit.score >= 0.9 ? 'high' : hit.score < 0.8 ? 'low' : '';
    const e = hit.explanation;
    const pairs = e.tokens.map((t) => h('div', { class: 'pair' + (t.rule === 'unmatched' ? ' unmatched' : '') },
      h('div', { class: 'q' }, t.query || '—'),
      h('div', {}, h('span', { class: 'rule ' + t.rule }, t.rule.replace(/_/g, ' '))),
      h('div', { class: 'l' }, t.listed || '—'),
      t.similarity ? h('div', { class: 'muted small' }, pct(t.similarity)) : null));
    const cons = consequenceFor(decision, hit);
    const dl = h('dl', {},
      h('dt', {}, 'List'), h('dd', {}, hit.listTitle + ' (' + hit.list + (hit.sourceProgram ? ' · ' + hit.sourceProgram : '') + ')'),
      h('dt', {}, 'Entry id'), h('dd', {}, hit.id),
      hit.programs && hit.programs.length ? [h('dt', {}, 'Programs'), h('dd', {}, hit.programs.map((p) => h('span', { class: 'chip' }, p)))] : null,
      hit.licenceRequirement ? [h('dt', {}, 'Licence requirement'), h('dd', { class: 'licence' }, hit.licenceRequirement)] : null,
      hit.licencePolicy ? [h('dt', {}, 'Review policy'), h('dd', {}, hit.licencePolicy)] : null,
      hit.federalRegisterCitation ? [h('dt', {}, 'Federal Register'), h('dd', {}, hit.federalRegisterCitation + (hit.listedOn ? ' · ' + hit.listedOn : ''))] : null,
      cons && cons.consequence ? [h('dt', {}, 'Consequence'), h('dd', { class: 'consequence' },
        h('span', { class: 'badge ' + cons.outcome }, cons.outcome), ' ', h('strong', {}, cons.consequence.title),
        cons.consequence.effects && cons.consequence.effects.length ? h('ul', {}, cons.consequence.effects.map((x) => h('li', {}, x))) : null,
        cons.consequence.citation ? h('div', { class: 'muted small' }, cons.consequence.citation) : null)] : null,
      hit.countries && hit.countries.length ? [h('dt', {}, 'Countries'), h('dd', {}, hit.countries.join(', '))] : null,
      hit.sourceUrl ? [h('dt', {}, 'Source'), h('dd', {}, h('a', { href: hit.sourceUrl, target: '_blank', rel: 'noopener noreferrer' }, hit.sourceUrl))] : null);
    const details = h('details', { class: 'entry' }, h('summary', {}, 'Full list entry'));
    details.addEventListener('toggle', async () => {
      if (!details.open || details.dataset.loaded) return;
      details.dataset.loaded = '1';
      try {
        const entry = await api('GET', '/v1/entries/' + encodeURIComponent(hit.list) + '/' + encodeURIComponent(hit.id));
        details.append(renderEntry(entry));
      } catch (err) { details.append(h('div', { class: 'error' }, err.message)); }
    });
    return h('article', { class: 'hit ' + cls, id: 'hit-' + i, tabindex: '0' },
      h('div', { class: 'head' }, h('div', { class: 'score' }, pct(hit.score)),
        h('div', {}, h('div', { class: 'name' }, hit.name),
          h('div', { class: 'muted small' }, 'matched ' + (hit.primaryName ? 'primary name' : 'alias') + ' “' + e.matchedName + '”' +
            (hit.weakAliasOnly ? ' · weak alias only' : '')))),
      h('div', { class: 'align', 'aria-label': 'How the words matched' }, pairs),
      e.evidence.length ? h('ul', { class: 'evidence small' }, e.evidence.map((ev) => h('li', {},
        ev.field + ': ' + (ev.note || '') + (ev.effect ? ' (' + (ev.effect > 0 ? '+' : '') + ev.effect.toFixed(2) + ')' : '')))) : null,
      e.notes.length ? h('div', { class: 'muted small' }, e.notes.join(' · ')) : null,
      dl, details);
  }

  function renderEntry(en) {
    const rows = [];
    const add = (k, v) => { if (v && (!Array.isArray(v) || v.length)) rows.push(h('dt', {}, k), h('dd', {}, v)); };
    add('Type', en.type);
    add('Listed on', en.listedOn);
    add('Aliases', (en.aliases || []).map((a) => a.name + (a.quality === 'WEAK' ? ' (weak)' : '')).join('; '));
    add('Addresses', (en.addresses || []).map((a) => [a.street, a.city, a.region, a.postalCode, a.country].filter(Boolean).join(', ')).join(' | '));
    add('Identifiers', (en.identifiers || []).map((x) => (x.type ? x.type + ' ' : '') + x.number).join('; '));
    add('Dates of birth', (en.datesOfBirth || []).join('; '));
    add('Nationalities', (en.nationalities || []).join(', '));
    add('Remarks', en.remarks);
    return h('dl', {}, rows);
  }

  Embargo.renderHit = renderHit;
})();
