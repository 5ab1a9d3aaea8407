// Crossing Studio: live updates over Server-Sent Events, and a map you can zoom, pan and search.
// Every page works without it; this makes open pages follow the story as it is saved.
(function () {
  'use strict';
  var zoom = 1;
  var base = document.body.getAttribute('data-base') || '';

  function mapFrame() { return document.querySelector('[data-map]'); }
  function mapSvg() { var f = mapFrame(); return f && f.querySelector('svg'); }

  function applyZoom() {
    var svg = mapSvg();
    if (!svg) return;
    var w = parseFloat(svg.getAttribute('data-width'));
    svg.style.width = Math.round(w * zoom) + 'px';
  }

  function setZoom(next, frame, cx, cy) {
    frame = frame || mapFrame();
    if (!frame) return;
    var old = zoom;
    zoom = Math.max(0.15, Math.min(3, next));
    var x = cx === undefined ? frame.clientWidth / 2 : cx;
    var y = cy === undefined ? frame.clientHeight / 2 : cy;
    var sx = (frame.scrollLeft + x) / old, sy = (frame.scrollTop + y) / old;
    applyZoom();
    frame.scrollLeft = sx * zoom - x;
    frame.scrollTop = sy * zoom - y;
  }

  function fit() {
    var frame = mapFrame(), svg = mapSvg();
    if (!frame || !svg) return;
    zoom = Math.min(1, frame.clientWidth / parseFloat(svg.getAttribute('data-width')));
    applyZoom();
  }

  function setUpMap() {
    var frame = mapFrame(), tools = document.querySelector('[data-map-tools]');
    if (!frame) return;
    if (tools) tools.hidden = false;
    applyZoom();
    var drag = null;
    frame.addEventListener('pointerdown', function (e) {
      if (e.target.closest('a')) return;
      drag = { x: e.clientX, y: e.clientY, left: frame.scrollLeft, top: frame.scrollTop };
      frame.classList.add('dragging');
    });
    window.addEventListener('pointermove', function (e) {
      if (!drag) return;
      frame.scrollLeft = drag.left - (e.clientX - drag.x);
      frame.scrollTop = drag.top - (e.clientY - drag.y);
    });
    window.addEventListener('pointerup', function () { drag = null; frame.classList.remove('dragging'); });
    frame.addEventListener('wheel', function (e) {
      if (!e.ctrlKey) return;
      e.preventDefault();
      var r = frame.getBoundingClientRect();
      setZoom(zoom * (e.deltaY < 0 ? 1.15 : 1 / 1.15), frame, e.clientX - r.left, e.clientY - r.top);
    }, { passive: false });
    frame.addEventListener('keydown', function (e) {
      if (e.key === '+' || e.key === '=') { setZoom(zoom * 1.25); e.preventDefault(); }
      else if (e.key === '-') { setZoom(zoom / 1.25); e.preventDefault(); }
    });
  }

  function search(query) {
    var svg = mapSvg(), out = document.getElementById('map-found');
    if (!svg) return;
    var q = query.trim().toLowerCase(), first = null, n = 0;
    svg.querySelectorAll('.node').forEach(function (node) {
      var hit = q !== '' && (node.getAttribute('data-scene').toLowerCase().indexOf(q) >= 0 ||
        (node.querySelector('title').textContent || '').toLowerCase().indexOf(q) >= 0);
      node.classList.toggle('found', hit);
      if (hit) { n++; if (!first) first = node; }
    });
    if (out) out.textContent = q === '' ? '' : n === 0 ? 'No scene matches.' : n === 1 ? '1 scene found.' : n + ' scenes found.';
    if (first) {
      var frame = mapFrame(), box = first.querySelector('rect').getBoundingClientRect(), fr = frame.getBoundingClientRect();
      frame.scrollLeft += box.left - fr.left - frame.clientWidth / 2;
      frame.scrollTop += box.top - fr.top - frame.clientHeight / 2;
    }
  }

  document.addEventListener('click', function (e) {
    var b = e.target.closest('[data-zoom]');
    if (!b) return;
    var how = b.getAttribute('data-zoom');
    if (how === 'in') setZoom(zoom * 1.25); else if (how === 'out') setZoom(zoom / 1.25); else fit();
  });
  document.addEventListener('input', function (e) { if (e.target.id === 'map-search') search(e.target.value); });

  // A preview page asks for its preview again, with the form that asked for it (kept from the
  // start: an answer without the form, such as "no such scene", must not stop it following).
  // Values set by hand follow every save; a journey follows the check that finds it anew.
  var previewForm = document.querySelector('[data-preview-again]');
  var preview = previewForm && {
    action: previewForm.action,
    body: new URLSearchParams(new FormData(previewForm)).toString(),
    follows: previewForm.getAttribute('data-preview-again')
  };

  // Live updates: a save or a finished check replaces the page's main part (keeping the map's
  // zoom and scroll); progress only refreshes the status line.
  var busy = false, again = false;
  function refresh(whole) {
    if (busy) { again = again || whole; return; }
    busy = true;
    var main = document.getElementById('main');
    if (whole && main) main.setAttribute('aria-busy', 'true');
    var url = whole ? location.href : base + '/fragment/status';
    var asked = whole && preview
      ? fetch(preview.action, { method: 'POST', body: preview.body, cache: 'no-store',
          headers: { 'Accept': 'text/html', 'Content-Type': 'application/x-www-form-urlencoded' } })
      : fetch(url, { headers: { 'Accept': 'text/html' }, cache: 'no-store' });
    asked.then(function (r) { return r.text(); }).then(function (html) {
      if (!whole) {
        document.getElementById('status').innerHTML = html;
        return;
      }
      var doc = new DOMParser().parseFromString(html, 'text/html');
      var frame = mapFrame(), left = frame ? frame.scrollLeft : 0, top = frame ? frame.scrollTop : 0;
      var query = document.getElementById('map-search');
      var q = query ? query.value : '';
      document.getElementById('main').innerHTML = doc.getElementById('main').innerHTML;
      document.getElementById('status').innerHTML = doc.getElementById('status').innerHTML;
      setUpMap();
      frame = mapFrame();
      if (frame) { frame.scrollLeft = left; frame.scrollTop = top; }
      query = document.getElementById('map-search');
      if (query && q) { query.value = q; search(q); }
    }).catch(function () {}).then(function () {
      busy = false;
      if (again) { var w = again; again = false; refresh(w); return; }
      var main = document.getElementById('main');
      if (main) main.removeAttribute('aria-busy');
    });
  }

  function listen() {
    if (!window.EventSource) return;
    var events = new EventSource(base + '/events');
    events.addEventListener('revision', function () { refresh(!preview || preview.follows === 'revision'); });
    events.addEventListener('checked', function () { refresh(!preview || preview.follows === 'checked'); });
    events.addEventListener('progress', function () { refresh(false); });
    events.addEventListener('coverage', function (e) { coverageRun(JSON.parse(e.data)); });
    // The stream opens (or opens again) after the page was made: a save, a check or random
    // journeys that ended in between would be missed, so a page that may be behind asks again.
    events.addEventListener('hello', function (e) {
      var rev = document.querySelector('#status [data-revision]');
      var behind = rev && rev.getAttribute('data-revision') !== e.data;
      // a preview is asked for again only when the story changed: its frames start over
      if (preview) { refresh(!!behind); return; }
      if (behind || document.querySelector('#status .check.running')
          || document.querySelector('[data-coverage-run][data-state="running"]')) refresh(true);
    });
  }

  function showStopped(shown) {
    shown.setAttribute('data-state', 'stopped');
    var heading = shown.querySelector('h2');
    if (heading) heading.textContent = 'Not played: ' + heading.textContent.replace(/^Playing /, '');
    var bar = shown.querySelector('progress');
    if (bar) bar.parentNode.remove();
    var note = shown.querySelector('[data-run-note]');
    if (note) playAgain(note, 'They were stopped: the story changed, or other pages asked for other journeys (the studio plays three sets at a time). ');
  }

  // The run's note replaced by what happened, and a link to ask for the journeys again.
  function playAgain(note, what) {
    note.textContent = what;
    var again = document.createElement('a');
    again.href = location.href;
    again.textContent = 'Play them again';
    note.appendChild(again);
  }

  // Random journeys a coverage page asked for, played in the background: their progress moves
  // the page's bar; when they end the page is fetched again and shows their figures.
  function coverageRun(run) {
    var shown = document.querySelector('[data-coverage-run][data-state="running"]');
    if (!shown) return;
    // Another page's journeys, played beside these.
    if (shown.getAttribute('data-coverage-run') !== run.settings) return;
    // Stopped: by a save (whose events fetch the page again) or by other pages asking for more
    // sets of journeys than the studio keeps. Asking again here would stop one of those in turn.
    if (run.state === 'stopped') { showStopped(shown); return; }
    if (run.state !== 'running') { refresh(true); return; }
    var bar = shown.querySelector('progress'), played = shown.querySelector('[data-run-played]');
    if (bar) bar.value = run.played;
    if (played) played.textContent = run.played.toLocaleString('en') + ' of ' + run.of.toLocaleString('en');
  }

  setUpMap();
  listen();
})();
