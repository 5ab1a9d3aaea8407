// Crossing companion site: progressive enhancement only; every page works without it.
// The trailer loads its player from another site only when the visitor asks for it.
(function () {
  'use strict';
  function ready(fn) {
    if (document.readyState !== 'loading') fn();
    else document.addEventListener('DOMContentLoaded', fn);
  }
  ready(function () {
    var links = document.querySelectorAll('a.trailer-load[data-embed]');
    Array.prototype.forEach.call(links, function (link) {
      link.addEventListener('click', function (event) {
        var src = link.getAttribute('data-embed');
        if (!src || src.indexOf('https://') !== 0) return;
        event.preventDefault();
        var frame = document.createElement('iframe');
        frame.className = 'trailer-frame';
        frame.src = src + (src.indexOf('?') < 0 ? '?' : '&') + 'autoplay=1';
        frame.title = link.getAttribute('data-title') || 'Trailer';
        frame.allow = 'autoplay; fullscreen; picture-in-picture';
        // Video hosts refuse to play embeds that do not say which site they are on.
        frame.referrerPolicy = 'strict-origin-when-cross-origin';
        frame.setAttribute('allowfullscreen', '');
        link.parentNode.replaceChild(frame, link);
        frame.focus();
      });
    });
  });
})();
