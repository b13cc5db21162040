// OCOP Hub client helpers (no inline scripts: the Content-Security-Policy forbids them).
document.addEventListener('DOMContentLoaded', function () {
  // Print buttons (the criteria form): the print stylesheet hides navigation and opens collapsed sections.
  document.querySelectorAll('[data-ocop-print]').forEach(function (button) {
    button.addEventListener('click', function () { window.print(); });
  });
  // htmx requests carry the CSRF token, like forms do.
  document.body.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
    // A picker field that must not be sent with its own form (it has no name) sends its text as "q".
    var source = event.detail.elt;
    if (source && source.hasAttribute && source.hasAttribute('data-pick-query')) {
      event.detail.parameters.q = source.value;
    }
  });
  // Unit picker: a click on a result fills the code field it belongs to.
  document.body.addEventListener('click', function (event) {
    var pick = event.target.closest('[data-pick-code]');
    if (!pick) { return; }
    event.preventDefault();
    var target = document.getElementById(pick.getAttribute('data-pick-target'));
    var label = document.getElementById(pick.getAttribute('data-pick-target') + '-label');
    if (target) { target.value = pick.getAttribute('data-pick-code'); target.dispatchEvent(new Event('change')); }
    if (label) {
      label.textContent = pick.getAttribute('data-pick-name');
      label.classList.remove('text-muted', 'fw-normal', 'fst-italic');
    }
    var list = pick.closest('.picker-results');
    // A picker without a label beside it (list filters) shows the chosen name in its own search field.
    var fill = list && document.getElementById(list.getAttribute('data-pick-fill'));
    if (fill) { fill.value = pick.getAttribute('data-pick-name'); fill.setAttribute('data-picked', fill.value); }
    if (list) { list.innerHTML = ''; }
  });
  // Editing or emptying such a search field drops the earlier choice: the filter must match what is shown.
  document.body.addEventListener('input', function (event) {
    var field = event.target;
    if (!field.hasAttribute || !field.hasAttribute('data-pick-clears')) { return; }
    var hidden = document.getElementById(field.getAttribute('data-pick-clears'));
    var picked = field.getAttribute('data-picked');
    if (hidden && (picked === null ? field.defaultValue : picked) !== field.value) { hidden.value = ''; }
  });
  // Escape closes an open list of picker results.
  document.body.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') { return; }
    var picker = event.target.closest && event.target.closest('.picker');
    var list = picker && picker.querySelector('.picker-results');
    if (list && list.innerHTML !== '') { list.innerHTML = ''; event.preventDefault(); }
  });
  // Language links change only "lang" and keep the rest of the page's address (search, map date): without
  // this, switching language on /map/18133?date=2025-06-30 would open another unit, the current one.
  document.body.addEventListener('click', function (event) {
    var link = event.target.closest('a[hreflang][href*="lang="]');
    if (!link) { return; }
    var url = new URL(window.location.href);
    url.searchParams.set('lang', link.getAttribute('hreflang'));
    url.hash = '';
    link.href = url.toString();
  });
  // Switching between today's map and the pre-reform one reloads the whole page: the province list changes too.
  var mapDate = document.getElementById('date');
  if (mapDate && mapDate.form && mapDate.form.id === 'map-search') {
    mapDate.addEventListener('change', function () {
      var province = document.getElementById('province');
      if (province) { province.value = ''; }
      mapDate.form.submit();
    });
  }
  // Confirmation for forms, or submit buttons, that change something important.
  document.body.addEventListener('submit', function (event) {
    var message = event.target.getAttribute('data-confirm')
      || (event.submitter && event.submitter.getAttribute('data-confirm'));
    if (message && !window.confirm(message)) { event.preventDefault(); }
  });
  // A group of fields that belongs to one answer of a question (the kinds of a declared conflict of interest) is
  // disabled, and so not sent, until that answer is chosen.
  document.querySelectorAll('fieldset[data-enabled-by]').forEach(function (group) {
    var answer = document.getElementById(group.getAttribute('data-enabled-by'));
    if (!answer || !answer.form) { return; }
    var sync = function () { group.disabled = !answer.checked; };
    answer.form.addEventListener('change', sync);
    sync();
  });
  // Revoking a certificate on "another ground" needs that ground in words: the text field becomes required as soon
  // as that ground is chosen (the server checks it too).
  document.querySelectorAll('select[data-requires-text]').forEach(function (select) {
    var text = document.getElementById(select.getAttribute('data-text-field'));
    if (!text) { return; }
    var sync = function () { text.required = select.value === select.getAttribute('data-requires-text'); };
    select.addEventListener('change', sync);
    sync();
  });
  // Self-assessment, alternative heading (set 26): answering one case clears the other cases, before htmx
  // (listening further up) sends the form for the running total. Capture phase, so this runs first.
  document.addEventListener('change', function (event) {
    var radio = event.target;
    var fieldset = radio.closest && radio.closest('fieldset[data-case-of]');
    if (!fieldset || radio.type !== 'radio' || radio.value === '') { return; }
    document.querySelectorAll('fieldset[data-case-of]').forEach(function (other) {
      if (other === fieldset || other.getAttribute('data-case-of') !== fieldset.getAttribute('data-case-of')) { return; }
      var none = other.querySelector('input[type="radio"][value=""]');
      if (none) { none.checked = true; }
    });
  }, true);
  // Score sheet: total, parts and predicted stars follow every tick, added up here from the radios' points and
  // star markers (the same rule as the server's StarRule), so ticking costs no request.
  document.querySelectorAll('[data-sheet-summary]').forEach(scoreSheet);
  // A submission that lacked criteria: the first one missing gets the focus, and each listed one is a click away.
  var firstMissing = document.querySelector('[data-focus-first] [data-missing]');
  if (firstMissing) { focusCriterion(firstMissing.getAttribute('data-missing')); }
  document.body.addEventListener('click', function (event) {
    var link = event.target.closest('[data-missing]');
    if (!link) { return; }
    event.preventDefault();
    focusCriterion(link.getAttribute('data-missing'));
  });
});

