"""Pausing the cyclic garbage collector while a big document or corpus is built.

Building a million-row page allocates millions of lists, dicts and tuples, none of which
becomes cyclic garbage; the collector would scan them all again at every full collection
(over a second on a million-line page). Reference counting still frees everything.

The pause alone only defers the first scan: everything built during it is still in the
youngest generation, which the next collection walks (50 ms after a 500k-line half). In a
command-line run (:func:`batch_run`) what a pause built is frozen instead, out of every
collection's reach. Not in the window: a document it closes is freed by the collector
(it holds a reference cycle, app.suggest.watch), which must be able to see it.
"""
import gc
from contextlib import contextmanager

_FREEZE = False


@contextmanager
def gc_paused():
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if _FREEZE:
            gc.freeze()
        if was_enabled:
            gc.enable()


@contextmanager
def batch_run():
    """A command-line run: objects built under :func:`gc_paused` are frozen; thawed (to
    the oldest generation) when the run ends, should the process go on."""
    global _FREEZE
    before, _FREEZE = _FREEZE, True
    try:
        yield
    finally:
        _FREEZE = before
        if not before:
            gc.unfreeze()
