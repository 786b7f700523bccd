"""Open data's places in the shared templates, named here so that no other app's template
names opendata (docs/architecture.md, "Which way dependencies point"): the linked data
(JSON-LD, OpenGraph) in every page's head, and "Download the results (CSV)" beside the
catalogue's result count."""


def open_data(request):
    return {
        "linked_data_template": "opendata/includes/linked_data.html",
        "results_download_template": "opendata/includes/results_download.html",
    }
