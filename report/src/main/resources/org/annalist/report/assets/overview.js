// Overview page: the world map of places and the timelines (D3 + TopoJSON, bundled; no network).
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var docs = data.docs;

  function showDocuments(title, refs, total, page) {
    document.getElementById('selection-title').textContent = title;
    document.getElementById('selection-hint').textContent = total + (total === 1 ? ' document' : ' documents');
    var list = document.getElementById('selection');
    list.replaceChildren();
    refs.forEach(function (r) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = docs[r][0];
      a.textContent = docs[r][1];
      li.appendChild(a);
      list.appendChild(li);
    });
    var more = document.getElementById('selection-more');
    more.replaceChildren();
    if (total > refs.length) {
      more.append('… and ' + (total - refs.length) + ' more');
      if (page) {
        var all = document.createElement('a');
        all.href = page;
        all.textContent = ' (all of them)';
        more.append(all);
      }
    }
    document.getElementById('selection-panel').classList.add('active');
  }

  function drawMap() {
    var width = 960, height = 500;
    var svg = d3.select('#map').append('svg').attr('viewBox', [0, 0, width, height]).attr('class', 'world');
    var projection = d3.geoNaturalEarth1().fitSize([width, height], {type: 'Sphere'});
    var path = d3.geoPath(projection);
    var g = svg.append('g');
    g.append('path').datum({type: 'Sphere'}).attr('class', 'sphere').attr('d', path);
    var world = window.ANNALIST_WORLD;
    g.append('g').selectAll('path')
      .data(topojson.feature(world, world.objects.countries).features)
      .join('path').attr('class', 'country').attr('d', path);
    var max = d3.max(data.markers, function (m) { return m.documents; }) || 1;
    var radius = d3.scaleSqrt().domain([0, max]).range([0, 16]);
    function r(m) { return Math.max(2.5, radius(m.documents)); }
    var markers = g.append('g').selectAll('circle')
      .data(data.markers.slice().sort(function (a, b) { return b.documents - a.documents; }))
      .join('circle')
      .attr('class', 'marker')
      .attr('data-annalist-type', 'place')
      .attr('data-value', function (m) { return m.geonamesId ? 'geonames:' + m.geonamesId : m.name; })
      .attr('data-name', function (m) { return m.name; })
      .attr('data-documents', function (m) { return m.documents; })
      .attr('cx', function (m) { return projection([m.lon, m.lat])[0]; })
      .attr('cy', function (m) { return projection([m.lon, m.lat])[1]; })
      .attr('r', r)
      .on('click', function (event, m) {
        showDocuments(m.name + (m.country ? ' (' + m.country + ')' : ''), m.docs, m.documents, m.page);
      });
    markers.append('title').text(function (m) {
      return m.name + ': ' + m.documents + (m.documents === 1 ? ' document, ' : ' documents, ') + m.mentions + ' mentions';
    });
    svg.call(d3.zoom().scaleExtent([1, 60]).translateExtent([[0, 0], [width, height]]).on('zoom', function (event) {
      g.attr('transform', event.transform);
      markers.attr('r', function (m) { return r(m) / Math.sqrt(event.transform.k); })
        .attr('stroke-width', 0.8 / event.transform.k);
    }));
    var note = document.getElementById('map-note');
    if (data.markers.length === 0) {
      note.textContent = 'No place with coordinates was found.';
    } else if (data.placesOnMap > data.markers.length) {
      note.textContent = 'The ' + data.markers.length + ' places mentioned in most documents are drawn, of '
        + data.placesOnMap + '; all are listed on the places page.';
    }
  }

  function drawSeries(container, series) {
    var box = container.append('div').attr('class', 'series').attr('data-series', series.name);
    box.append('h3').text(series.label + ' (by ' + series.unit + ')');
    if (series.bars.length === 0) {
      box.append('p').attr('class', 'muted').text('None.');
      return;
    }
    var width = 960, height = 150, left = 44, bottom = 30;
    var svg = box.append('svg').attr('viewBox', [0, 0, width, height]).attr('class', 'timeline');
    var x = d3.scaleBand().domain(series.bars.map(function (b) { return b.key; }))
      .range([left, width - 8]).paddingInner(0.15);
    var y = d3.scaleLinear().domain([0, d3.max(series.bars, function (b) { return b.documents; })]).nice()
      .range([height - bottom, 8]);
    svg.append('g').selectAll('rect').data(series.bars).join('rect')
      .attr('class', 'bar bar-' + series.name)
      .attr('data-series', series.name)
      .attr('data-bucket', function (b) { return b.key; })
      .attr('data-documents', function (b) { return b.documents; })
      .attr('x', function (b) { return x(b.key); })
      .attr('width', Math.max(1, x.bandwidth()))
      .attr('y', function (b) { return y(b.documents); })
      .attr('height', function (b) { return y(0) - y(b.documents); })
      .classed('empty', function (b) { return b.documents === 0; })
      .on('click', function (event, b) { showDocuments(series.label + ': ' + b.key, b.docs, b.documents); })
      .append('title').text(function (b) { return b.key + ': ' + b.documents + (b.documents === 1 ? ' document' : ' documents'); });
    var every = Math.ceil(series.bars.length / 12);
    svg.append('g').attr('transform', 'translate(0,' + (height - bottom) + ')')
      .call(d3.axisBottom(x).tickValues(x.domain().filter(function (k, i) { return i % every === 0; })));
    var top = d3.max(series.bars, function (b) { return b.documents; });
    svg.append('g').attr('transform', 'translate(' + left + ',0)').call(d3.axisLeft(y).ticks(Math.min(4, top), 'd'));
    if (series.coarserValues > 0) {
      box.append('p').attr('class', 'muted').text(series.coarserValues
        + ' values less exact than a ' + series.unit + ' (e.g. a bare year) are not drawn; see the dates page.');
    }
  }

  drawMap();
  var timeline = d3.select('#timeline');
  data.timeline.forEach(function (series) { drawSeries(timeline, series); });
})();
