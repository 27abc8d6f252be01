# AI Camps: build, run, test and package. `make run` and `make test` are all a
# new contributor needs; `make deps` installs the Debian packages they use.
SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := build
export LANG ?= en_US.UTF-8

GO ?= go
PKG := github.com/aicamps/aicamps
BIN := bin/aicamps
# The version is FyneApp.toml's plus the commit, when git knows it.
BASE_VERSION := $(shell sed -n 's/^Version *= *"\(.*\)"/\1/p' FyneApp.toml)
COMMIT := $(shell git rev-parse --short HEAD 2>/dev/null)
VERSION ?= $(BASE_VERSION)$(if $(COMMIT),+$(COMMIT))
LDFLAGS := -X $(PKG)/app.Version=$(VERSION)

# Debian packages: cgo + GL/X headers for Fyne, and what the end-to-end test drives.
DEBS := gcc libc6-dev pkg-config libgl1-mesa-dev libgl1-mesa-dri xorg-dev xvfb xauth x11-xkb-utils xkb-data xdotool imagemagick librsvg2-bin strace poppler-utils libxml2-utils libreoffice-impress xclip fonts-wqy-microhei libreoffice-calc
# The real clients the interop tests open our files with: networkx (GEXF,
# GraphML), Chromium (TimelineJS3); node and npm come from Debian unless
# already on PATH (a NodeSource node brings its own npm).
DEBS += python3-networkx chromium
# npm packages of the interop tests (graphology-gexf, TimelineJS3), pinned
# by their package-lock.json, installed into the git-ignored node_modules.
NPM_DIR := interop/testdata
DEBS_PACKAGE := xz-utils file
DEBS_WINDOWS := gcc-mingw-w64-x86-64 binutils-mingw-w64-x86-64 file

# The Fyne packaging tool, pinned. It runs as its own module (go run
# pkg@version) because requiring fyne.io/tools v1.7.4 in go.mod would lift
# the app's Fyne from v2.7.1 to v2.8.
FYNE := $(GO) run fyne.io/tools/cmd/fyne@v1.7.4
DIST := dist
RELEASE_LDFLAGS := -s -w $(LDFLAGS)

.PHONY: deps go build run test vet unit e2e bench fuzz soak screenshots slides-shots workbook-look look font package package-windows clean

go:
	@command -v $(GO) >/dev/null || { echo "go is not on PATH: install Go 1.26 or newer (https://go.dev/dl/) and add its bin/ to PATH" >&2; exit 1; }

deps: go
	@.ci/debs $(DEBS)
	@command -v npm >/dev/null 2>&1 || .ci/debs nodejs npm
	@if [ ! -f $(NPM_DIR)/node_modules/.package-lock.json ] || [ $(NPM_DIR)/package-lock.json -nt $(NPM_DIR)/node_modules/.package-lock.json ]; then \
		echo "deps: npm ci in $(NPM_DIR)"; \
		npm ci --prefix $(NPM_DIR) --no-audit --no-fund --ignore-scripts --loglevel=error; \
	fi

build: go
	CGO_ENABLED=1 $(GO) build -ldflags "$(LDFLAGS)" -o $(BIN) .

run: deps build
	./$(BIN)

vet: go
	$(GO) vet ./...
	$(GO) vet -tags e2e ./e2e/

unit: go
	$(GO) test ./...

# The end-to-end smoke drives the real binary under its own Xvfb (Linux only).
e2e: build
	@if [ "$$(uname -s)" != Linux ]; then echo "e2e: skipped, it needs Xvfb, xdotool and ImageMagick (Linux)"; exit 0; fi; \
	AICAMPS_BIN="$(CURDIR)/$(BIN)" $(GO) test -tags e2e -count=1 -v ./e2e/

test: deps vet unit e2e

