// Progressive enhancement of the catalogue search form. Without JavaScript the form
// works with its submit buttons; with it, results update as filters change, focus
// stays where it was, the new count is announced, and the URL keeps the state.
(function () {
  "use strict";
  var form = document.getElementById("catalogue-search");
  if (!form || !window.fetch || !window.history.pushState) return;

  var announcer = document.getElementById("search-announcer");
  var regions = ["search-facets", "search-results"];
  var pending = null;

  form.classList.add("is-enhanced");

  function formUrl() {
    var params = new URLSearchParams(new FormData(form));
    Array.from(params.keys()).forEach(function (key) {
      if (params.get(key) === "" && params.getAll(key).length === 1) params.delete(key);
    });
    var query = params.toString();
    return form.getAttribute("action") + (query ? "?" + query : "");
  }

  function swap(html) {
    var doc = new DOMParser().parseFromString(html, "text/html");
    var focusedId = document.activeElement && document.activeElement.id;
    // The filter groups the reader opened stay open, and so does the filter dialog.
    var opened = Array.from(document.querySelectorAll("#search-facets details[open]")).map(function (details) {
      return details.id;
    });
    var dialogOpen = filtersOpen();
    opened.forEach(function (id) {
      var fresh = doc.getElementById(id);
      if (fresh) fresh.open = true;
    });
    regions.forEach(function (id) {
      var fresh = doc.getElementById(id);
      var current = document.getElementById(id);
      if (fresh && current) current.replaceWith(fresh);
    });
    if (dialogOpen) openFilters(false);
    if (focusedId) {
      var again = document.getElementById(focusedId);
      if (again) again.focus();
    }
    updateTray();
    var count = document.getElementById("result-count");
    if (announcer && count) announcer.textContent = count.textContent;
  }

  function load(url, push) {
    if (pending) pending.abort();
    pending = new AbortController();
    form.setAttribute("aria-busy", "true");
    return fetch(url, { signal: pending.signal, headers: { "X-Requested-With": "fetch" } })
      .then(function (response) {
        if (!response.ok) throw new Error(response.status);
        // A form's URL is redirected to the state it means: keep that one.
        return response.text().then(function (html) { return [html, response.url]; });
      })
      .then(function (answer) {
        swap(answer[0]);
        if (push) window.history.pushState({ catalogue: true }, "", answer[1] || url);
      })
      .catch(function (error) {
        if (error.name !== "AbortError") window.location.assign(url);
      })
      .finally(function () {
        form.removeAttribute("aria-busy");
      });
  }

  // Below 48em the filters open as a full-screen dialog from the "Filter" button.
  function filtersOpen() {
    var facets = document.getElementById("search-facets");
    return Boolean(facets && facets.classList.contains("is-open"));
  }

  function openFilters(moveFocus) {
    var facets = document.getElementById("search-facets");
    var toggle = form.querySelector(".filters-open");
    if (!facets) return;
    facets.classList.add("is-open");
    facets.setAttribute("role", "dialog");
    facets.setAttribute("aria-modal", "true");
    facets.setAttribute("aria-labelledby", "facets-heading");
    document.body.classList.add("has-dialog");
    if (toggle) toggle.setAttribute("aria-expanded", "true");
    if (moveFocus) document.getElementById("facets-heading").focus();
  }

  function closeFilters() {
    var facets = document.getElementById("search-facets");
    var toggle = form.querySelector(".filters-open");
    if (!facets) return;
    facets.classList.remove("is-open");
    ["role", "aria-modal", "aria-labelledby"].forEach(function (name) { facets.removeAttribute(name); });
    document.body.classList.remove("has-dialog");
    if (toggle) {
      toggle.setAttribute("aria-expanded", "false");
      toggle.focus();
    }
  }

  form.addEventListener("click", function (event) {
    if (event.target.closest(".filters-open")) openFilters(true);
    else if (event.target.closest(".facets__close")) closeFilters();
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && filtersOpen()) closeFilters();
  });

  // The comparison button becomes a tray that follows the reader once a model is ticked.
  var compareForm = document.getElementById("compare-form");
  function updateTray() {
    if (!compareForm) return;
    var ticked = document.querySelectorAll("input[form=compare-form]:checked").length;
    compareForm.classList.toggle("compare-bar--tray", ticked > 0);
  }
  document.addEventListener("change", function (event) {
    if (event.target.getAttribute("form") === "compare-form") updateTray();
  });
  updateTray();

  form.addEventListener("change", function (event) {
    var target = event.target;
    if (target.form !== form) return; // e.g. the "select for comparison" boxes
    if (target.type === "checkbox" || target.name === "sort") {
      var page = form.querySelector("input[name=page]");
      if (page) page.remove();
      load(formUrl(), true);
    }
  });

  window.addEventListener("popstate", function () {
    load(window.location.href, false);
  });

  // Title suggestions for the search box, from the JSON endpoint, into its datalist.
  var input = document.getElementById("search-q");
  var list = document.getElementById("search-suggestions");
  var suggestUrl = form.getAttribute("data-suggest-url");
  var timer = null;
  if (input && list && suggestUrl) {
    input.addEventListener("input", function () {
      clearTimeout(timer);
      var typed = input.value.trim();
      if (typed.length < 2) return;
      timer = setTimeout(function () {
        fetch(suggestUrl + "?q=" + encodeURIComponent(typed))
          .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
          .then(function (data) {
            list.replaceChildren.apply(list, data.suggestions.map(function (item) {
              var option = document.createElement("option");
              option.value = item.title;
              return option;
            }));
          })
          .catch(function () {});
      }, 150);
    });
  }
})();
