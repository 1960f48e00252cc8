/*
 * Gazette's search suggestions: as a reader types in a search box marked data-suggest, names and
 * headlines from /api/v1/search/suggest appear in a list below it (a combobox in ARIA terms: arrow keys
 * move, Enter opens, Escape closes). Without this script the box is an ordinary search form.
 */
(function () {
  'use strict';
  var MIN_LENGTH = 2;
  var DELAY_MS = 150;
  var counter = 0;

  function attach(input) {
    var lang = document.documentElement.lang || 'en';
    var list = document.createElement('ul');
    var listId = 'search-suggestions-' + (++counter);
    var timer = null;
    var active = -1;
    var latest = 0;
    list.id = listId;
    list.className = 'search-suggestions';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', input.getAttribute('data-suggest') || 'Suggestions');
    list.hidden = true;
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', listId);
    input.setAttribute('aria-expanded', 'false');
    input.parentNode.appendChild(list);
    input.parentNode.classList.add('search-form--suggesting');

    function options() {
      return list.querySelectorAll('[role=option]');
    }

    function close() {
      list.hidden = true;
      list.textContent = '';
      active = -1;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
    }

    function highlight(index) {
      var all = options();
      if (!all.length) {
        return;
      }
      active = (index + all.length) % all.length;
      for (var i = 0; i < all.length; i++) {
        all[i].setAttribute('aria-selected', i === active ? 'true' : 'false');
      }
      input.setAttribute('aria-activedescendant', all[active].id);
    }

    function show(suggestions) {
      list.textContent = '';
      active = -1;
      if (!suggestions.length) {
        close();
        return;
      }
      suggestions.forEach(function (suggestion, i) {
        // an option is not a link (interactive controls must not nest); choosing it opens its address
        var item = document.createElement('li');
        item.id = listId + '-' + i;
        item.setAttribute('role', 'option');
        item.setAttribute('aria-selected', 'false');
        item.className = 'search-suggestions__' + suggestion.kind;
        item.setAttribute('data-url', suggestion.url);
        item.textContent = suggestion.label; // text, never HTML
        item.addEventListener('mousedown', function (event) {
          event.preventDefault(); // keep the focus in the box until the page changes
          window.location.href = suggestion.url;
        });
        list.appendChild(item);
      });
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }

    function fetchSuggestions() {
      var typed = input.value.trim();
      if (typed.length < MIN_LENGTH) {
        close();
        return;
      }
      var ticket = ++latest;
      var url = '/api/v1/search/suggest?lang=' + encodeURIComponent(lang) + '&q=' + encodeURIComponent(typed);
      fetch(url, { headers: { Accept: 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
        .then(function (body) {
          if (ticket === latest) { // an older, slower answer must not replace a newer one
            show(body.suggestions || []);
          }
        })
        .catch(function () { close(); });
    }

    input.addEventListener('input', function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(fetchSuggestions, DELAY_MS);
    });
    input.addEventListener('keydown', function (event) {
      if (list.hidden) {
        return;
      }
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        highlight(active + (event.key === 'ArrowDown' ? 1 : -1));
      } else if (event.key === 'Escape') {
        event.preventDefault(); // the first Escape closes the list; only a second one clears the box
        close();
      } else if (event.key === 'Enter' && active >= 0) {
        event.preventDefault();
        window.location.href = options()[active].getAttribute('data-url');
      }
    });
    input.addEventListener('blur', function () {
      // late enough for a click on a suggestion to land first
      window.setTimeout(close, 200);
    });
  }

  function start() {
    var inputs = document.querySelectorAll('input[data-suggest]');
    for (var i = 0; i < inputs.length; i++) {
      attach(inputs[i]);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
