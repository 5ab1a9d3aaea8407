// Crossing player: progressive enhancement only. Every page works without this script.
// Transitions between scenes, fair countdowns for timed decisions, sound (off until asked:
// chapter beds that carry on across pages, spot sounds, captions), panoramas, hotspot details,
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
  // Until then choices are not taken: a choice is on its way, or a page has just been swapped in
  // (a key or click made as a countdown ran out must not land on the next page's buttons).
  var quietUntil = 0;
  var QUIET_MS = 400;
  function quiet() { return sending || Date.now() < quietUntil; }
  var sending = false;
  // The address of the page shown, without its #fragment: popstate compares with it.
  var page = location.pathname + location.search;
  document.documentElement.classList.add('js');

  function $(sel, root) { return (root || document).querySelector(sel); }
  function $$(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }

  function stopTimer() {
    if (!timer) return;
    if (timer.id) clearInterval(timer.id);
    if (timer.watch) timer.watch.disconnect();
    timer = null;
  }

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

  // Timed decisions (WCAG 2.2.1): the clock starts only when the choices are in view, stays
  // pinned in view while it runs, and can be turned off and on again at any time; "no countdowns"
  // is remembered on this device (also set on the story's landing page).
  function countdownsOff() { return store.get('crossing:no-timers') === '1'; }

  function setupTimer() {
    stopTimer();
    var box = $('.timed');
    if (!box) return;
    var form = box.closest('form');
    var total = parseInt(box.getAttribute('data-seconds'), 10);
    var info = $('.timed-info', box);
    var clock = $('.timer', box);
    var wait = $('.wait', form);
    var stop = $('.timer-stop', box);

    function showOff(focus) {
      stopTimer();
      clock.hidden = true;
      box.classList.remove('running');
      if (wait) wait.hidden = false;
      info.textContent = (box.getAttribute('data-off') || 'A timed decision, with countdowns off: take your time.') + ' ';
      var again = document.createElement('button');
      again.type = 'button'; again.className = 'timer-start'; again.textContent = box.getAttribute('data-again') || 'Turn countdowns on';
      again.addEventListener('click', function () { store.del('crossing:no-timers'); run(true); });
      info.appendChild(again);
      info.hidden = false;
      if (focus) again.focus();
    }

    function run(focus) {
      stopTimer();
      var left = total;
      var count = $('.timer-count', clock);
      var fill = $('.timer-fill', clock);
      count.textContent = String(total);
      fill.style.transform = 'scaleX(1)';
      clock.hidden = false;
      info.hidden = true;
      box.classList.add('running');
      if (wait) wait.hidden = true;
      $('.timer-announce', clock).textContent = box.getAttribute('data-announce') || 'The clock is running: you have ' + total + ' seconds to choose.';
      timer = { id: setInterval(function () {
        left -= 1;
        count.textContent = String(Math.max(left, 0));
        fill.style.transform = 'scaleX(' + Math.max(left, 0) / total + ')';
        if (left <= 0) { stopTimer(); submit(form, 'timeout'); }
      }, 1000) };
      if (focus) stop.focus();
    }

    stop.onclick = function () { store.set('crossing:no-timers', '1'); showOff(true); };
    if (!(total > 0) || countdownsOff()) { showOff(false); return; }
    info.textContent = box.getAttribute('data-pending') || 'A timed decision: you will have ' + total + ' seconds once the choices are in view.';
    if (wait) wait.hidden = true; // with countdowns on, waiting is letting the clock run
    if (!('IntersectionObserver' in window)) { run(false); return; }
    // Any part of the countdown or of the choices on screen starts it: a reader who can see them
    // is told the clock runs, and one who cannot is told it waits (a margin here once left a
    // phone's choices in view, 3 px short of it, with the clock not started).
    var watch = new IntersectionObserver(function (entries) {
      if (!entries.some(function (e) { return e.isIntersecting; })) return;
      watch.disconnect();
      if (!countdownsOff() && document.contains(box)) run(false);
    });
    watch.observe(box);
    watch.observe($('.choice-list', form));
    timer = { id: null, watch: watch };
  }

  function setupCountdownSetting() {
    var toggle = $('.countdowns-toggle');
    if (!toggle) return;
    toggle.closest('.setting').hidden = false;
    toggle.checked = !countdownsOff();
    toggle.addEventListener('change', function () {
      if (toggle.checked) store.del('crossing:no-timers'); else store.set('crossing:no-timers', '1');
    });
  }

  // Sound: the chapter's bed (or the scene's own loop) carries on from page to page and
  // crossfades when it changes; a scene's spot sound plays once as it opens; captions show as
  // a line on screen. Nothing plays until the player turns sound on, which is remembered.
  var deck = { loop: null, spot: null, cues: {} };
  var LOOP_VOLUME = 0.7;

  function soundOn() { return store.get('crossing:sound') === '1'; }

  // The deck's players live outside <main>, so a page swap does not stop them.
  function audio(src, mp3) {
    var shelf = $('.sound-deck');
    if (!shelf) { shelf = document.createElement('div'); shelf.className = 'sound-deck'; shelf.setAttribute('aria-hidden', 'true'); document.body.appendChild(shelf); }
    var a = document.createElement('audio');
    shelf.appendChild(a);
    a.preload = 'auto';
    var s = document.createElement('source'); s.src = src; a.appendChild(s);
    if (mp3) { var m = document.createElement('source'); m.src = mp3; m.type = 'audio/mpeg'; a.appendChild(m); }
    return a;
  }

  function fade(a, to, ms, done) {
    var from = a.volume, began = null;
    function step(t) {
      if (began === null) began = t;
      var k = Math.min(1, (t - began) / ms);
      a.volume = Math.max(0, Math.min(1, from + (to - from) * k));
      if (k < 1) requestAnimationFrame(step); else if (done) done();
    }
    requestAnimationFrame(step);
  }

  function parseVtt(text) {
    var cues = [];
    text.split(/\r?\n\r?\n/).forEach(function (block) {
      var lines = block.split(/\r?\n/);
      for (var i = 0; i < lines.length; i++) {
        var m = /^((?:\d+:)?\d+:\d+\.\d+)\s+-->\s+((?:\d+:)?\d+:\d+\.\d+)/.exec(lines[i]);
        if (m) { cues.push({ start: seconds(m[1]), end: seconds(m[2]), text: lines.slice(i + 1).join(' ').replace(/<[^>]*>/g, '').trim() }); break; }
      }
    });
    return cues;
  }
  function seconds(t) { return t.split(':').reduce(function (acc, part) { return acc * 60 + parseFloat(part); }, 0); }

  // Shows the cue of whichever sound speaks now in the page's caption line.
  function caption(a, url) {
    if (!url) return;
    var load = deck.cues[url] || (deck.cues[url] = fetch(url).then(function (r) { return r.text(); }).then(parseVtt, function () { return []; }));
    a.addEventListener('timeupdate', function () {
      load.then(function (cues) {
        var line = $('.sound-caption');
        if (!line || !soundOn()) return;
        // Only a sound of the scene shown speaks here: a loop fading out under the next scene, or
        // a spot sound of the last one, once kept its caption over the new page.
        var speaking = deck.spot ? a === deck.spot : deck.loop && a === deck.loop.el;
        if (!speaking) return;
        var now = a.currentTime, text = '';
        cues.forEach(function (c) { if (now >= c.start && now < c.end) text = c.text; });
        line.textContent = text;
      });
    });
  }

  function wantedLoop(box) {
    if (!box) return null;
    if (box.getAttribute('data-loop')) return { src: box.getAttribute('data-loop'), mp3: box.getAttribute('data-loop-mp3'), captions: box.getAttribute('data-loop-captions') };
    if (box.getAttribute('data-bed')) return { src: box.getAttribute('data-bed'), mp3: box.getAttribute('data-bed-mp3'), captions: box.getAttribute('data-bed-captions') };
    return null;
  }

  function playLoop(want) {
    var current = deck.loop;
    if (current && want && current.src === want.src) { if (current.el.paused) start(current.el, LOOP_VOLUME); return; }
    if (current) { deck.loop = null; fade(current.el, 0, 1500, function () { current.el.pause(); current.el.remove(); }); }
    if (!want) return;
    var el = audio(want.src, want.mp3);
    el.loop = true;
    deck.loop = { src: want.src, el: el };
    caption(el, want.captions);
    start(el, LOOP_VOLUME);
  }

  function start(el, volume) {
    el.volume = 0;
    var p = el.play();
    if (p && p.catch) p.catch(function () { showToggle(false); });
    fade(el, volume, 1500);
  }

  function silence() {
    if (deck.loop) { var l = deck.loop.el; fade(l, 0, 300, function () { l.pause(); }); }
    stopSpot();
    var line = $('.sound-caption'); if (line) { line.textContent = ''; line.hidden = true; }
  }

  // The caption line keeps its place in the page while sound is on, empty between cues.
  function showToggle(on) {
    var line = $('.sound-caption');
    if (line) line.hidden = !on;
    var button = $('.sound-toggle');
    if (!button) return;
    button.setAttribute('aria-pressed', on ? 'true' : 'false');
    button.textContent = on ? (button.getAttribute('data-off') || 'Turn sound off') : (button.getAttribute('data-on') || 'Turn sound on');
  }

  function stopSpot() {
    if (!deck.spot) return;
    deck.spot.pause(); deck.spot.remove(); deck.spot = null;
  }

  function setupSound(opened) {
    var box = $('.sounds');
    var want = wantedLoop(box);
    // The last scene's spot sound ends with it, unless this scene opens with the same one.
    if (deck.spot && !(box && deck.spot.getAttribute('data-src') === box.getAttribute('data-spot'))) stopSpot();
    if (!box) { if (deck.loop) playLoop(null); return; }
    var button = $('.sound-toggle', box);
    button.hidden = false;
    showToggle(soundOn());
    if (soundOn()) {
      playLoop(want);
      if (opened && box.getAttribute('data-spot')) spot(box);
    } else if (deck.loop) {
      playLoop(null);
    }
    // The button says what is heard: sound remembered as on but held back by the browser until
    // a click reads "Turn sound on", and that click plays it.
    button.addEventListener('click', function () {
      if (button.getAttribute('aria-pressed') === 'true') { store.set('crossing:sound', '0'); silence(); showToggle(false); }
      else { store.set('crossing:sound', '1'); showToggle(true); playLoop(wantedLoop($('.sounds'))); }
    });
  }

  function spot(box) {
    if (deck.spot && deck.spot.getAttribute('data-src') === box.getAttribute('data-spot')) return; // still playing from the last page
    stopSpot();
    var el = audio(box.getAttribute('data-spot'), box.getAttribute('data-spot-mp3'));
    el.setAttribute('data-src', box.getAttribute('data-spot'));
    deck.spot = el;
    caption(el, box.getAttribute('data-spot-captions'));
    el.addEventListener('ended', function () {
      if (deck.spot === el) deck.spot = null;
      el.remove();
      var line = $('.sound-caption'); if (line) line.textContent = '';
    });
    var p = el.play(); if (p && p.catch) p.catch(function () { /* blocked: the loop's button says so */ });
  }

  // Panoramas: a picture at least twice as wide as tall shows a part of itself; drag, swipe or the
  // arrow keys move along it. It opens where the most markers are whole in the frame (none cut at
  // its edge), and a marker that takes focus is brought whole into view.
  var touchOnly = window.matchMedia && window.matchMedia('(hover: none) and (pointer: coarse)').matches;

  function setupPanoramas() {
    $$('.panorama .picture-frame').forEach(function (frame) {
      var track = $('.picture-track', frame);
      var hint = $('.pan-hint', frame.parentNode);
      if (hint) {
        if (touchOnly && hint.getAttribute('data-touch')) hint.textContent = hint.getAttribute('data-touch');
        hint.hidden = false;
      }
      frame.tabIndex = 0;
      frame.setAttribute('role', 'group');
      frame.setAttribute('aria-label', (hint && hint.getAttribute('data-label')) || 'Panorama: drag it, or use the left and right arrow keys, to look around');
      var markers = $$('.marker', track);
      var offset = 0;
      function limit() { return Math.max(0, (track.offsetWidth - frame.clientWidth) / 2); }
      function move(to, smooth) {
        var max = limit();
        offset = Math.max(-max, Math.min(max, to));
        frame.classList.toggle('gliding', !!smooth && !reduceMotion);
        track.style.transform = 'translateX(calc(-50% + ' + offset + 'px))';
      }
      // Where a marker (its badge and the point it names) spans, in pixels from the track's middle.
      function span(marker) {
        var spot = marker.parentElement;
        var x = spot.offsetLeft - track.offsetWidth / 2;
        var left = Math.min(x - 6, x + marker.offsetLeft), right = Math.max(x + 6, x + marker.offsetLeft + marker.offsetWidth);
        return { left: left, right: right };
      }
      var MARGIN = 8;
      // The offset that shows the span whole, moving as little as possible from {@code from}.
      function showing(s, from) {
        var half = frame.clientWidth / 2 - MARGIN;
        if (s.left + from < -half) return -half - s.left;
        if (s.right + from > half) return half - s.right;
        return from;
      }
      function whole(s, at) { var half = frame.clientWidth / 2; return s.left + at >= -half && s.right + at <= half; }
      function cut(s, at) { var half = frame.clientWidth / 2; return !whole(s, at) && s.right + at > -half && s.left + at < half; }
      // The opening view: most markers whole, then fewest cut at an edge, then nearest the middle.
      function opening() {
        if (!markers.length) return 0;
        var spans = markers.map(span), candidates = [0];
        var half = frame.clientWidth / 2;
        // each marker just whole at either edge, or just out of the frame past it
        spans.forEach(function (s) { candidates.push(showing(s, -1e9), showing(s, 1e9), -half - s.right - 1, half - s.left + 1); });
        var max = limit(), best = 0, bestScore = null;
        candidates.forEach(function (c) {
          c = Math.max(-max, Math.min(max, c));
          var score = [0, 0, -Math.abs(c)];
          spans.forEach(function (s) { if (whole(s, c)) score[0]++; else if (cut(s, c)) score[1]--; });
          if (!bestScore || score[0] > bestScore[0] || score[0] === bestScore[0] && (score[1] > bestScore[1] || score[1] === bestScore[1] && score[2] > bestScore[2])) {
            bestScore = score; best = c;
          }
        });
        return best;
      }
      var drag = null;
      // the browser's own drag of the picture would cancel the pan after a few pixels
      frame.addEventListener('dragstart', function (e) { e.preventDefault(); });
      frame.addEventListener('pointerdown', function (e) {
        if (e.target.closest('.marker') || e.button !== 0) return;
        drag = { x: e.clientX, from: offset, id: e.pointerId, moved: false };
        frame.setPointerCapture(e.pointerId);
        frame.classList.add('dragging');
      });
      frame.addEventListener('pointermove', function (e) {
        if (!drag || e.pointerId !== drag.id) return;
        move(drag.from + (e.clientX - drag.x), false);
      });
      function end() { drag = null; frame.classList.remove('dragging'); }
      frame.addEventListener('pointerup', end);
      frame.addEventListener('pointercancel', end);
      frame.addEventListener('keydown', function (e) {
        if (e.target !== frame) return;
        var step = frame.clientWidth * 0.25;
        if (e.key === 'ArrowLeft') { e.preventDefault(); move(offset + step, true); }
        else if (e.key === 'ArrowRight') { e.preventDefault(); move(offset - step, true); }
        else if (e.key === 'Home') { e.preventDefault(); move(limit(), true); }
        else if (e.key === 'End') { e.preventDefault(); move(-limit(), true); }
      });
      markers.forEach(function (marker) {
        marker.addEventListener('focus', function () {
          // a browser without overflow: clip scrolls the frame itself to the marker: undo that, the track pans
          frame.scrollLeft = 0; frame.scrollTop = 0;
          var to = showing(span(marker), offset);
          if (to !== offset) move(to, true);
        });
      });
      window.addEventListener('resize', function () { move(offset, false); });
      function open() { move(opening(), false); }
      var img = $('img', track);
      if (img && !img.complete) img.addEventListener('load', open, { once: true });
      open();
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

  // The share card is drawn on demand: while the server's drawing is busy it answers 503 with
  // Retry-After, and an <img> never asks twice. One retry: the script asks for the card itself,
  // and if it is there shows it (from the browser's cache), or else waits as long as the server
  // asks (at most a few seconds) and lets the <img> ask once more.
  var CARD_RETRY_MAX_S = 8;
  function setupShareCards() {
    $$('img.share-card').forEach(function (img) {
      var retried = false;
      function reload() {
        // setting the attributes again, even to the same addresses, makes the <img> load anew
        img.setAttribute('srcset', img.getAttribute('srcset'));
        img.setAttribute('src', img.getAttribute('src'));
      }
      function retry() {
        if (retried || !document.contains(img)) return;
        retried = true;
        fetch(img.currentSrc || img.src, { credentials: 'same-origin' }).then(function (r) {
          var after = parseInt(r.headers.get('Retry-After'), 10);
          return r.ok ? 0 : Math.min(isNaN(after) ? 2 : Math.max(after, 0), CARD_RETRY_MAX_S);
        }, function () { return 2; }).then(function (wait) { setTimeout(reload, wait * 1000); });
      }
      img.addEventListener('error', retry);
      // failed before this script was running
      if (img.complete && img.currentSrc && img.naturalWidth === 0) retry();
    });
  }

  // A marker opens its detail and leaves the page where it is: the address's #fragment is not
  // a move through the journey (see popstate below).
  function setupHotspots() {
    $$('.marker').forEach(function (marker) {
      marker.addEventListener('click', function (event) {
        // the target is the detail's body, so that without this script the browser opens the detail itself
        var target = document.getElementById(marker.getAttribute('href').slice(1));
        var d = target && target.closest('details');
        if (!d) return;
        event.preventDefault();
        d.open = true;
        d.scrollIntoView({ block: 'nearest', behavior: reduceMotion ? 'auto' : 'smooth' });
        var summary = $('summary', d);
        if (summary) summary.focus({ preventScroll: true });
      });
    });
  }

  function enhance(opened) {
    remember();
    offerResume();
    setupCountdownSetting();
    setupTimer();
    setupSound(opened);
    setupCopy();
    setupShareCards();
    setupHotspots();
    setupPanoramas();
    page = location.pathname + location.search;
  }

  // Sends a choice without leaving the page: the server answers with the next page and its
  // address, and the new <main> replaces the old one.
  function submit(form, value, submitter) {
    stopTimer();
    sending = true;
    var data = new URLSearchParams();
    $$('input[type=hidden]', form).forEach(function (i) { data.append(i.name, i.value); });
    data.append('c', value);
    $$('button', form).forEach(function (b) { b.disabled = true; });
    // Busy until the next page is in: assistive technology (and a test) can tell a page still on its way.
    var main = $('main');
    if (main) main.setAttribute('aria-busy', 'true');
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
      sending = false;
      quietUntil = Date.now() + QUIET_MS;
      main.removeAttribute('aria-busy');
      main.innerHTML = next.innerHTML;
      document.title = doc.title;
      document.documentElement.lang = doc.documentElement.lang;
      // the language switcher, outside <main>, must offer this page in the other languages, not the last one
      var languages = $('header.site nav.languages'), nextLanguages = doc.querySelector('header.site nav.languages');
      if (languages && nextLanguages) languages.innerHTML = nextLanguages.innerHTML;
      if (push) history.pushState({}, '', url);
      window.scrollTo(0, 0);
      var heading = $('h1', main);
      if (heading) { heading.setAttribute('tabindex', '-1'); heading.focus({ preventScroll: true }); }
      if (!reduceMotion) { main.classList.add('swap-out'); requestAnimationFrame(function () { requestAnimationFrame(function () { main.classList.remove('swap-out'); }); }); }
      enhance(true);
      holdChoices();
    };
    if (reduceMotion) swap();
    else { main.classList.add('swap-out'); setTimeout(swap, 200); }
  }

  // The new page's choices say they cannot be taken yet (aria-disabled, not disabled: no
  // restyling, which would flash) until the quiet time after a swap is over.
  function holdChoices() {
    var buttons = $$('form.choices button[name=c]');
    buttons.forEach(function (b) { b.setAttribute('aria-disabled', 'true'); });
    setTimeout(function () { buttons.forEach(function (b) { b.removeAttribute('aria-disabled'); }); }, Math.max(0, quietUntil - Date.now()));
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.classList.contains('choices')) return;
    var button = event.submitter;
    if (!button || button.name !== 'c') return;
    event.preventDefault();
    if (quiet() || !document.contains(form)) return;
    submit(form, button.value, button);
  });

  document.addEventListener('keydown', function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    var t = event.target;
    if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable)) return;
    if (!/^[1-9]$/.test(event.key)) return;
    if (quiet()) { event.preventDefault(); return; }
    var button = $('.choices button[data-key="' + event.key + '"]:not(:disabled)');
    if (button) { event.preventDefault(); button.click(); }
  });

  window.addEventListener('popstate', function () {
    // Only a move to another page of the journey is fetched; a #fragment of this one is not.
    if (location.pathname + location.search === page) return;
    fetch(location.href, { credentials: 'same-origin' }).then(function (r) { return r.text(); })
      .then(function (html) { show(html, location.href, false); }, function () { location.reload(); });
  });

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', function () { enhance(true); });
  else enhance(true);
})();
