import os
import sys

from .cli import BATCH_COMMANDS, main

code = main()
if sys.argv[1:2] and sys.argv[1] in BATCH_COMMANDS:
    # every file is written and closed: leave without freeing the page's objects one by
    # one (the window keeps the normal exit, which lets Qt save its settings)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
sys.exit(code)
