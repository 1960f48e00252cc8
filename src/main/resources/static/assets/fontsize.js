/*
 * Gazette's text-size control for article bodies: + (bigger), ↺ (reset), − (smaller) and the current
 * size in px. Bounds and step come from the toolbar's data attributes (FontSize.java). The chosen size
 * is kept in localStorage, so it follows the reader across pages and visits. This file is loaded in
 * the head, so the stored size applies before the first paint; the toolbar stays hidden without it.
 */
(function () {
  'use strict';
  var KEY = 'gazette.fontSize';
  var root = document.documentElement;

  function stored() {
    try {
      var value = parseInt(window.localStorage.getItem(KEY), 10);
      return isNaN(value) ? null : value;
    } catch (e) {
      return null; // storage disabled: the control still works for this page
    }
  }

  function remember(size, isDefault) {
    try {
      if (isDefault) {
        window.localStorage.removeItem(KEY);
      } else {
        window.localStorage.setItem(KEY, String(size));
      }
    } catch (e) {
      /* storage disabled or full: nothing to keep */
    }
  }

  var early = stored();
  if (early !== null && early >= 12 && early <= 28) {
    root.style.setProperty('--story-font-size', early + 'px');
  }

  function wire(toolbar) {
    var min = parseInt(toolbar.getAttribute('data-min'), 10);
    var max = parseInt(toolbar.getAttribute('data-max'), 10);
    var step = parseInt(toolbar.getAttribute('data-step'), 10);
    var standard = parseInt(toolbar.getAttribute('data-default'), 10);
    var announce = toolbar.getAttribute('data-announce') || '{0}';
    var readout = toolbar.querySelector('[data-fontsize-readout]');
    var status = toolbar.querySelector('[data-fontsize-status]');
    var buttons = {};
    Array.prototype.forEach.call(toolbar.querySelectorAll('[data-fontsize-action]'), function (button) {
      buttons[button.getAttribute('data-fontsize-action')] = button;
    });

    function clamp(size) {
      if (isNaN(size)) {
        return standard;
      }
      var snapped = min + Math.round((size - min) / step) * step;
      return Math.min(max, Math.max(min, snapped));
    }

    var size = clamp(stored() === null ? standard : stored());

    function show(announceChange) {
      root.style.setProperty('--story-font-size', size + 'px');
      readout.textContent = size + ' px';
      var focused = document.activeElement;
      buttons.increase.disabled = size >= max;
      buttons.decrease.disabled = size <= min;
      // a keyboard user whose button just reached its bound keeps focus on the toolbar
      if (focused === buttons.increase && buttons.increase.disabled) {
        buttons.decrease.focus();
      } else if (focused === buttons.decrease && buttons.decrease.disabled) {
        buttons.increase.focus();
      }
      if (announceChange && status) {
        status.textContent = announce.replace('{0}', String(size));
      }
    }

    function set(next) {
      size = clamp(next);
      remember(size, size === standard);
      show(true);
    }

    buttons.increase.addEventListener('click', function () { set(size + step); });
    buttons.decrease.addEventListener('click', function () { set(size - step); });
    buttons.reset.addEventListener('click', function () { set(standard); });

    // another tab changed the size: follow it
    window.addEventListener('storage', function (event) {
      if (event.key === KEY) {
        size = clamp(event.newValue === null ? standard : parseInt(event.newValue, 10));
        show(false);
      }
    });

    show(false);
    toolbar.hidden = false;
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-fontsize]'), wire);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
