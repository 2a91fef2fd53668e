"""`python -m arnews`: the command line."""

from .cli import main

raise SystemExit(main())
