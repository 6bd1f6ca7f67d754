/* wetgraaf site scripts: the dependency graphs (Cytoscape.js, vendored) and the "Komt dit in aanmerking?" form,
   which talks to the question service of `wetgraaf dienst` on the same host. Nothing is loaded from elsewhere. */
(function () {
  "use strict";

  /* The site root, relative to this page (mkdocs-material writes it into the page config). */
  function siteRoot() {
    var el = document.getElementById("__config");
    var base = ".";
    if (el) {
      try { base = JSON.parse(el.textContent).base || "."; } catch (e) { /* keep "." */ }
    }
    return new URL(base.replace(/\/?$/, "/"), window.location.href);
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") { node.textContent = attrs[k]; } else { node.setAttribute(k, attrs[k]); }
    });
    (children || []).forEach(function (c) { node.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
    return node;
  }

  /* ------------------------------------------------------------------------------------------------------------
     Graphs */

  var COLORS = { artikel: "#5d4037", begrip: "#1565c0", feit: "#2e7d32", oordeel: "#c62828", parameter: "#6a1b9a" };
  window.wetgraafGraphs = {};

  function graphData(container) {
    var source = container.getAttribute("data-graph");
    if (source === "global") { return window.WETGRAAF_GRAAF || { nodes: [], edges: [] }; }
    var script = document.getElementById(source);
    return script ? JSON.parse(script.textContent) : { nodes: [], edges: [] };
  }

  function drawGraph(container) {
    if (typeof window.cytoscape !== "function") { return; }
    var data = graphData(container);
    var root = siteRoot();
    var elements = data.nodes.map(function (n) {
      return { group: "nodes", data: { id: n.id, label: n.label, kind: n.kind, wet: n.wet, url: n.url,
        title: n.title, centre: n.centre ? 1 : 0 } };
    }).concat(data.edges.map(function (e, i) {
      return { group: "edges", data: { id: "e" + i, source: e.source, target: e.target, kind: e.kind } };
    }));
    var cy = window.cytoscape({
      container: container,
      elements: elements,
      style: [
        { selector: "node", style: { "label": "data(label)", "font-size": 9, "background-color": function (n) {
          return COLORS[n.data("kind")] || "#555"; }, "color": "#222", "text-valign": "bottom", "text-margin-y": 2,
          "width": 14, "height": 14, "text-wrap": "ellipsis", "text-max-width": 120, "min-zoomed-font-size": 7 } },
        { selector: "node[kind = 'artikel']", style: { "shape": "round-rectangle", "width": 18, "height": 12 } },
        { selector: "node[kind = 'oordeel']", style: { "shape": "diamond" } },
        { selector: "node[centre = 1]", style: { "width": 22, "height": 22, "font-weight": "bold",
          "border-width": 3, "border-color": "#ffb300" } },
        { selector: "edge", style: { "width": 1, "line-color": "#b0bec5", "target-arrow-color": "#b0bec5",
          "target-arrow-shape": "triangle", "curve-style": "bezier", "arrow-scale": 0.7 } },
        { selector: "edge[kind = 'definieert']", style: { "line-style": "dashed" } },
        { selector: ".wg-hidden", style: { "display": "none" } },
        { selector: ".wg-match", style: { "border-width": 3, "border-color": "#ffb300" } }
      ],
      layout: data.nodes.length > 60
        ? { name: "cose", animate: false, numIter: 300, randomize: true, padding: 10, nodeRepulsion: 6000,
            idealEdgeLength: 40, nodeDimensionsIncludeLabels: false }
        : { name: "breadthfirst", animate: false, directed: true, padding: 10, spacingFactor: 1.1,
            nodeDimensionsIncludeLabels: true }
    });
    cy.on("tap", "node", function (evt) {
      var url = evt.target.data("url");
      if (url) { window.location.href = new URL(url, root).href; }
    });
    window.wetgraafGraphs[container.id] = cy;
    var filters = container.getAttribute("data-filters");
    if (filters) { bindFilters(cy, document.getElementById(filters)); }
    container.setAttribute("data-ready", "1");
  }

  function bindFilters(cy, form) {
    if (!form) { return; }
    var list = document.getElementById(form.getAttribute("data-list") || "");
    var count = list ? list.parentNode.querySelector(".wg-graph-lijst-aantal") : null;
    function apply() {
      var wetten = {}, soorten = {};
      form.querySelectorAll("input[name=wet]").forEach(function (i) { wetten[i.value] = i.checked; });
      form.querySelectorAll("input[name=soort]").forEach(function (i) { soorten[i.value] = i.checked; });
      var zoek = (form.querySelector("input[name=zoek]") || {}).value || "";
      zoek = zoek.trim().toLowerCase();
      cy.batch(function () {
        cy.nodes().forEach(function (n) {
          var show = wetten[n.data("wet")] !== false && soorten[n.data("kind")] !== false;
          n.toggleClass("wg-hidden", !show);
          n.toggleClass("wg-match", show && !!zoek && ((n.data("label") || "") + " " + (n.data("title") || ""))
            .toLowerCase().indexOf(zoek) >= 0);
        });
      });
      /* Re-fit the view to what is left: the matches of the search, else every node still shown. */
      var match = cy.nodes(".wg-match");
      var shown = cy.nodes().not(".wg-hidden");
      if (match.length) { cy.fit(match, 60); } else if (shown.length) { cy.fit(shown, 20); }
      /* The same filters narrow the text list beside the drawing. */
      if (list) {
        var visible = 0;
        list.querySelectorAll("li").forEach(function (li) {
          var show = wetten[li.getAttribute("data-wet")] !== false && soorten[li.getAttribute("data-soort")] !== false
            && (!zoek || (li.getAttribute("data-zoek") || "").indexOf(zoek) >= 0);
          li.hidden = !show;
          if (show) { visible += 1; }
        });
        if (count) { count.textContent = String(visible); }
      }
    }
    form.addEventListener("change", apply);
    form.addEventListener("input", apply);
    form.addEventListener("submit", function (e) { e.preventDefault(); apply(); });
  }

  /* ------------------------------------------------------------------------------------------------------------
     The question form ("Komt dit in aanmerking?"): an interview with the question service. */

  function api(path) { return new URL("api/" + path, siteRoot()).href; }

  function showValue(v) {
    if (v === true) { return "waar"; }
    if (v === false) { return "onwaar"; }
    if (v === null || v === undefined) { return "—"; }
    if (typeof v === "object" && v.onbekend) { return "{{site.js.onbekend}}"; }
    if (typeof v === "object" && v.bedrag !== undefined) { return "€ " + v.bedrag; }
    if (Array.isArray(v)) { return "[" + v.map(showValue).join(", ") + "]"; }
    return String(v);
  }

  function citeLink(bron) {
    if (!bron) { return document.createTextNode(""); }
    if (bron.pagina) { return el("a", { href: new URL(bron.pagina, siteRoot()).href, class: "wg-bron", text: bron.tekst }); }
    return document.createTextNode(bron.tekst);
  }

  function traceList(nodes) {
    var ul = el("ul");
    (nodes || []).forEach(function (n) {
      var label = n.naam.split(".").slice(1).join(".") + (n.argumenten.length ? "(" + n.argumenten.join(", ") + ")" : "");
      var li = el("li", {}, [el("code", { text: label }), " = ", el("strong", { text: showValue(n.waarde) })]);
      if (n.soort === "feit" || n.soort === "oordeel") { li.appendChild(document.createTextNode(" (" + n.soort + ")")); }
      if (n.uitzondering) { li.appendChild(document.createTextNode("{{site.js.uitzondering}}" + n.regel + "]")); }
      li.appendChild(document.createTextNode(" — "));
      li.appendChild(citeLink(n.bron));
      if (n.onderdelen && n.onderdelen.length) { li.appendChild(traceList(n.onderdelen)); }
      ul.appendChild(li);
    });
    return ul;
  }

  var uid = 0;
  function nextId(prefix) { uid += 1; return prefix + "-" + uid; }

  /* The widget follows the fact's type (from the service, else from the vocabulary embedded in the page); its
     accessible name is the question text (aria-labelledby). Returns {node, read()} or null for ja/nee. */
  function inputFor(q, vocab, labelId) {
    var t = q.type || ((vocab[q.naam] || {}).type) || {};
    var keuzes = q.keuzes || [];
    if (t.kind === "prim" && t.name === "waarheid") { return null; }
    function choiceGroup(kind, options) {
      var box = el("fieldset", { class: "wg-vraag-keuzes", "aria-labelledby": labelId });
      var name = nextId("keuze");
      options.forEach(function (o) {
        var input = el("input", { type: kind, name: name, value: o.waarde });
        if (o.nieuw) { input.setAttribute("data-nieuw", "1"); }
        box.appendChild(el("label", {}, [input, " " + o.tekst]));
      });
      return box;
    }
    function checked(box) {
      return Array.prototype.filter.call(box.querySelectorAll("input"), function (i) { return i.checked; })
        .map(function (i) { return i.value; });
    }
    if (keuzes.length && t.kind === "entiteit") {
      var radios = choiceGroup("radio", keuzes);
      radios.querySelector("input").setAttribute("required", "required");
      return { node: radios, read: function () { return checked(radios)[0]; } };
    }
    if (t.kind === "lijst" && (keuzes.length || (t.item && t.item.kind === "soort"))) {
      var teksten = (t.item && t.item.teksten) || t.teksten || {};
      var opts = keuzes.length ? keuzes : (t.item.opties || []).map(function (o) {
        return { waarde: o, tekst: teksten[o] || o };
      });
      var boxes = choiceGroup("checkbox", opts);
      boxes.appendChild(el("p", { class: "wg-vraag-hint", text: "{{site.js.vink_aan}}" }));
      return { node: boxes, read: function () { return checked(boxes); } };
    }
    if (t.kind === "soort") {
      var sel = el("select", { name: "waarde", required: "required", "aria-labelledby": labelId });
      sel.appendChild(el("option", { value: "", text: "{{site.js.kies}}" }));
      (t.opties || []).forEach(function (o) {
        sel.appendChild(el("option", { value: o, text: (t.teksten || {})[o] || o }));
      });
      return { node: sel, read: function () { return sel.value; } };
    }
    if (t.kind === "lijst") {
      var list = el("input", { name: "waarde", "aria-labelledby": labelId,
        placeholder: "{{site.js.komma}}" });
      return { node: list, read: function () {
        return list.value.split(",").map(function (x) { return x.trim(); }).filter(Boolean); } };
    }
    var types = { datum: "date", geheel: "number", getal: "number", bedrag: "number" };
    var input = el("input", { name: "waarde", type: types[t.name] || "text", required: "required",
      "aria-labelledby": labelId });
    if (t.name === "getal" || t.name === "bedrag") { input.setAttribute("step", "any"); }
    if (t.name === "duur") { input.setAttribute("placeholder", "{{site.js.duur}}"); }
    return { node: input, read: function () {
      return t.name === "geheel" ? parseInt(input.value, 10) : input.value; } };
  }

  function setupForm(box) {
    var config = JSON.parse(document.getElementById("wg-vraag-config").textContent);
    var vocab = {};
    var vocabEl = document.getElementById("wg-vraag-vocabulaire");
    if (vocabEl) { JSON.parse(vocabEl.textContent).forEach(function (v) { vocab[v.naam] = v; }); }
    var start = box.querySelector(".wg-vraag-start");
    var steps = box.querySelector(".wg-vraag-stappen");
    var result = box.querySelector(".wg-vraag-resultaat");
    var offline = box.querySelector(".wg-vraag-offline");
    var progress = box.querySelector(".wg-vraag-voortgang");
    var state = null;
    var asked = {};  /* key -> the question as the service asked it: an answered line can be asked again */
    var count = Object.keys(vocab).length;
    if (count) {
      box.querySelector(".wg-vraag-intro").appendChild(document.createTextNode(
        "{{site.js.afhangen_1}}" + count + "{{site.js.afhangen_2}}"));
    }

    function goOffline() {
      offline.hidden = false;
      box.setAttribute("data-offline", "1");
      start.querySelectorAll("input, button").forEach(function (i) { i.disabled = true; });
    }

    if (window.location.protocol === "file:") { goOffline(); return; }
    /* The service answers in the language of the page (its messages come from the catalogue, nl or en). */
    var lang = document.documentElement.lang || "nl";
    fetch(api("status"), { headers: { "Accept": "application/json", "Accept-Language": lang } }).then(function (r) {
      return r.ok ? r.json() : null;
    }).then(function (body) {
      if (!body || body.dienst !== "wetgraaf") { goOffline(); } else { box.setAttribute("data-online", "1"); }
    }).catch(goOffline);

    var lastKey = null;  /* the fact just answered: taken back when the service rejects its value */
    var notice = null;

    function errorBox(body) {
      var list = el("ul");
      ((body && body.fouten) || [{ melding: "{{site.js.onbekende_fout}}" }]).forEach(function (f) {
        list.appendChild(el("li", { text: f.melding + (f.veld ? " (" + f.veld + ")" : "") }));
      });
      return el("div", { class: "wg-vraag-fout", role: "alert" }, [el("strong", { text: "{{site.js.fout_kop}}" }), list]);
    }

    function post() {
      result.replaceChildren(el("p", { text: "{{site.js.bezig}}" }));
      return fetch(api("interview/next"), {
        method: "POST", headers: { "Content-Type": "application/json", "Accept": "application/json",
          "Accept-Language": lang },
        body: JSON.stringify(state)
      }).then(function (r) {
        return r.json().then(function (body) { return { ok: r.ok, body: body }; });
      }).then(function (res) {
        if (!res.ok && lastKey !== null) {
          /* A value the service cannot read: say why and ask the same question again. */
          delete state.feiten[lastKey];
          var line = steps.querySelector('li[data-sleutel="' + CSS.escape(lastKey) + '"]');
          if (line) { steps.removeChild(line); }
          lastKey = null;
          notice = errorBox(res.body);
          return post();
        }
        if (!res.ok) { result.replaceChildren(errorBox(res.body)); return; }
        render(res.body);
        if (notice) { result.insertBefore(notice, result.firstChild); notice = null; }
      }).catch(function () { goOffline(); result.replaceChildren(); });
    }

    function shown(q, value) {
      if (value === undefined) { return "{{site.js.weet_ik_niet_klein}}"; }
      var byValue = {};
      (q.keuzes || []).forEach(function (k) { byValue[k.waarde] = k.tekst; });
      var teksten = (q.type && (q.type.teksten || (q.type.item || {}).teksten)) || {};
      function one(v) { return byValue[v] || teksten[v] || (v === true ? "{{site.js.ja}}" : v === false ? "{{site.js.nee}}" : showValue(v)); }
      if (Array.isArray(value)) { return value.length ? value.map(one).join(", ") : "{{site.js.geen}}"; }
      return one(value);
    }

    function line(q) {
      /* One answered (or skipped) question, with a button to change it. */
      var key = q.sleutel;
      var li = steps.querySelector('li[data-sleutel="' + CSS.escape(key) + '"]');
      if (!li) { li = el("li", { class: "wg-vraag-gegeven", "data-sleutel": key }); steps.appendChild(li); }
      var value = Object.prototype.hasOwnProperty.call(state.feiten, key) ? state.feiten[key] : undefined;
      var change = el("button", { type: "button", class: "wg-vraag-wijzig", text: "{{site.js.wijzig}}",
        "aria-label": "{{site.js.wijzig_label}}" + (q.tekst || key) });
      change.addEventListener("click", function () { ask(q, true); });
      li.replaceChildren((q.tekst || key) + " — ", el("strong", { text: shown(q, value) }), " ", change);
    }

    function answer(q, value) {
      lastKey = q.sleutel;
      state.onbekend = state.onbekend.filter(function (k) { return k !== q.sleutel; });
      state.feiten[q.sleutel] = value;
      line(q);
      post();
    }

    function skip(q) {
      lastKey = null;
      delete state.feiten[q.sleutel];
      if (state.onbekend.indexOf(q.sleutel) < 0) { state.onbekend.push(q.sleutel); }
      line(q);
      post();
    }

    function ask(q, again) {
      asked[q.sleutel] = q;
      var labelId = nextId("vraag");
      var form = el("form", { class: "wg-vraag-stap", "data-sleutel": q.sleutel });
      form.appendChild(el("p", { class: "wg-vraag-tekst", id: labelId, text: q.tekst || q.sleutel }));
      if (q.omschrijving) { form.appendChild(el("p", { class: "wg-vraag-hint", text: q.omschrijving })); }
      var input = inputFor(q, vocab, labelId);
      if (input === null) {
        [["{{site.js.ja_knop}}", true], ["{{site.js.nee_knop}}", false]].forEach(function (pair) {
          var b = el("button", { type: "button", class: "md-button", "data-waarde": String(pair[1]), text: pair[0] });
          b.addEventListener("click", function () { answer(q, pair[1]); });
          form.appendChild(b);
        });
      } else {
        form.appendChild(input.node);
        form.appendChild(el("button", { type: "submit", class: "md-button md-button--primary", text: "{{site.js.volgende}}" }));
        form.addEventListener("submit", function (e) { e.preventDefault(); answer(q, input.read()); });
      }
      var dunno = el("button", { type: "button", class: "md-button wg-vraag-weetniet", text: "{{site.js.weet_ik_niet}}" });
      dunno.addEventListener("click", function () { skip(q); });
      form.appendChild(dunno);
      if (again) {
        var back = el("button", { type: "button", class: "md-button", text: "{{site.js.annuleer}}" });
        back.addEventListener("click", function () { post(); });
        form.appendChild(back);
      }
      result.replaceChildren(form);
      var first = form.querySelector("input, select, button");
      if (first) { first.focus(); }
    }

    function showProgress(body) {
      var n = Object.keys(state.feiten).length + state.onbekend.length;
      var text = n + (n === 1 ? "{{site.js.vraag}}" : "{{site.js.vragen}}") + "{{site.js.beantwoord}}";
      if (!body.klaar) {
        if (body.nog_ten_hoogste !== null && body.nog_ten_hoogste !== undefined) {
          text += "{{site.js.nog_ten_hoogste}}" + body.nog_ten_hoogste + (body.nog_ten_hoogste === 1 ? "{{site.js.vraag}}" : "{{site.js.vragen}}");
        } else {
          text += "{{site.js.nu_nog}}" + body.nog_nodig + "{{site.js.open}}";
        }
      }
      progress.textContent = text;
    }

    function missingList(title, items) {
      var ul = el("ul");
      items.forEach(function (t) { ul.appendChild(el("li", { text: t })); });
      return el("div", { class: "wg-vraag-ontbreekt" }, [el("p", {}, [el("strong", { text: title })]), ul]);
    }

    function outcome(a) {
      if (a.fout) { return "{{site.js.fout_streep}}" + a.fout.melding; }
      return a.bekend ? showValue(a.waarde) : "{{site.js.onbekend}}";
    }

    function render(body) {
      showProgress(body);
      if (!body.klaar) { ask(body.vraag); return; }
      var a = body.antwoord;
      var out = [];
      (body.waarschuwingen || []).forEach(function (w) {
        out.push(el("p", { class: "wg-vraag-waarschuwing", role: "note", text: "{{site.js.let_op}}" + w }));
      });
      out.push(el("p", { class: "wg-antwoord", "data-waarde": showValue(a.waarde) }, ["{{site.js.antwoord}}" + outcome(a)]));
      if (!a.bekend && !a.fout && (a.ontbrekende_feiten || []).length) {
        out.push(missingList("{{site.js.nog_nodig}}", a.ontbrekende_feiten.map(function (m) {
          return m.vraag || (m.naam + "(" + m.argumenten.join(", ") + ")");
        })));
      }
      (a.open_normen || []).forEach(function (n) {
        var label = n.naam.split(".").slice(1).join(".") + "(" + n.argumenten.join(", ") + ")";
        out.push(el("p", { class: "wg-oordeel", text: "{{site.js.hangt_af}}" + n.door + "{{site.js.over}}" + label +
          (n.vraag ? " — " + n.vraag : "") }));
      });
      (a.takken || []).forEach(function (t) {
        var cond = Object.keys(t.oordelen).map(function (k) { return k + " = " + showValue(t.oordelen[k]); }).join(", ");
        out.push(el("p", { text: "{{site.js.als}}" + cond + ": " + showValue(t.waarde) }));
      });
      if ((body.vergelijking || []).length) {
        var rows = el("ul", { class: "wg-vraag-vergelijking" });
        rows.appendChild(el("li", {}, [el("strong", { text: "{{site.js.nu}}" }), outcome(a)]));
        body.vergelijking.forEach(function (v) {
          var what = v.fout ? "{{site.js.niet_te_bepalen}}" + v.fout : outcome(v.antwoord);
          var li = el("li", { "data-wijziging": v.wijziging }, [el("strong", { text: "{{site.js.met}}" + v.titel + ": " }), what]);
          if (v.antwoord && !v.antwoord.bekend && (v.antwoord.ontbrekende_feiten || []).length) {
            li.appendChild(document.createTextNode("{{site.js.ook_nodig}}" + v.antwoord.ontbrekende_feiten.map(
              function (m) { return m.vraag || m.naam; }).join("; ") + ")"));
          }
          if (v.antwoord && v.antwoord.uitleg) {
            var d = el("details", {}, [el("summary", { text: "{{site.js.omdat}}" }), traceList(v.antwoord.uitleg)]);
            li.appendChild(d);
          }
          rows.appendChild(li);
        });
        out.push(el("p", {}, [el("strong", { text: "{{site.js.vergelijking}}" })]));
        out.push(rows);
      }
      if (a.uitleg) { out.push(el("p", {}, [el("strong", { text: "{{site.js.uitleg}}" })])); out.push(traceList(a.uitleg)); }
      var again = el("button", { type: "button", class: "md-button", text: "{{site.js.opnieuw}}" });
      again.addEventListener("click", function () {
        steps.replaceChildren(); result.replaceChildren(); progress.textContent = ""; state = null; lastKey = null;
      });
      out.push(again);
      result.replaceChildren(el("div", { class: "wg-vraag-uitkomst" }, out));
      var first = result.querySelector(".wg-antwoord");
      if (first) { first.setAttribute("tabindex", "-1"); first.focus(); }
    }

    start.addEventListener("submit", function (e) {
      e.preventDefault();
      var data = new FormData(start);
      var args = config.params.map(function (p, i) { return String(data.get("arg-" + i) || p.naam).trim(); });
      var name = config.vraag.split(".").slice(1).join(".");
      state = { vraag: name + (args.length ? "(" + args.join(", ") + ")" : ""), wet: config.wet,
        peildatum: data.get("peildatum"), wijzigingen: config.wijzigingen, feiten: {}, onbekend: [],
        vergelijk: data.get("vergelijk") === "on" };
      steps.replaceChildren();
      post();
    });
  }

  function init() {
    /* Draw after the page has loaded and painted: a large layout must not hold up the text. */
    document.querySelectorAll(".wg-graph").forEach(function (g) { setTimeout(function () { drawGraph(g); }, 0); });
    var box = document.getElementById("wg-vraag");
    if (box) { setupForm(box); }
  }

  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", init); } else { init(); }
})();
