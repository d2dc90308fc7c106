"""The bundle's entry point: PyInstaller freezes this script as `danvan-desktop`."""

import sys

from danvan_desktop.gui.app import main

if __name__ == "__main__":
    sys.exit(main())
