.PHONY: run test setup bench
run:        ## set up, ingest corpus/, start a session
	scripts/run
test:       ## set up, run the tests
	scripts/test
setup:
	scripts/setup
bench:      ## the benchmarks (minutes; not part of CI)
	.venv/bin/python benchmarks/ingest.py && .venv/bin/python benchmarks/ask.py
