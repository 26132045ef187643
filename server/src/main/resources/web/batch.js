'use strict';
(async () => {
  const { h, api } = Embargo;
  await Embargo.init('/batch');
  const form = document.getElementById('batch-form');
  const job = document.getElementById('job');
  const bar = document.getElementById('progress-bar');
  const progress = document.getElementById('progress');
  const status = document.getElementById('job-status');
  const links = document.getElementById('job-links');

  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const file = document.getElementById('file').files[0];
    if (!file) { Embargo.error(links, new Error('file: choose a CSV file')); job.hidden = false; return; }
    const fd = new FormData();
    fd.append('file', file);
    const columns = document.getElementById('columns').value.trim();
    if (columns) fd.append('columns', columns);
    if (document.getElementById('all').checked) fd.append('all', 'true');
    job.hidden = false;
    links.replaceChildren();
    document.getElementById('job-title').textContent = 'Screening ' + file.name + '…';
    setProgress(0);
    const btn = document.getElementById('batch-submit');
    btn.disabled = true;
    try {
      const started = await api('POST', '/v1/batch', fd, true);
      await poll(started.id);
    } catch (e) { Embargo.error(links, e); } finally { btn.disabled = false; }
  });

  function setProgress(p) {
    const v = Math.max(0, Math.min(100, Math.round(p)));
    bar.style.width = v + '%';
    progress.setAttribute('aria-valuenow', String(v));
  }

  async function poll(id) {
    for (;;) {
      const s = await api('GET', '/v1/batch/' + id);
      const pct = s.total > 0 ? 100 * s.done / s.total : (s.state === 'DONE' ? 100 : 0);
      setProgress(s.state === 'DONE' ? 100 : pct);
      status.textContent = s.done.toLocaleString() + (s.total > 0 ? ' of ' + s.total.toLocaleString() : '') + ' records · ' +
        s.hits.toLocaleString() + ' hits · ' + s.rejects.toLocaleString() + ' rejected · ' + Math.round(s.ratePerSecond).toLocaleString() + ' records/s';
      if (s.state === 'DONE') {
        document.getElementById('job-title').textContent = 'Done: ' + s.file;
        links.replaceChildren(...[h('a', { class: 'button', id: 'download', href: '/v1/batch/' + id + '/result', download: 'embargo-hits-' + id + '.csv' }, 'Download results (CSV)'),
          s.rejects > 0 ? h('a', { href: '/v1/batch/' + id + '/rejects', class: 'button secondary', id: 'rejects' }, 'Rejected rows (CSV)') : null].filter(Boolean));
        return;
      }
      if (s.state === 'FAILED') { Embargo.error(links, new Error(s.error || 'the batch failed')); return; }
      await new Promise((r) => setTimeout(r, 250));
    }
  }
})();
