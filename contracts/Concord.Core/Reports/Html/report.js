(function () {
  'use strict';
  var table = document.getElementById('findings');
  var form = document.getElementById('filters');
  if (!table || !form) {
    document.body.setAttribute('data-ready', 'true');
    return;
  }

  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var severity = document.getElementById('filter-severity');
  var lens = document.getElementById('filter-lens');
  var rule = document.getElementById('filter-rule');
  var text = document.getElementById('filter-text');
  var shown = document.getElementById('shown');
  var none = document.getElementById('none');
  var haystacks = rows.map(function (row) { return row.textContent.toLowerCase(); });

  function matches(row, index, wanted) {
    return (!wanted.severity || row.getAttribute('data-severity') === wanted.severity)
      && (!wanted.lens || row.getAttribute('data-lens') === wanted.lens)
      && (!wanted.rule || row.getAttribute('data-rule') === wanted.rule)
      && (!wanted.text || haystacks[index].indexOf(wanted.text) !== -1);
  }

  function apply() {
    var wanted = {
      severity: severity.value,
      lens: lens.value,
      rule: rule.value,
      text: text.value.trim().toLowerCase()
    };
    var count = 0;
    rows.forEach(function (row, index) {
      var visible = matches(row, index, wanted);
      row.hidden = !visible;
      if (visible) {
        count++;
      }
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

  // A link can carry filters, e.g. report.html#severity=error&text=mlflow
  function presetFromHash() {
    var fields = { severity: severity, lens: lens, rule: rule, text: text };
    window.location.hash.replace(/^#/, '').split('&').forEach(function (pair) {
      var parts = pair.split('=');
      var name = decode(parts[0] || '');
      if (parts.length === 2 && Object.prototype.hasOwnProperty.call(fields, name)) {
        fields[name].value = decode(parts[1]);
      }
    });
  }

  presetFromHash();
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  form.hidden = false;
  apply();
  document.body.setAttribute('data-ready', 'true');
})();
