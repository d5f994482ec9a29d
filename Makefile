# The two commands of the README: `make site` builds the portal into Public/, `make test` runs every test.
SWIFT ?= swift

.PHONY: site test bench deps clean

site:
	@Scripts/install-deps.sh
	$(SWIFT) build -c release --product faro
	.build/release/faro build --content Content --output Public

test:
	@Scripts/install-deps.sh --test
	$(SWIFT) test

bench:
	@Scripts/install-deps.sh --bench
	Scripts/bench.sh

clean:
	rm -rf .build Public
