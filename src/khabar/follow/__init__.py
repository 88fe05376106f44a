"""Following outlets: fetch feeds, news sitemaps and pages politely, and ingest what is new.

``fetch`` is the polite HTTP client (robots.txt, per-host rate limit and concurrency cap,
conditional GET, Retry-After, size cap, bounded redirects, http(s) only); ``discover`` reads
links out of feeds, sitemaps and home pages; ``state`` is the seen-URL table and the spool of
fetched responses that makes a killed follower resume; ``cycle`` runs one round of all of it and
hands the responses to the ordinary ingest as a WARC file.
"""
