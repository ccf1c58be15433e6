// Corpus pages: sort a table by clicking a heading, filter rows or list items by typing.
(function () {
  'use strict';
  document.querySelectorAll('table.sortable').forEach(function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, column) {
      th.tabIndex = 0;
      th.title = 'sort';
      var sort = function () {
        var numeric = th.getAttribute('data-numeric') === 'true';
        var ascending = th.getAttribute('data-sorted') !== 'asc';
        Array.prototype.forEach.call(table.tHead.rows[0].cells, function (h) { h.removeAttribute('data-sorted'); });
        th.setAttribute('data-sorted', ascending ? 'asc' : 'desc');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows).map(function (row) {
          var text = row.cells[column] ? row.cells[column].textContent.trim() : '';
          return {row: row, key: numeric ? (parseFloat(text) || 0) : text.toLowerCase()};
        });
        rows.sort(function (a, b) {
          var c = numeric ? a.key - b.key : (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
          return ascending ? c : -c;
        });
        var fragment = document.createDocumentFragment();
        rows.forEach(function (r) { fragment.appendChild(r.row); });
        body.appendChild(fragment);
      };
      th.addEventListener('click', sort);
      th.addEventListener('keydown', function (event) { if (event.key === 'Enter') { sort(); } });
    });
  });
  document.querySelectorAll('input.filter').forEach(function (input) {
    var target = document.getElementById(input.getAttribute('data-filter-for'));
    var items = target.tagName === 'TABLE' ? target.tBodies[0].rows : target.children;
    var timer = null;
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var query = input.value.trim().toLowerCase();
        Array.prototype.forEach.call(items, function (item) {
          item.hidden = query !== '' && item.textContent.toLowerCase().indexOf(query) < 0;
        });
      }, 120);
    });
  });
})();