# bench: start-up and memory of the window against a one-label Fyne program
# (tools/baseline, same flags), exports against plain go-chart, redraws and
# scaling; medians, written to docs/BENCHMARKS.md (tools/bench). About 5
# minutes on 2 cores. The counts below trade time for steadier medians.
BENCH_RUNS ?= 11
BENCH_COUNT ?= 5
BENCH_CLI_RUNS ?= 3
BENCH_INTER_RUNS ?= 9
BENCH_SCALE_RUNS ?= 3
BENCH_OUT ?= docs/BENCHMARKS.md
BASELINE_BIN := bin/baseline
bench: deps build
	CGO_ENABLED=1 $(GO) build -ldflags "$(LDFLAGS)" -o $(BASELINE_BIN) ./tools/baseline
	CGO_ENABLED=1 $(GO) build -trimpath -ldflags "$(RELEASE_LDFLAGS)" -o bin/aicamps-release .
	CGO_ENABLED=1 $(GO) build -trimpath -ldflags "$(RELEASE_LDFLAGS)" -o bin/baseline-release ./tools/baseline
	$(GO) build -o bin/bench ./tools/bench
	./bin/bench -go "$(GO)" -app $(BIN) -baseline $(BASELINE_BIN) -out $(BENCH_OUT) \
		-runs $(BENCH_RUNS) -count $(BENCH_COUNT) -cli-runs $(BENCH_CLI_RUNS) \
		-inter-runs $(BENCH_INTER_RUNS) -scale-runs $(BENCH_SCALE_RUNS)

# Runs each fuzz target that exists; those not written yet are skipped.
FUZZTIME ?= 60s
# Go's minimizer tries O(n^2) cuts of each new input (golang/go#48820): on our
# kilobyte-sized files it takes its whole default 60 s, during which the
# worker reports nothing and finds nothing. A few seconds keep it useful.
FUZZMINIMIZE ?= 3s
FUZZ_TARGETS := ./data:FuzzLoad ./data:FuzzParseGeneric ./views/export:FuzzParseSize ./views/canvas/raster:FuzzEncodePNG ./app:FuzzParseExport ./data/sheet:FuzzLoad
fuzz: go
	@for t in $(FUZZ_TARGETS); do \
		pkg=$${t%%:*}; fn=$${t##*:}; \
		list=$$($(GO) test $$pkg -list "^$$fn\$$"); \
		if grep -qx "$$fn" <<<"$$list"; then \
			echo "fuzz: $$pkg $$fn for $(FUZZTIME)"; \
			$(GO) test $$pkg -run '^$$' -fuzz "^$$fn\$$" -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE); \
		else \
			echo "fuzz: $$pkg has no $$fn yet, skipped"; \
		fi; \
	done

# look: every view of the bundled data as PNG, SVG and PDF, both languages,
# with the three side by side as librsvg and poppler draw them (look/), for a
# person to open; look/network, timeline, charts, widgets and interop hold the
# fixtures, synthetic big data, gestures, the widgets and TimelineJS3's page.
look: deps
	$(GO) run ./tools/look -out look

