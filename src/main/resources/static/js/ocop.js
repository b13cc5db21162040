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
});
