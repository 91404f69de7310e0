"""Pausing the cyclic garbage collector while a big document or corpus is built.

Building a million-row page allocates millions of lists, dicts and tuples, none of which
becomes cyclic garbage; the collector would scan them all again at every full collection
(over a second on a million-line page). Reference counting still frees everything.
"""
import gc
from contextlib import contextmanager


@contextmanager
def gc_paused():
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
