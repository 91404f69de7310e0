"""The data files the program reads at run time: ``keymap.json`` (the default keys) and
``i18n/*.qm`` (the interface translations). A package so that they are installed with the
code as package data (see pyproject.toml) and found with :mod:`importlib.resources`,
wherever the code runs from. The screenshots and the ``.ts`` catalogue are for the README
and for translators; they are not installed.
"""
