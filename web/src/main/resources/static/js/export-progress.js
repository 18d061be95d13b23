// The export page asks every second how far the file has come, as progressive enhancement: the progress bar and the
// status (a polite live region) follow, the download link appears when the file is ready, and the text that says the
// file is being made goes when it no longer is. Without JavaScript the page has a link that shows the same. When the
// answer is not the status (the session ran out: the login page), the page stops asking and keeps its link.
(function () {
  var main = document.getElementById('main');
  var url = main && main.getAttribute('data-status-url');
  if (!url || !window.fetch) return;
  var bar = document.getElementById('export-progress');
  var status = document.getElementById('export-status');
  var file = document.getElementById('export-file');
  var refresh = document.getElementById('export-refresh');
  var intro = document.getElementById('export-intro');
  function ask() {
    fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        var json = (response.headers.get('Content-Type') || '').indexOf('application/json') === 0;
        return response.ok && json ? response.json() : null;
      })
      .then(function (now) {
        if (!now) return;
        bar.value = now.percent;
        bar.textContent = now.percent + ' %';
        if (status.textContent !== now.text) status.textContent = now.text;
        if (now.done || now.failed) {
          if (now.done) file.hidden = false;
          if (refresh) refresh.hidden = true;
          if (intro) intro.hidden = true;
        } else {
          window.setTimeout(ask, 1000);
        }
      })
      .catch(function () { window.setTimeout(ask, 3000); });
  }
  if (refresh) window.setTimeout(ask, 500);
})();
