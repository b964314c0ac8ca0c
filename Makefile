# Quick start:
#   make serve   dev server with live reload on http://127.0.0.1:8080
#   make test    every test suite (native, wasm in Chromium, release build, e2e) + summary
# Both first run scripts/setup.sh, which installs whatever is missing (the first
# run on a fresh 2-core machine takes ~18 min, later runs about a second).

SHELL := /bin/bash

.DEFAULT_GOAL := help
.PHONY: help setup serve test test-native test-wasm test-e2e build clean

help:
	@echo "make serve        dev server on http://127.0.0.1:8080 (PORT=9000 make serve to change)"
	@echo "make test         all tests: cargo test, wasm tests in Chromium, trunk build --release, e2e"
	@echo "make test-native  cargo test: tests/native, tests/seeds, tests/fuzz, unit and doc tests"
	@echo "make test-wasm    tests/wasm (cargo test --test wasm) in headless Chromium only"
	@echo "make test-e2e     trunk build --release, then the end-to-end tests"
	@echo "make build        trunk build --release -> dist/"
	@echo "make setup        install the tools (idempotent)"
	@echo "make clean        remove dist/ and cargo's target directory"

setup:
	@bash scripts/setup.sh

serve: setup
	@bash scripts/serve.sh

test: setup
	@bash scripts/test.sh

test-native: setup
	@bash scripts/test.sh native

test-wasm: setup
	@bash scripts/test.sh wasm

test-e2e: setup
	@bash scripts/test.sh build e2e

build: setup
	@source scripts/env.sh && trunk build --release

clean:
	rm -rf dist
	cargo clean

# Performance benchmark (bench/README.md): builds dist/ and a bench build with
# synthetic 1,000/10,000-row matrices, measures sizes, load, search and memory
# against a plain HTML+JS baseline, prints PASS/OVER budgets. Exit 0 unless
# BENCH_ARGS=--strict and a budget is over. BENCH_ARGS="--runs 20", "--no-build".
.PHONY: bench
bench: setup
	@bash scripts/bench.sh $(BENCH_ARGS)
