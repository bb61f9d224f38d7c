# The two commands of the README:
#   make site   builds the sample site into public/
#   make test   runs every test: unit and golden tests, then the end-to-end checks of the built site
.PHONY: site test unit e2e golden deps-build deps-test

site: deps-build
	swift build --product portal
	.build/debug/portal build

test: unit e2e

unit: deps-build
	swift build
	swift test

e2e: deps-test
	swift build --product portal
	scripts/e2e.sh

# Rewrites Tests/Golden/ from the sample site: review the diff like code before committing.
golden: deps-build
	swift build --product portal
	scripts/update-golden.sh

deps-build:
	scripts/install-deps.sh build

deps-test:
	scripts/install-deps.sh test
