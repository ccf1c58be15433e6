// Document page: a small map of the document's places, linked both ways with the highlights in the text.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var width = 480, height = 250;
  var svg = d3.select('#docmap').append('svg').attr('viewBox', [0, 0, width, height]).attr('class', 'world');
  var projection = d3.geoNaturalEarth1().fitSize([width, height], {type: 'Sphere'});
  var path = d3.geoPath(projection);
  var g = svg.append('g');
  g.append('path').datum({type: 'Sphere'}).attr('class', 'sphere').attr('d', path);
  var world = window.ANNALIST_WORLD;
  g.append('g').selectAll('path').data(topojson.feature(world, world.objects.countries).features)
    .join('path').attr('class', 'country').attr('d', path);
  var markers = g.append('g').selectAll('circle').data(data.markers).join('circle')
    .attr('class', 'marker')
    .attr('id', function (m) { return 'marker-' + m.i; })
    .attr('data-marker', function (m) { return m.i; })
    .attr('cx', function (m) { return projection([m.lon, m.lat])[0]; })
    .attr('cy', function (m) { return projection([m.lon, m.lat])[1]; })
    .attr('r', 4)
    .on('click', function (event, m) { select(m.i, true); });
  markers.append('title').text(function (m) { return m.name; });

  var zoom = d3.zoom().scaleExtent([1, 60]).on('zoom', function (event) {
    g.attr('transform', event.transform);
    markers.attr('r', 4 / Math.sqrt(event.transform.k)).attr('stroke-width', 0.8 / event.transform.k);
  });
  svg.call(zoom);
  if (data.markers.length > 0) {
    var points = data.markers.map(function (m) { return projection([m.lon, m.lat]); });
    var x0 = d3.min(points, function (p) { return p[0]; }), x1 = d3.max(points, function (p) { return p[0]; });
    var y0 = d3.min(points, function (p) { return p[1]; }), y1 = d3.max(points, function (p) { return p[1]; });
    var k = Math.min(12, 0.8 / Math.max((x1 - x0 + 20) / width, (y1 - y0 + 20) / height));
    k = Math.max(1, k);
    svg.call(zoom.transform, d3.zoomIdentity.translate(width / 2, height / 2).scale(k)
      .translate(-(x0 + x1) / 2, -(y0 + y1) / 2));
  } else {
    d3.select('#docmap').append('p').attr('class', 'muted').text('No place with coordinates.');
  }

  function select(index, fromMap) {
    document.querySelectorAll('.marker.active, .hl.active, #places li.active').forEach(function (e) {
      e.classList.remove('active');
    });
    var marker = document.getElementById('marker-' + index);
    if (marker) {
      marker.classList.add('active');
      marker.parentNode.appendChild(marker);
    }
    document.querySelectorAll('[data-marker="' + index + '"]').forEach(function (e) {
      if (e.classList.contains('hl') || e.tagName === 'LI') {
        e.classList.add('active');
      }
    });
    if (fromMap) {
      var first = document.querySelector('.hl[data-marker="' + index + '"]');
      if (first) {
        first.scrollIntoView({block: 'center'});
      }
    }
  }

  document.querySelectorAll('.hl[data-marker], .place-link').forEach(function (element) {
    element.addEventListener('click', function (event) {
      event.preventDefault();
      event.stopPropagation();
      select(element.getAttribute('data-marker'), false);
    });
  });
})();