function focusCriterion(id) {
  var fieldset = document.getElementById(id);
  if (!fieldset) { return; }
  var radio = fieldset.querySelector('input[type="radio"]:checked') || fieldset.querySelector('input[type="radio"]');
  fieldset.scrollIntoView({ block: 'center', behavior: 'instant' });
  if (radio) { radio.focus({ preventScroll: true }); }
}

function format(pattern, values) {
  return (pattern || '').replace(/\{(\d)\}/g, function (match, i) { return String(values[Number(i)]); });
}

/** The sheet as ticked: total, parts, band, stars (band lowered by unmet markers) and criteria left unanswered. */
function sheetResult(bands) {
  var criteria = [];
  var answeredCase = {};
  document.querySelectorAll('fieldset[data-criterion]').forEach(function (fieldset) {
    var checked = fieldset.querySelector('input[type="radio"]:checked');
    var points = checked && checked.value !== '' ? Number(checked.getAttribute('data-points')) : null;
    var caseOf = fieldset.getAttribute('data-case-of');
    if (caseOf && points !== null) { answeredCase[caseOf] = true; }
    criteria.push({ fieldset: fieldset, part: fieldset.getAttribute('data-part'), caseOf: caseOf, points: points,
      marker: fieldset.hasAttribute('data-marker') ? Number(fieldset.getAttribute('data-marker')) : null });
  });
  var result = { total: 0, parts: {}, unanswered: 0 };
  var seenCase = {};
  criteria.forEach(function (c) {
    if (c.points !== null) {
      result.total += c.points;
      result.parts[c.part] = (result.parts[c.part] || 0) + c.points;
    }
    if (!c.caseOf && c.points === null) { result.unanswered++; }
    if (c.caseOf && !answeredCase[c.caseOf] && !seenCase[c.caseOf]) { result.unanswered++; }
    if (c.caseOf) { seenCase[c.caseOf] = true; }
  });
  result.band = 1;
  bands.forEach(function (bound) { if (result.total >= bound) { result.band++; } });
  // In an alternative heading only the case answered counts; with none answered, every case's markers bind.
  function counts(c) { return !c.caseOf || c.points !== null || !answeredCase[c.caseOf]; }
  function met(level) {
    return criteria.every(function (c) {
      if (!counts(c)) { return true; }
      if (c.marker !== null && c.marker <= level && c.points === null) { return false; }
      return Array.prototype.every.call(c.fieldset.querySelectorAll('input[data-marker]'), function (option) {
        return Number(option.getAttribute('data-marker')) > level
          || (c.points !== null && c.points >= Number(option.getAttribute('data-points')));
      });
    });
  }
  result.stars = Math.min(result.band, 2);
  for (var level = result.band; level >= 3; level--) {
    if (met(level)) { result.stars = level; break; }
  }
  return result;
}

function scoreSheet(summary) {
  var bands = summary.getAttribute('data-bands').split(',').map(Number);
  var dirty = false;
  var announce = null;
  function text(id, value) {
    var element = document.getElementById(id);
    if (element) { element.textContent = value; }
    return element;
  }
  function render() {
    var r = sheetResult(bands);
    text('sheet-total', r.total);
    summary.querySelectorAll('[data-part-points]').forEach(function (points) {
      var part = points.getAttribute('data-part-points');
      var value = r.parts[part] || 0;
      var row = points.closest('[data-max]');
      var bar = row && row.querySelector('.progress-bar');
      points.textContent = value;
      if (bar) { bar.style.width = Math.round(value * 100 / Number(row.getAttribute('data-max') || 1)) + '%'; }
    });
    var stars = text('sheet-stars', '★★★★★'.slice(0, r.stars) + '☆☆☆☆☆'.slice(0, 5 - r.stars));
    stars.setAttribute('aria-label', format(summary.getAttribute('data-stars-label'), [r.stars]));
    text('sheet-stars-text', format(summary.getAttribute('data-stars-pattern'), [r.stars]));
    text('sheet-unanswered', format(summary.getAttribute('data-unanswered-pattern'), [r.unanswered])).hidden = r.unanswered === 0;
    text('sheet-capped', format(summary.getAttribute('data-capped-pattern'), [r.band, r.stars])).hidden = r.band <= r.stars;
    // Screen readers hear one short line once the ticking pauses, not every number.
    window.clearTimeout(announce);
    announce = window.setTimeout(function () {
      text('sheet-live', format(summary.getAttribute('data-live-pattern'), [r.total, summary.getAttribute('data-max-total'), r.stars]));
    }, 600);
  }
  document.addEventListener('change', function (event) {
    var radio = event.target;
    if (radio.type !== 'radio' || radio.getAttribute('form') !== summary.id) { return; }
    dirty = true;
    render();
  });
  // Leaving with ticks not saved asks first; saving or submitting (unless its confirmation was declined) does not.
  window.addEventListener('submit', function (event) {
    if (event.target === summary && !event.defaultPrevented) { dirty = false; }
  });
  window.addEventListener('beforeunload', function (event) {
    if (dirty) { event.preventDefault(); event.returnValue = summary.getAttribute('data-dirty-warning'); }
  });
  render();
}
