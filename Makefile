# The two commands of the README: `make site` builds the portal into Public/, `make test` runs every test.
SWIFT ?= swift

.PHONY: site test bench bench-serve deps clean

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

# One page saved again and again in `faro serve` on the 10,000-page corpus: the incremental rebuild.
bench-serve:
	@Scripts/install-deps.sh --bench
	Scripts/bench-serve.sh

clean:
	rm -rf .build Public
