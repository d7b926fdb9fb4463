(function () {
  'use strict';
  var table = document.getElementById('findings');
  var form = document.getElementById('filters');
  if (!table || !form) {
    document.body.setAttribute('data-ready', 'true');
    return;
  }

  var rows = Array.prototype.slice.call(table.querySelectorAll('tr.finding'));
  var groups = Array.prototype.slice.call(table.tBodies);
  var mapEdges = Array.prototype.slice.call(document.querySelectorAll('[data-edge]'))
    .filter(function (element) { return element.closest('#map'); });
  var fields = {
    edge: document.getElementById('filter-edge'),
    severity: document.getElementById('filter-severity'),
    lens: document.getElementById('filter-lens'),
    rule: document.getElementById('filter-rule'),
    text: document.getElementById('filter-text')
  };
  var shown = document.getElementById('shown');
  var none = document.getElementById('none');
  var haystacks = rows.map(function (row) { return row.textContent.toLowerCase(); });

  function value(name) {
    return fields[name] ? fields[name].value : '';
  }

  function matches(row, index, wanted) {
    return (!wanted.edge || row.getAttribute('data-edge') === wanted.edge)
      && (!wanted.severity || row.getAttribute('data-severity') === wanted.severity)
      && (!wanted.lens || row.getAttribute('data-lens') === wanted.lens)
      && (!wanted.rule || row.getAttribute('data-rule') === wanted.rule)
      && (!wanted.text || haystacks[index].indexOf(wanted.text) !== -1);
  }

  function apply() {
    var wanted = {
      edge: value('edge'),
      severity: value('severity'),
      lens: value('lens'),
      rule: value('rule'),
      text: value('text').trim().toLowerCase()
    };
    var count = 0;
    rows.forEach(function (row, index) {
      var visible = matches(row, index, wanted);
      row.hidden = !visible;
      if (visible) {
        count++;
      }
    });
    // A disagreement's heading shows while any of its findings does.
    groups.forEach(function (group) {
      group.hidden = !group.querySelector('tr.finding:not([hidden])');
    });
    mapEdges.forEach(function (element) {
      var selected = wanted.edge !== '' && element.getAttribute('data-edge') === wanted.edge;
      element.classList.toggle('selected', selected);
      element.classList.toggle('faded', wanted.edge !== '' && !selected);
    });
    shown.textContent = count + ' of ' + rows.length + ' shown';
    none.hidden = count !== 0;
  }

  function decode(text) {
    try {
      return decodeURIComponent(text.replace(/\+/g, ' '));
    } catch (malformed) {
      return '';
    }
  }

  // A link can carry filters, e.g. report.html#severity=error&text=mlflow; the map's edges link to
  // #edge=<id>. Every field the link does not name is cleared, so a link always shows the same rows.
  function presetFromHash() {
    var preset = {};
    window.location.hash.replace(/^#/, '').split('&').forEach(function (pair) {
      var parts = pair.split('=');
      var name = decode(parts[0] || '');
      if (parts.length === 2 && Object.prototype.hasOwnProperty.call(fields, name)) {
        preset[name] = decode(parts[1]);
      }
    });
    Object.keys(fields).forEach(function (name) {
      if (fields[name]) {
        fields[name].value = preset[name] || '';
      }
    });
  }

  presetFromHash();
  window.addEventListener('hashchange', function () {
    presetFromHash();
    apply();
  });
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  form.hidden = false;
  apply();
  document.body.setAttribute('data-ready', 'true');
})();
