// Profile page charts, drawn from the JSON data block #profile-data:
// the relation network (cytoscape), the events timeline, the leaders' periods
// and each claimed property's values over time (d3). Time runs right to left
// on Arabic pages. Every mark links to its evidence in the original report.
(function () {
  "use strict";
  var holder = document.getElementById("profile-data");
  if (!holder) { return; }
  var data = JSON.parse(holder.textContent);
  var S = data.strings;
  var rtl = document.documentElement.dir === "rtl";
  var SVG = "http://www.w3.org/2000/svg";
  var fontFamily = getComputedStyle(document.body).fontFamily;
  var numbers = new Intl.NumberFormat(data.locale);
  var LABEL = 150;  // room for lane labels on the start side

  function go(href) { if (href) { window.location.assign(href); } }
  function day(iso) {
    var p = iso.split("-").map(Number);
    return new Date(Date.UTC(p[0], (p[1] || 1) - 1, p[2] || 1));
  }
  function mid(period) { return new Date((day(period[0]).getTime() + day(period[1]).getTime()) / 2); }
  function widthOf(el) { return Math.max(el.clientWidth || 0, 320); }

  function timeAxis(domain, width, room) {
    room = room || LABEL;
    var range = rtl ? [width - room, 12] : [room, width - 12];
    var scale = d3.scaleUtc().domain(domain).range(range);
    var days = (domain[1] - domain[0]) / 864e5;
    var parts = days > 900 ? { year: "numeric" }
      : days > 120 ? { year: "numeric", month: "short" }
        : { year: "numeric", month: "short", day: "numeric" };
    parts.timeZone = "UTC";
    var format = new Intl.DateTimeFormat(data.locale, parts);
    var label = format.format(domain[1]).length * 8 + 36;  // room one tick label needs
    var ticks = Math.max(2, Math.min(8, Math.floor((width - room) / label)));
    var interval = days > 900 ? d3.utcYear : days > 120 ? d3.utcMonth : d3.utcDay;
    var values = scale.ticks(ticks).map(function (d) { return interval.floor(d); });
    values = values.filter(function (d, i) { return i === 0 || d - values[i - 1] !== 0; });
    var step = Math.ceil(values.length / ticks);  // d3 may give up to twice as many as asked
    values = values.filter(function (d, i) { return i % step === 0; });
    var axis = d3.axisBottom(scale).tickValues(values)
      .tickFormat(function (d) { return format.format(d); });
    return { scale: scale, axis: axis };
  }

  function padded(lo, hi) {
    var pad = Math.max((hi - lo) * 0.04, 20 * 864e5);
    return [new Date(lo.getTime() - pad), new Date(hi.getTime() + pad)];
  }

  function newSvg(container, width, height) {
    return d3.select(container).append("svg")
      .attr("width", width).attr("height", height)
      .attr("viewBox", "0 0 " + width + " " + height).attr("direction", "ltr");
  }

  function startX(width) { return rtl ? width - 6 : 6; }
  function startAnchor() { return rtl ? "end" : "start"; }

  function note(container, text) {
    var p = document.createElement("p");
    p.className = "muted small";
    p.textContent = text;
    container.appendChild(p);
  }

  // -- events: one lane per event type, marks stacked where they would overlap
  function drawEvents(container, events) {
    var dated = events.filter(function (e) { return e.period; });
    if (!dated.length) { if (events.length) { note(container, S["chart.no_dated"]); } return; }
    var width = widthOf(container);
    var lo = d3.min(dated, function (e) { return day(e.period[0]); });
    var hi = d3.max(dated, function (e) { return day(e.period[1]); });
    var t = timeAxis(padded(lo, hi), width);
    var lanes = [];
    dated.forEach(function (e) { if (lanes.indexOf(e.lane) < 0) { lanes.push(e.lane); } });
    var y = 8, rows = {};
    var laid = lanes.map(function (lane) {
      var ends = [];
      var items = dated.filter(function (e) { return e.lane === lane; }).map(function (e) {
        var a = t.scale(day(e.period[0])), b = t.scale(day(e.period[1]));
        var x0 = Math.min(a, b), x1 = Math.max(a, b);
        if (x1 - x0 < 8) { var c = (x0 + x1) / 2; x0 = c - 5; x1 = c + 5; }
        var row = ends.findIndex(function (end) { return end + 3 < x0; });
        if (row < 0) { row = ends.length; ends.push(x1); } else { ends[row] = x1; }
        return { e: e, x0: x0, x1: x1, row: row };
      });
      var band = { lane: lane, top: y, height: Math.max(ends.length, 1) * 15 + 10, items: items };
      y += band.height;
      return band;
    });
    var height = y + 28;
    var svg = newSvg(container, width, height);
    laid.forEach(function (band) {
      svg.append("line").attr("class", "lane-rule").attr("x1", 0).attr("x2", width)
        .attr("y1", band.top + band.height).attr("y2", band.top + band.height);
      svg.append("text").attr("class", "lane-label").attr("x", startX(width))
        .attr("y", band.top + 14).attr("text-anchor", startAnchor()).text(band.lane);
      band.items.forEach(function (item) {
        var cy = band.top + 10 + item.row * 15;
        var point = item.x1 - item.x0 <= 10;
        var mark = point
          ? svg.append("circle").attr("cx", (item.x0 + item.x1) / 2).attr("cy", cy).attr("r", 5)
          : svg.append("rect").attr("x", item.x0).attr("y", cy - 5).attr("width", item.x1 - item.x0)
            .attr("height", 10).attr("rx", 4);
        mark.attr("class", "mark mark-event" + (point ? "" : " span"))
          .on("click", function () { go(item.e.href); });
        mark.append("title").text([item.e.date, item.e.kind, item.e.where].filter(Boolean).join(" · "));
      });
    });
    svg.append("g").attr("class", "axis").attr("transform", "translate(0," + (y + 2) + ")").call(t.axis);
    var undated = events.length - dated.length;
    if (undated) { note(container, S["chart.undated"] + ": " + numbers.format(undated)); }
  }

  // -- leaders: a bar per account from start to end (open when no end is known)
  function drawLeaders(container, leaders) {
    var dated = leaders.filter(function (l) { return l.start || l.end; });
    if (!dated.length) { return; }
    var width = widthOf(container);
    var times = [];
    dated.forEach(function (l) { [l.start, l.end].forEach(function (d) { if (d) { times.push(day(d)); } }); });
    var lo = d3.min(times), hi = d3.max(times);
    var open = dated.some(function (l) { return !l.end; });
    var room = open ? Math.max((hi - lo) * 0.25, 90 * 864e5) : 0;  // where open bars run on
    var domain = padded(lo, new Date(hi.getTime() + room));
    var t = timeAxis(domain, width);
    var rowHeight = 24, height = dated.length * rowHeight + 34;
    var svg = newSvg(container, width, height);
    dated.forEach(function (l, i) {
      var top = 8 + i * rowHeight;
      var a = t.scale(l.start ? day(l.start) : day(l.end)), b = t.scale(l.end ? day(l.end) : domain[1]);
      var x0 = Math.min(a, b), x1 = Math.max(a, b);
      if (x1 - x0 < 8) { x1 = x0 + 8; }
      svg.append("text").attr("class", "leader-label").attr("x", startX(width)).attr("y", top + 13)
        .attr("text-anchor", startAnchor()).text(l.name);
      var bar = svg.append("rect").attr("x", x0).attr("y", top + 2).attr("width", x1 - x0)
        .attr("height", 14).attr("rx", 4)
        .attr("class", "mark mark-leader" + (l.end ? "" : " open"))
        .on("click", function () { go(l.href); });
      bar.append("title").text([l.name, l.role, l.when, l.end ? "" : S["chart.open"]]
        .filter(Boolean).join(" · "));
    });
    svg.append("g").attr("class", "axis").attr("transform", "translate(0," + (height - 24) + ")")
      .call(t.axis);
  }

  // -- claims: one small chart per property; values never averaged
  function claimTop(v) {
    return Math.max(v.exact || 0, (v.approx || 0) * 1.1, v.min || 0, v.max || 0);
  }

  function drawClaimChart(figure, property, claims) {
    var dated = claims.filter(function (c) { return c.period; });
    var caption = document.createElement("figcaption");
    caption.textContent = property;
    figure.appendChild(caption);
    if (!dated.length) { note(figure, S["chart.no_dated"]); return; }
    var width = widthOf(figure), height = 210, bottom = height - 24;
    var times = dated.map(function (c) { return mid(c.period); });
    var domain = padded(d3.min(times), d3.max(times));
    var t = timeAxis(domain, width, 52);
    var top = d3.max(dated, function (c) { return claimTop(c.value); }) * 1.15 || 1;
    var y = d3.scaleLinear().domain([0, top]).range([bottom, 12]).nice();
    var svg = newSvg(figure, width, height);
    var yAxis = (rtl ? d3.axisRight(y) : d3.axisLeft(y))
      .tickValues(y.ticks(5).filter(function (v) { return Number.isInteger(v); }))
      .tickFormat(function (d) { return numbers.format(d); });
    svg.append("g").attr("class", "axis")
      .attr("transform", "translate(" + (rtl ? width - 46 : 46) + ",0)").call(yAxis);
    svg.append("g").attr("class", "axis").attr("transform", "translate(0," + bottom + ")").call(t.axis);
    var at = {}, column = {};
    dated.forEach(function (c) {
      var key = Math.round(t.scale(mid(c.period)));
      column[key] = (column[key] || []).concat([c.id]);
    });
    dated.forEach(function (c) {
      // claims of one date stand side by side (SPREAD px apart), not on one another
      var v = c.value, key = Math.round(t.scale(mid(c.period))), same = column[key];
      var x = key + (same.indexOf(c.id) - (same.length - 1) / 2) * SPREAD;
      var value = v.exact !== undefined ? v.exact : v.approx !== undefined ? v.approx
        : v.min !== undefined ? v.min : v.max;
      at[c.id] = [x, y(value)];
    });
    dated.forEach(function (c, i) {
      dated.slice(i + 1).forEach(function (o) {
        if (c.contradicts.indexOf(o.id) >= 0) {
          svg.append("line").attr("class", "claim-link").attr("x1", at[c.id][0])
            .attr("y1", at[c.id][1]).attr("x2", at[o.id][0]).attr("y2", at[o.id][1]);
        }
      });
    });
    var placed = [];
    dated.forEach(function (c) { drawClaim(svg, c, at[c.id][0], y, bottom, placed, width); });
  }

  // A value's label goes beside its mark unless it would cover another label or
  // the value axis (AXIS px on the start side); then it tries the other side, else
  // it is left to the tooltip.
  var AXIS = 48;
  var SPREAD = 12;
  function labelAt(x, y, text, placed, width) {
    var w = text.length * 6.2 + 4, h = 12;
    var sides = rtl ? [-1, 1] : [1, -1];
    var lo = rtl ? 2 : AXIS, hi = rtl ? width - AXIS : width - 2;
    for (var i = 0; i < sides.length; i++) {
      var x0 = sides[i] > 0 ? x + 8 : x - 8 - w;
      var box = [x0, y - 10 - h / 2, x0 + w, y - 10 + h / 2];
      if (box[0] < lo || box[2] > hi) { continue; }
      var clash = placed.some(function (b) {
        return box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3];
      });
      if (!clash) { placed.push(box); return { x: x0, anchor: "start" }; }
    }
    return null;
  }

  function drawClaim(svg, c, x, y, bottom, placed, width) {
    var v = c.value;
    var g = svg.append("g").attr("class", "mark st-" + c.stance).on("click", function () { go(c.href); });
    g.append("title").text(["#" + numbers.format(c.n), c.text, c.date, c.claimant,
      c.outlet, c.denied ? S["chart.denied"] : "", c.contradicts.length ? S["chart.contradicts"] : ""]
      .filter(Boolean).join(" · "));
    var value, range = v.min !== undefined && v.max !== undefined;
    if (range) {
      g.append("line").attr("class", "claim-range").attr("x1", x).attr("x2", x)
        .attr("y1", y(v.min)).attr("y2", y(v.max));
      [v.min, v.max].forEach(function (end) {
        g.append("line").attr("class", "claim-range").attr("x1", x - 5).attr("x2", x + 5)
          .attr("y1", y(end)).attr("y2", y(end));
      });
      value = (v.min + v.max) / 2;
    } else if (v.min !== undefined && v.exact === undefined && v.approx === undefined) {
      g.append("line").attr("class", "claim-open").attr("x1", x).attr("x2", x)
        .attr("y1", y(v.min)).attr("y2", y.range()[1]);
      value = v.min;
    } else if (v.max !== undefined && v.exact === undefined && v.approx === undefined) {
      g.append("line").attr("class", "claim-open").attr("x1", x).attr("x2", x)
        .attr("y1", y(v.max)).attr("y2", bottom);
      value = v.max;
    } else {
      value = v.exact !== undefined ? v.exact : v.approx;
      if (v.approx !== undefined) {
        g.append("line").attr("class", "claim-range").attr("x1", x).attr("x2", x)
          .attr("y1", y(v.approx * 0.9)).attr("y2", y(v.approx * 1.1));
      }
    }
    var shape = range ? d3.symbolDiamond
      : v.min !== undefined || v.max !== undefined ? d3.symbolTriangle : d3.symbolCircle;
    var flip = v.max !== undefined && v.min === undefined ? " rotate(180)" : "";
    g.append("path").attr("d", d3.symbol(shape, range ? 40 : 70)())
      .attr("transform", "translate(" + x + "," + y(value) + ")" + flip)
      .attr("class", "claim-mark" + (c.contradicts.length ? " contradicts" : "") + (c.denied ? " denied" : ""));
    var spot = labelAt(x, y(value), c.text, placed, width);
    if (spot) {
      g.append("text").attr("class", "claim-label").attr("x", spot.x).attr("y", y(value) - 6)
        .attr("text-anchor", spot.anchor).text(c.text);
    }
  }

  function drawClaims(container, claims) {
    var properties = [];
    claims.forEach(function (c) { if (properties.indexOf(c.property) < 0) { properties.push(c.property); } });
    var figures = properties.map(function (property) {
      var figure = document.createElement("figure");
      container.appendChild(figure);
      return figure;
    });
    // every figure is in the grid before any is measured, so each gets its final width
    properties.forEach(function (property, i) {
      drawClaimChart(figures[i], property, claims.filter(function (c) { return c.property === property; }));
    });
    var legend = document.createElement("div");
    legend.className = "legend";
    ["self", "opposition", "pro-government", "independent", "unknown"].forEach(function (stance) {
      var item = document.createElement("span");
      var swatch = document.createElement("span");
      swatch.className = "swatch sw-" + stance;
      item.appendChild(swatch);
      item.appendChild(document.createTextNode(S["stance." + stance]));
      legend.appendChild(item);
    });
    var ring = document.createElement("span");
    var swatch = document.createElement("span");
    swatch.className = "swatch ring";
    ring.appendChild(swatch);
    ring.appendChild(document.createTextNode(S["chart.contradicts"]));
    legend.appendChild(ring);
    container.appendChild(legend);
  }

  // -- the relation network around the entity
  var EDGE_COLOURS = {
    opposed_to: "#b42318", allied_with: "#0f6e66", supported_by: "#2d5aa6",
    leader_of: "#7a4bb0", member_of: "#7a4bb0", part_of: "#8a6d3b", formerly_named: "#5b6675",
    merged_into: "#5b6675", defected_to: "#c2410c", headquartered_in: "#b5651d", active_in: "#b5651d"
  };

  var RELATION_ORDER = ["allied_with", "supported_by", "part_of", "formerly_named", "merged_into",
    "defected_to", "leader_of", "member_of", "headquartered_in", "active_in", "opposed_to"];

  // An ego network reads best as a wheel: the entity in the middle, its
  // neighbours on an ellipse filling the box, grouped by how they relate to it
  // (allies on one side, opponents on the other), on two rings when crowded.
  function wheel(graph, width, height) {
    var center = graph.center, relation = {};
    graph.edges.forEach(function (e) {
      var other = e.source === center ? e.target : e.target === center ? e.source : null;
      if (other && relation[other] === undefined) { relation[other] = RELATION_ORDER.indexOf(e.type); }
    });
    var others = graph.nodes.filter(function (n) { return n.id !== center; });
    others.sort(function (a, b) {
      return (relation[a.id] === undefined ? 99 : relation[a.id]) -
        (relation[b.id] === undefined ? 99 : relation[b.id]) || a.label.localeCompare(b.label);
    });
    var positions = {};
    positions[center] = { x: 0, y: 0 };
    var rx = Math.max(width / 2 - 110, 120), ry = Math.max(height / 2 - 45, 90);
    others.forEach(function (node, i) {
      var angle = -Math.PI / 2 + (2 * Math.PI * i) / others.length;
      var ring = others.length > 14 && i % 2 ? 0.68 : 1;
      positions[node.id] = { x: Math.cos(angle) * rx * ring * (rtl ? -1 : 1), y: Math.sin(angle) * ry * ring };
    });
    return positions;
  }

  function drawGraph(container, graph) {
    if (typeof cytoscape !== "function" || !graph.nodes.length) { return; }
    var labels = graph.edges.length <= 14;
    var elements = graph.nodes.map(function (n) {
      return { data: { id: n.id, label: n.label, type: n.type }, classes: n.id === graph.center ? "center" : "" };
    }).concat(graph.edges.map(function (e) {
      return { data: { id: e.id, source: e.source, target: e.target, label: e.label,
        colour: EDGE_COLOURS[e.type] || "#9aa5b1", width: Math.min(1.5 + e.documents, 5) } };
    }));
    var cy = cytoscape({
      container: container,
      elements: elements,
      minZoom: 0.3,
      maxZoom: 3,
      style: [
        { selector: "node", style: { label: "data(label)", "font-family": fontFamily, "font-size": 11,
          "text-wrap": "wrap", "text-max-width": 120, "text-valign": "bottom", "text-margin-y": 4,
          color: "#1b2430", width: 16, height: 16, "background-color": "#0f6e66",
          "text-background-color": "#fbfcfd", "text-background-opacity": 0.8, "text-background-padding": 1 } },
        { selector: "node[type = 'person']", style: { "background-color": "#7a4bb0" } },
        { selector: "node[type = 'place']", style: { "background-color": "#b5651d", shape: "round-rectangle" } },
        { selector: "node.center", style: { width: 34, height: 34, "font-size": 14, "font-weight": "bold",
          "border-width": 4, "border-color": "#f9d65c" } },
        { selector: "edge", style: { width: "data(width)", "line-color": "data(colour)",
          "target-arrow-color": "data(colour)", "target-arrow-shape": "triangle", "curve-style": "bezier",
          "arrow-scale": 0.9, opacity: 0.8, label: labels ? "data(label)" : "", "font-family": fontFamily,
          "font-size": 9, color: "#5b6675", "text-rotation": "autorotate",
          "text-background-color": "#fbfcfd", "text-background-opacity": 1, "text-background-padding": 1 } },
        { selector: "edge.hover", style: { label: "data(label)", opacity: 1, "z-index": 10 } },
        { selector: "node.hover", style: { "border-width": 3, "border-color": "#1b2430" } }
      ],
      layout: { name: "preset", fit: true, padding: 28,
        positions: (function (spots) { return function (node) { return spots[node.id()]; }; })(
          wheel(graph, container.clientWidth || 900, container.clientHeight || 560)) }
    });
    cy.on("mouseover", "node", function (event) {
      event.target.addClass("hover");
      event.target.connectedEdges().addClass("hover");
    });
    cy.on("mouseout", "node", function (event) {
      event.target.removeClass("hover");
      event.target.connectedEdges().removeClass("hover");
    });
    cy.on("mouseover", "edge", function (event) { event.target.addClass("hover"); });
    cy.on("mouseout", "edge", function (event) { event.target.removeClass("hover"); });
    cy.on("tap", "node", function (event) {
      var id = event.target.id();
      if (id !== graph.center) { go("/entities/" + encodeURIComponent(id)); }
    });
    container.dataset.drawn = String(cy.nodes().length);
    container.parentNode.insertBefore(graphLegend(graph), container.nextSibling);
  }

  function swatch(colour, text, round) {
    var item = document.createElement("span");
    var mark = document.createElement("span");
    mark.className = "swatch" + (round ? "" : " line");
    mark.style.backgroundColor = colour;  // CSSOM, allowed by the page's policy
    item.appendChild(mark);
    item.appendChild(document.createTextNode(text));
    return item;
  }

  function graphLegend(graph) {
    var legend = document.createElement("div");
    legend.className = "legend graph-legend";
    [["actor", "#0f6e66"], ["person", "#7a4bb0"], ["place", "#b5651d"]].forEach(function (pair) {
      legend.appendChild(swatch(pair[1], S["type." + pair[0]], true));
    });
    var seen = {};
    graph.edges.forEach(function (e) {
      if (seen[e.type]) { return; }
      seen[e.type] = true;
      legend.appendChild(swatch(EDGE_COLOURS[e.type] || "#9aa5b1", e.label, false));
    });
    return legend;
  }

  function run(name, draw) {
    try { draw(); } catch (error) {
      if (window.console) { console.error("marsad: could not draw the " + name, error); }
    }
  }

  if (typeof d3 === "undefined") {
    if (window.console) { console.error("marsad: d3 is missing; run `make vendor`"); }
  } else {
    run("events", function () { drawEvents(document.getElementById("events-chart"), data.events); });
    run("leaders", function () { drawLeaders(document.getElementById("leaders-chart"), data.leaders); });
    var claims = document.getElementById("claims-chart");
    if (claims) { run("claims", function () { drawClaims(claims, data.claims); }); }
  }
  run("network", function () { drawGraph(document.getElementById("graph"), data.graph); });
})();
