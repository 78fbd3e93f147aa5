"""Everything that writes a page: single-date map, timeline, compare, static PNG/SVG, method.

Each page writer is a module here; the pages' JavaScript and CSS are real ``.js``/``.css``
files in ``mapper/pages/static/``, read with :mod:`importlib.resources` and inlined at build
(:mod:`mapper.pages._static`), so a page opens offline as one file.
"""
