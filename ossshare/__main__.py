import sys

from ossshare.cli.main import main

sys.exit(main())
