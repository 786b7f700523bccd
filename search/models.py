# The search engine (issue 3) lives in this app; it has no models yet.
