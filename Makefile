# Labo: `make serve` to run the app, `make test` to check everything.
# Both install what is missing first (scripts/setup.sh), then are fast.
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)

.PHONY: serve test build bench screenshots setup setup-test single-file clean

# Builds every page, then serves dist/ as a static web server would.
serve: setup
	scripts/build.sh
	@exec node scripts/serve.mjs dist 8080

build: setup
	scripts/build.sh

test: setup-test
	scripts/test.sh

bench: setup-test
	scripts/bench.sh

# docs/screenshots/*.png shown in the README, taken from the release build.
screenshots: setup-test
	scripts/build.sh
	node scripts/screenshots.mjs docs/screenshots

# dist-single/labo.html: the whole app in one file that runs from disk.
single-file: setup
	scripts/single-file.sh

setup:
	@scripts/setup.sh build

setup-test:
	@scripts/setup.sh test

clean:
	cargo clean
	rm -rf dist dist-single test-results
