from afterview.cli.app import run

run()
