"""`python -m danvan_desktop` opens the desk, like `danvan-desktop`."""

import sys

from danvan_desktop.gui.app import main

if __name__ == "__main__":
    sys.exit(main())