# screenshots: docs/screenshots/, every view in English and Chinese (Linux).
# font: the GUI's font, the bundled one cut down to Latin, punctuation,
# GB2312's 3,755 common characters and the characters of the bundled data
# and translations (tools/fontsubset, a module of its own). Run it when those texts gain a rarer character:
# TestUIFontCoversTheApp in app/ says when.
font: go
	cd tools/fontsubset && $(GO) run . ../../assets/fonts/wqy-microhei.ttf ../../assets/fonts/wqy-microhei-ui.ttf \
		../../assets/data/camps.json $(addprefix ../../,$(wildcard assets/translations/*.json))

screenshots: deps build
	AICAMPS_BIN=$(BIN) tools/screenshots.sh

# workbook-look: the bundled workbook as LibreOffice Calc renders it, every
# page as a PNG to look at, and docs/workbook.png for the README.
workbook-look: deps build
	AICAMPS_BIN=$(BIN) tools/workbook-look.sh

# The soak: seeded random input to the real window under its own 2560×1440
# Xvfb for SOAK_DURATION (5m by default; make soak SOAK_DURATION=2m, SOAK_SEED=N).
soak: build
	@if [ "$$(uname -s)" != Linux ]; then echo "soak: skipped, it needs Xvfb, xdotool and ImageMagick (Linux)"; exit 0; fi; \
	AICAMPS_BIN="$(CURDIR)/$(BIN)" SOAK_DURATION="$(or $(SOAK_DURATION),5m)" \
		$(GO) test -tags soak -count=1 -timeout 0 -v -run '^TestSoak$$' ./e2e/

# package: dist/aicamps-VERSION-linux-amd64.tar.xz with the stripped binary,
# the .desktop file, the icon and an install Makefile, made by fyne package in
# a staging folder so that it does not bump FyneApp.toml's build number.
LINUX_TAR := $(DIST)/aicamps-$(VERSION)-linux-amd64.tar.xz
package: go
	@.ci/debs $(DEBS_PACKAGE)
	rm -rf $(DIST)/stage && mkdir -p $(DIST)/stage/assets
	CGO_ENABLED=1 $(GO) build -trimpath -ldflags "$(RELEASE_LDFLAGS)" -o $(DIST)/stage/aicamps .
	cp FyneApp.toml $(DIST)/stage/ && cp assets/icon.png $(DIST)/stage/assets/
	@# fyne package wants Go code beside FyneApp.toml even when given --exe.
	printf 'package main\n\nfunc main() {}\n' >$(DIST)/stage/main.go
	cd $(DIST)/stage && $(FYNE) package --os linux --exe aicamps --release
	mv "$(DIST)/stage/AI Camps.tar.xz" $(LINUX_TAR)
	rm -rf $(DIST)/stage
	@listing=$$(tar tJf $(LINUX_TAR)); \
	for f in usr/local/bin/aicamps usr/local/share/applications/io.github.aicamps.desktop usr/local/share/pixmaps/io.github.aicamps.png Makefile; do \
		grep -q "$$f\$$" <<<"$$listing" || { echo "package: $(LINUX_TAR) lacks $$f" >&2; exit 1; }; \
	done
	@echo "package: $(LINUX_TAR) ($$(du -h $(LINUX_TAR) | cut -f1)); binary $$(tar xJOf $(LINUX_TAR) aicamps/usr/local/bin/aicamps | wc -c) bytes stripped"

# package-windows: dist/aicamps.exe, cross-compiled with MinGW-w64 by fyne
# package, so the PE32+ GUI executable carries the icon, a manifest and version
# information. It builds a staged copy of the source: fyne package bumps
# FyneApp.toml's build number and writes its resource file beside main.go.
WIN_EXE := $(DIST)/aicamps.exe
WIN_STAGE := $(DIST)/stage-windows
FYNE_BIN := $(CURDIR)/$(DIST)/tools/fyne
package-windows: go
	@.ci/debs $(DEBS_WINDOWS)
	rm -rf $(WIN_STAGE) && mkdir -p $(WIN_STAGE)
	cp -r main.go app views data assets go.mod go.sum FyneApp.toml $(WIN_STAGE)/
	sed -i 's/^var Version = ".*"/var Version = "$(VERSION)"/' $(WIN_STAGE)/app/cli.go
	GOBIN=$(dir $(FYNE_BIN)) $(GO) install fyne.io/tools/cmd/fyne@v1.7.4
	cd $(WIN_STAGE) && CGO_ENABLED=1 CC=x86_64-w64-mingw32-gcc $(FYNE_BIN) package --os windows --release
	mv "$(WIN_STAGE)/AI Camps.exe" $(WIN_EXE) && rm -rf $(WIN_STAGE)
	@file $(WIN_EXE) | tee /dev/stderr | grep -q 'PE32+ executable (GUI) x86-64' || { echo "package-windows: $(WIN_EXE) is not a PE32+ GUI executable" >&2; exit 1; }
	@# Resource types 14 (group icon) and 16 (version information).
	@res=$$(x86_64-w64-mingw32-objdump -p $(WIN_EXE)); \
	for id in 0x00000e 0x000010; do grep -q "Entry: ID: $$id," <<<"$$res" || { echo "package-windows: $(WIN_EXE) lacks resource type $$id (icon or version)" >&2; exit 1; }; done
	@echo "package-windows: $(WIN_EXE) ($$(du -h $(WIN_EXE) | cut -f1)) with icon and version information"

clean:
	rm -rf bin dist

# slides-shots: the README's Slides pictures, for a person to look at: a deck's
# notes page as LibreOffice Impress renders it, and a frame of the replay GIF.
slides-shots: build
	@d=$$(mktemp -d); trap 'rm -rf "$$d"' EXIT; \
	./$(BIN) export -o "$$d/deck.pptx" deal-values >/dev/null; \
	soffice -env:UserInstallation=file://$$d/lo --headless --convert-to 'pdf:impress_pdf_Export:{"ExportNotesPages":{"type":"boolean","value":"true"}}' --outdir "$$d" "$$d/deck.pptx" >/dev/null; \
	pdftoppm -png -r 60 -f 2 -l 2 -singlefile "$$d/deck.pdf" docs/slides-deck; \
	./$(BIN) export --replay --size 1280x720 -o "$$d/story.gif" network >/dev/null; \
	convert "$$d/story.gif" -coalesce "$$d/frame-%02d.png"; \
	cp "$$d/frame-06.png" docs/slides-replay.png; \
	ls -l docs/slides-deck.png docs/slides-replay.png
