// Crossing player: progressive enhancement only. Every page works without this script.
// Transitions between scenes, countdowns for timed decisions, ambient sound (off until asked),
// keys 1-9 for choices, copying the share link, and resuming a journey on this device.
(function () {
  'use strict';
  var reduceMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  var store = {
    get: function (k) { try { return localStorage.getItem(k); } catch (e) { return null; } },
    set: function (k, v) { try { localStorage.setItem(k, v); } catch (e) { /* private mode: no resume */ } },
    del: function (k) { try { localStorage.removeItem(k); } catch (e) { /* ignore */ } }
  };
  var timer = null;
  var sound = null;

  function $(sel, root) { return (root || document).querySelector(sel); }
  function $$(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }

  function stopTimer() { if (timer) { clearInterval(timer.id); timer = null; } }

  // Remember where each journey stands, so the landing page can offer to continue it.
  function remember() {
    var el = $('[data-resume]');
    if (!el) return;
    var key = 'crossing:resume:' + el.getAttribute('data-story');
    if (el.getAttribute('data-resume') === 'play') store.set(key, location.pathname + location.search);
    else store.del(key);
  }

  function offerResume() {
    var landing = $('.landing');
    var resume = $('.resume');
    if (!landing || !resume) return;
    var url = store.get('crossing:resume:' + landing.getAttribute('data-story'));
    if (url && url.indexOf('/s/') === 0) { $('.resume-link').setAttribute('href', url); resume.hidden = false; }
  }

  function startTimer() {
    stopTimer();
    var box = $('.timer');
    if (!box) return;
    var form = box.closest('form');
    var total = parseInt(box.getAttribute('data-seconds'), 10);
    if (!(total > 0) || store.get('crossing:no-timers') === '1') return;
    var left = total;
    var count = $('.timer-count', box);
    var fill = $('.timer-fill', box);
    box.hidden = false;
    $('.timed-info').hidden = true;
    $('.timer-announce', box).textContent = box.getAttribute('data-announce') || 'You have ' + total + ' seconds to choose.';
    var tick = function () {
      left -= 1;
      count.textContent = String(Math.max(left, 0));
      fill.style.transform = 'scaleX(' + Math.max(left, 0) / total + ')';
      if (left <= 0) { stopTimer(); submit(form, 'timeout'); }
    };
    timer = { id: setInterval(tick, 1000) };
    $('.timer-stop', box).addEventListener('click', function () {
      stopTimer();
      store.set('crossing:no-timers', '1');
      box.hidden = true;
      var info = $('.timed-info');
      info.textContent = box.getAttribute('data-off') || 'Countdowns are off: take your time.';
      info.hidden = false;
    });
  }

  function setupSound() {
    var amb = $('.ambient');
    if (!amb) { if (sound) { sound.pause(); sound = null; } return; }
    var src = amb.getAttribute('data-src');
    var button = $('.sound-toggle', amb);
    button.hidden = false;
    var on = store.get('crossing:sound') === '1' && sound !== null;
    if (sound && sound.getAttribute('src') !== src) { sound.pause(); sound = null; on = store.get('crossing:sound') === '1'; }
    function show(playing) { button.setAttribute('aria-pressed', playing ? 'true' : 'false'); button.textContent = playing ? button.getAttribute('data-off') || 'Turn sound off' : button.getAttribute('data-on') || 'Turn sound on'; }
    function play() {
      if (!sound) { sound = new Audio(src); sound.loop = true; }
      var p = sound.play(); if (p && p.catch) p.catch(function () { show(false); });
      show(true);
    }
    if (on) play(); else show(false);
    button.addEventListener('click', function () {
      if (button.getAttribute('aria-pressed') === 'true') { store.set('crossing:sound', '0'); if (sound) sound.pause(); show(false); }
      else { store.set('crossing:sound', '1'); play(); }
    });
  }

  function setupCopy() {
    $$('.copy-link').forEach(function (button) {
      if (!navigator.clipboard) return;
      button.hidden = false;
      button.addEventListener('click', function () {
        var input = document.getElementById(button.getAttribute('data-copy'));
        navigator.clipboard.writeText(input.value).then(function () {
          $('.copy-status').textContent = button.getAttribute('data-copied') || 'Link copied.';
        }, function () { input.select(); });
      });
    });
  }

  // Hotspot markers open their detail.
  function setupHotspots() {
    $$('.marker').forEach(function (marker) {
      marker.addEventListener('click', function () {
        var d = document.getElementById(marker.getAttribute('href').slice(1));
        if (d) d.open = true;
      });
    });
  }

  function enhance() {
    remember();
    offerResume();
    startTimer();
    setupSound();
    setupCopy();
    setupHotspots();
  }

  // Sends a choice without leaving the page: the server answers with the next page and its
  // address, and the new <main> replaces the old one.
  function submit(form, value, submitter) {
    stopTimer();
    var data = new URLSearchParams();
    $$('input[type=hidden]', form).forEach(function (i) { data.append(i.name, i.value); });
    data.append('c', value);
    $$('button', form).forEach(function (b) { b.disabled = true; });
    fetch(form.getAttribute('action'), {
      method: 'POST', body: data, credentials: 'same-origin',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Crossing-Fetch': 'page' }
    }).then(function (response) {
      var url = response.headers.get('X-Crossing-Location') || response.url;
      return response.text().then(function (html) { show(html, url, true); });
    }).catch(function () {
      // Offline or blocked: fall back to an ordinary form post.
      var input = document.createElement('input');
      input.type = 'hidden'; input.name = 'c'; input.value = value;
      form.appendChild(input);
      form.submit();
    });
  }

  function show(html, url, push) {
    var doc = new DOMParser().parseFromString(html, 'text/html');
    var next = doc.querySelector('main');
    var main = $('main');
    if (!next || !main) { location.href = url; return; }
    var swap = function () {
      main.innerHTML = next.innerHTML;
      document.title = doc.title;
      document.documentElement.lang = doc.documentElement.lang;
      if (push) history.pushState({}, '', url);
      window.scrollTo(0, 0);
      var heading = $('h1', main);
      if (heading) { heading.setAttribute('tabindex', '-1'); heading.focus({ preventScroll: true }); }
      if (!reduceMotion) { main.classList.add('swap-out'); requestAnimationFrame(function () { requestAnimationFrame(function () { main.classList.remove('swap-out'); }); }); }
      enhance();
    };
    if (reduceMotion) swap();
    else { main.classList.add('swap-out'); setTimeout(swap, 200); }
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.classList.contains('choices')) return;
    var button = event.submitter;
    if (!button || button.name !== 'c') return;
    event.preventDefault();
    submit(form, button.value, button);
  });

  document.addEventListener('keydown', function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    var t = event.target;
    if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable)) return;
    if (!/^[1-9]$/.test(event.key)) return;
    var button = $('.choices button[data-key="' + event.key + '"]:not(:disabled)');
    if (button) { event.preventDefault(); button.click(); }
  });

  window.addEventListener('popstate', function () {
    fetch(location.href, { credentials: 'same-origin' }).then(function (r) { return r.text(); })
      .then(function (html) { show(html, location.href, false); }, function () { location.reload(); });
  });

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', enhance);
  else enhance();
})();
