'use strict';
document.getElementById('login-form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  const box = document.getElementById('login-error');
  box.replaceChildren();
  try {
    await Embargo.api('POST', '/auth/login', {
      username: document.getElementById('username').value,
      password: document.getElementById('password').value,
    });
    const next = new URLSearchParams(location.search).get('next');
    location.href = next && next.startsWith('/') && !next.startsWith('//') ? next : '/screen';
  } catch (e) {
    Embargo.error(box, e);
    document.getElementById('password').select();
  }
});
