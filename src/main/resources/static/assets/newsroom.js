/*
 * Newsroom niceties that the pages do not depend on: tag suggestions under the tags field (the field
 * stays a plain comma-separated input without this file). Loaded as an external file so the
 * Content-Security-Policy can forbid inline script.
 */
(function () {
  'use strict';

  function lastTerm(value) {
    var parts = value.split(',');
    return parts[parts.length - 1].trim();
  }

  function replaceLastTerm(value, term) {
    var parts = value.split(',');
    parts[parts.length - 1] = ' ' + term;
    return parts.map(function (p, i) { return i === 0 ? p.trim() : p; }).join(',').replace(/^ /, '') + ', ';
  }

  function attach(input) {
    var url = input.getAttribute('data-tag-autocomplete');
    var list = document.createElement('ul');
    list.className = 'nr-suggestions';
    list.id = input.id + '-suggestions';
    list.setAttribute('role', 'listbox');
    list.hidden = true;
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', list.id);
    input.setAttribute('aria-expanded', 'false');
    input.parentNode.insertBefore(list, input.nextSibling);
    var timer = null;
    var active = -1;

    function close() {
      list.hidden = true;
      list.textContent = '';
      active = -1;
      input.setAttribute('aria-expanded', 'false');
    }

    function choose(term) {
      input.value = replaceLastTerm(input.value, term);
      close();
      input.focus();
    }

    function show(terms) {
      list.textContent = '';
      terms.forEach(function (term, i) {
        var item = document.createElement('li');
        item.setAttribute('role', 'option');
        item.id = list.id + '-' + i;
        item.textContent = term;
        item.addEventListener('mousedown', function (event) {
          event.preventDefault();
          choose(term);
        });
        list.appendChild(item);
      });
      list.hidden = terms.length === 0;
      input.setAttribute('aria-expanded', terms.length ? 'true' : 'false');
    }

    function highlight(index) {
      var items = list.querySelectorAll('li');
      if (!items.length) { return; }
      active = (index + items.length) % items.length;
      items.forEach(function (item, i) { item.setAttribute('aria-selected', i === active ? 'true' : 'false'); });
      input.setAttribute('aria-activedescendant', items[active].id);
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      var term = lastTerm(input.value);
      if (term.length < 2) { close(); return; }
      timer = setTimeout(function () {
        fetch(url + '?q=' + encodeURIComponent(term), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
          .then(function (response) { return response.ok ? response.json() : []; })
          .then(show)
          .catch(close);
      }, 150);
    });
    input.addEventListener('keydown', function (event) {
      if (list.hidden) { return; }
      if (event.key === 'ArrowDown') { event.preventDefault(); highlight(active + 1); }
      else if (event.key === 'ArrowUp') { event.preventDefault(); highlight(active - 1); }
      else if (event.key === 'Enter' && active >= 0) { event.preventDefault(); choose(list.querySelectorAll('li')[active].textContent); }
      else if (event.key === 'Escape') { close(); }
    });
    input.addEventListener('blur', function () { setTimeout(close, 100); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-tag-autocomplete]').forEach(attach);
  });
}());
