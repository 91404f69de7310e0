import os
import sys

from .cli import main

code = main()
if sys.argv[1:2] in (["reflow"], ["export"]):
    # every file is written and closed: leave without freeing the page's objects one by
    # one (the window keeps the normal exit, which lets Qt save its settings)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
sys.exit(code)
