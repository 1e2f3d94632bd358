# Labo: `make serve` to run the app, `make test` to check everything.
# Both install what is missing first (scripts/setup.sh), then are fast.
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)

.PHONY: serve test build bench setup setup-test single-file clean

serve: setup
	trunk serve --release

build: setup
	trunk build --release

test: setup-test
	scripts/test.sh

bench: setup-test
	scripts/bench.sh

setup:
	@scripts/setup.sh build

setup-test:
	@scripts/setup.sh test

clean:
	cargo clean
	rm -rf dist dist-single test-results
