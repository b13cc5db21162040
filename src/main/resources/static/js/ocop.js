// OCOP Hub client helpers (no inline scripts: the Content-Security-Policy forbids them).
document.addEventListener('DOMContentLoaded', function () {
  // htmx requests carry the CSRF token, like forms do.
  document.body.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
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
    if (label) { label.textContent = pick.getAttribute('data-pick-name'); }
    var list = pick.closest('.picker-results');
    if (list) { list.innerHTML = ''; }
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
  // Confirmation for buttons that change something important.
  document.body.addEventListener('submit', function (event) {
    var message = event.target.getAttribute('data-confirm');
    if (message && !window.confirm(message)) { event.preventDefault(); }
  });
});
