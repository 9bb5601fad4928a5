"""Watching export folders and ingesting what arrives: no Qt here.

``WatchService`` (service.py) ties together the event handler (events.py), the
close-aware debounce (debounce.py), the observer supervisor (observer.py), the
start-up/periodic reconciliation against the store's ledger (reconcile.py), the
ingest queue (queue.py) and the isolated ingest worker (isolate.py, worker.py).
"""
