# The two commands of the README:
#   make site   builds the sample site into public/
#   make test   runs every test: unit and golden tests, the end-to-end checks of the built site, then
#               each fuzz target for 60 s
.PHONY: site test unit e2e fuzz golden bench-search deps-build deps-test

site: deps-build
	swift build --product portal
	.build/debug/portal build

test: unit e2e fuzz

unit: deps-build
	swift build
	swift test
	swift test --package-path vendor/swift-mustache
	@if command -v node >/dev/null; then node --test Tests/search-folding.test.js; \
	else echo "node not found: the search page's folding rules are checked in Chromium by make e2e" >&2; fi

# The release binary, the one users run: the killed-builds test builds a city-size site 50 times.
e2e: deps-test
	swift build -c release --product portal
	scripts/e2e.sh

# libFuzzer with ASan on the loaders, Markdown, slugs and collation; fuzz/README.md says more.
fuzz:
	scripts/fuzz.sh 60

# Rewrites Tests/Golden/ from the sample site: review the diff like code before committing.
golden: deps-build
	swift build --product portal
	scripts/update-golden.sh

# Index size, bytes loaded and query time for the sample site and 10,000 stories + 50,000 awards.
bench-search: deps-test
	swift build -c release --product portal
	bench/search/run.sh

deps-build:
	scripts/install-deps.sh build

deps-test:
	scripts/install-deps.sh test
