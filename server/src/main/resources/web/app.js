// Embargo web application: shared helpers. No framework, no external assets; DOM is built with
// createElement/textContent only (never innerHTML with data), so list data cannot inject markup.
'use strict';
const Embargo = (() => {
  let current = null;

  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') el.className = v;
      else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
    }
    return el;
  }

  async function api(method, path, body, isForm) {
    const headers = {};
    if (current && current.csrf && method !== 'GET') headers['X-CSRF-Token'] = current.csrf;
    let payload;
    if (body !== undefined) {
      if (isForm) payload = body; else { headers['Content-Type'] = 'application/json'; payload = JSON.stringify(body); }
    }
    const res = await fetch(path, { method, headers, body: payload, credentials: 'same-origin' });
    if (res.status === 401 && !path.startsWith('/auth/')) {
      location.href = '/login?next=' + encodeURIComponent(location.pathname + location.search);
      throw new Error('not logged in');
    }
    const type = res.headers.get('Content-Type') || '';
    const data = res.status === 204 ? null : type.includes('json') ? await res.json() : await res.text();
    if (!res.ok) {
      const msg = data && data.error ? data.error.message : ('HTTP ' + res.status);
      const err = new Error(msg);
      err.code = data && data.error ? data.error.code : String(res.status);
      throw err;
    }
    return data;
  }

  function nav(active) {
    const links = [['/screen', 'Screen'], ['/alerts', 'Alerts'], ['/lists', 'Lists'], ['/batch', 'Batch']];
    const who = h('div', { class: 'who' });
    const header = h('header', { class: 'top' },
      h('a', { class: 'logo', href: '/screen' }, h('span', { class: 'mark' }), 'Embargo'),
      h('nav', { 'aria-label': 'Main' }, links.map(([href, label]) =>
        h('a', { href, class: href === active ? 'active' : null, 'aria-current': href === active ? 'page' : null }, label))),
      who);
    document.body.prepend(header);
    return who;
  }

  async function init(active) {
    const who = nav(active);
    current = await api('GET', '/v1/session');
    who.append(h('span', { id: 'user' }, current.user + ' · ' + current.roles.join(', ')),
      h('button', { id: 'logout', type: 'button', onclick: async () => {
        await api('POST', '/auth/logout'); location.href = '/login';
      } }, 'Log out'));
    return current;
  }

  function has(role) { return current && current.roles.includes(role); }

  function error(container, e) {
    container.replaceChildren(h('div', { class: 'error', role: 'alert' }, e.message || String(e)));
  }

  function pct(x) { return Math.round(x * 100) + '%'; }

  function fmtDate(s) { return s ? String(s).replace('T', ' ').replace(/\.\d+Z$/, 'Z') : '—'; }

  return { h, api, init, has, error, pct, fmtDate };
})();
