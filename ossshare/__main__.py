from ossshare.cli.main import entry

entry()
