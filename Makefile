# goc — Go-compatible runtime in C and a Go-to-C translator.
#
#   make            build runtime/libgocrt.a and bin/goc
#   make demo       build everything, translate and run examples/demo.go
#   make test       unit tests (Check, also under GC stress) and the conformance suite
#   make test-sanitize   the Check suites and the conformance suite under ASan + UBSan
#   make fuzz [FUZZ_SECONDS=N]   libFuzzer harnesses (maps, slices) against reference models
#   make fuzz-gen [FUZZ_GEN_SECONDS=N]   go test -fuzz over the translator (gen/fuzz)
#   make robustness [DIR=path]   goc build every conformance program (and every .go under DIR)
#   make soak / make faults      RSS soak tests; stack overflow, OOM, nil faults
#   make goldens    regenerate conformance goldens with the oracle Go 1.23
#   make stdpkgs    which of Go 1.23's standard packages goc builds (conformance/stdpkgs)
#   make deps       install missing system packages (libgc-dev, check, pkg-config)
#   make install PREFIX=/usr/local

CC       ?= cc
PREFIX   ?= /usr/local
GO       ?= go
WARN     := -Wall -Wextra -Werror
CSTD     := -std=c11 -D_GNU_SOURCE
OPT      ?= -O2 -g
GC_CFLAGS = $(shell pkg-config --cflags bdw-gc 2>/dev/null)
GC_LIBS   = $(shell pkg-config --libs bdw-gc 2>/dev/null || echo -lgc) -lpthread -lm -lffi
CHECK_CFLAGS = $(shell pkg-config --cflags check 2>/dev/null)
CHECK_LIBS   = $(shell pkg-config --libs check 2>/dev/null || echo -lcheck)
# GC-stress period used by `make test` for the second run of the Check suites.
GCSTRESS ?= 7

RT_SRCS  := $(wildcard runtime/*.c)
RT_HDRS  := $(wildcard runtime/*.h) $(wildcard include/*.h include/goc/*.h)
RT_OBJS  := $(RT_SRCS:runtime/%.c=build/rt/%.o)
ASAN_OBJS := $(RT_SRCS:runtime/%.c=build/asan/rt/%.o)
TEST_SRCS := $(filter-out tests/check_main.c,$(wildcard tests/check_*.c))
SANFLAGS := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined

.PHONY: all lib goc deps test check check-gcstress gen-test conformance fuzz soak faults \
	conformance-gcstress conformance-sanitize test-sanitize demo goldens \
	install clean bench bench-quick bench-buildtime fuzz-gen fuzz-gen-quick robustness stdpkgs stdpkgs-check

all: lib goc

lib: runtime/libgocrt.a runtime/goc_ldflags

# ---- dependencies ----------------------------------------------------------

deps:
	@sh .ci/deps.sh

# ---- runtime library ----------------------------------------------------------

# Absolute source paths: a traceback through the runtime names its file as gc
# names runtime/panic.go (the DWARF file name is the one given to cc).
build/rt/%.o: runtime/%.c $(RT_HDRS) | deps
	@mkdir -p $(@D)
	$(CC) $(CSTD) $(OPT) $(WARN) -fPIC $(GC_CFLAGS) -Iinclude -c $(CURDIR)/$< -o $@

runtime/libgocrt.a: $(RT_OBJS)
	rm -f $@
	ar rcs $@ $^

# How goc links programs: statically, as gc does, when this system can (a
# static binary maps no shared libc, libm or libgc: most of a small
# program's resident memory), and with LLVM's lld when it is installed (it
# links a static program in about 0.08 s of CPU where GNU ld takes 0.2;
# -z nostart-stop-gc keeps the goc_functab records that only
# __start_/__stop_ symbols reach). The probe links a program against every
# archive; the file holds the flags and libraries goc passes after
# libgocrt.a, or is empty, and goc then links dynamically (pkg-config's
# bdw-gc, libffi, and libdw loaded on demand). Programs built with
# -fsanitize always link dynamically. runtime/dwstatic.c says why libdw
# comes in this way.
LLD_FLAGS := -fuse-ld=lld -Wl,-z,nostart-stop-gc
STATIC_LIBS := -static -Wl,-u,goc_dwstatic $(shell pkg-config --static --libs bdw-gc 2>/dev/null || echo -lgc) \
	-lffi -ldw -lelf -lz -llzma -lbz2 -lpthread -lm
runtime/goc_ldflags: runtime/libgocrt.a
	@for f in '$(LLD_FLAGS) $(STATIC_LIBS)' '$(STATIC_LIBS)' ''; do \
	  if [ -z "$$f" ] || printf 'int main(void){return 0;}\n' | $(CC) -x c - -x none -o build/static-probe \
	      runtime/libgocrt.a $$f >/dev/null 2>&1; then echo "$$f" | tr -s ' ' > $@.tmp; break; fi; \
	done
	@rm -f build/static-probe; mv $@.tmp $@
	@echo "goc links programs $$(grep -q static $@ && echo statically || echo dynamically)$$(grep -q lld $@ && echo ' with lld') ($@)"

# ---- translator ----------------------------------------------------------------

goc: bin/goc

bin/goc: $(shell find gen -name '*.go' -o -name '*.go.txt' -o -name go.mod -o -name go.sum -o -type d -path 'gen/load/*' 2>/dev/null) runtime/libgocrt.a
	@mkdir -p bin
	cd gen && GOTOOLCHAIN=local GOFLAGS=-mod=mod $(GO) build -o ../bin/goc ./cmd/goc

# ---- tests ---------------------------------------------------------------------

build/suites.h: $(TEST_SRCS)
	@mkdir -p build
	@grep -ho 'Suite \*[a-z0-9_]*_suite(void)' $(TEST_SRCS) /dev/null | \
	  sed 's/Suite \*\(.*\)(void)/SUITE(\1)/' > $@.tmp && mv $@.tmp $@

build/check_runtime: tests/check_main.c $(TEST_SRCS) $(wildcard tests/*.h) build/suites.h runtime/libgocrt.a runtime/goc_text.ld
	$(CC) $(CSTD) $(OPT) $(WARN) $(GC_CFLAGS) $(CHECK_CFLAGS) -Iinclude -Iruntime -Ibuild \
	  tests/check_main.c $(TEST_SRCS) runtime/libgocrt.a -Wl,-T,runtime/goc_text.ld $(CHECK_LIBS) $(GC_LIBS) -ldw -o $@

check: build/check_runtime
	./build/check_runtime

check-gcstress: build/check_runtime
	GOC_GCSTRESS=$(GCSTRESS) ./build/check_runtime

# The translator's own tests: error paths (type errors, unsupported constructs,
# internal errors), emitted-C golden, end-to-end programs. The timeout is the
# go command's 10 minutes per package made 30: cmd/goc and fuzz compile many
# C programs and take longer than 10 minutes on a machine shared by several jobs.
gen-test: all
	cd gen && GOTOOLCHAIN=local GOFLAGS=-mod=mod $(GO) test -timeout 30m ./...

conformance: all
	python3 conformance/run

# Reliability (tests/fuzz, tests/soak, tests/faults, tests/sanitize; see tests/fuzz/README.md).
FUZZ_SECONDS ?= 30
fuzz: deps
	sh tests/fuzz/run.sh $(FUZZ_SECONDS)

soak: all
	sh tests/soak/run.sh --goc

faults: all
	sh tests/faults/run.sh

# Translator robustness (gen/fuzz, tests/robustness; see gen/README.md):
# FuzzTranslate feeds conformance programs, their syntax-tree mutants and
# byte-mutated inputs through the front end and the lowering; each must give
# positioned diagnostics or C that compiles and links. fuzz-gen-quick (part of
# make test) seeds every 40th conformance program (most import fmt, whose
# inputs each take a goc build) so the fuzzing proper starts within a minute
# or two. New crashers land in gen/fuzz/testdata/fuzz/FuzzTranslate/.
FUZZ_GEN_SECONDS ?= 600
FUZZ_GEN_PARALLEL ?= 2
FUZZ_GEN_SAMPLE ?= 1
fuzz-gen: all
	cd gen && GOC_FUZZ_SAMPLE=$(FUZZ_GEN_SAMPLE) GOTOOLCHAIN=local GOFLAGS=-mod=mod $(GO) test ./fuzz -run '^$$' -fuzz '^FuzzTranslate$$' \
	  -fuzztime $(FUZZ_GEN_SECONDS)s -parallel $(FUZZ_GEN_PARALLEL) -timeout 0

fuzz-gen-quick: all
	$(MAKE) fuzz-gen FUZZ_GEN_SECONDS=45 FUZZ_GEN_PARALLEL=2 FUZZ_GEN_SAMPLE=40

# goc build over every conformance program (and every .go file under DIR):
# counts built / unsupported / type errors / internal errors / C compile
# failures / timeouts; fails on any internal error or C compile failure.
ROBUSTNESS_J ?= 2
robustness: all
	python3 tests/robustness/run -j $(ROBUSTNESS_J) $(if $(DIR),--dir $(DIR))

# import _ "P" through goc for every importable package of Go 1.23's `go list std`
# (conformance/README.md): stdpkgs reports against the goal (exit 1 until every
# package builds but plugin, cgo, race/msan/asan);
# stdpkgs-check (part of make test) fails only when a package not listed in
# conformance/stdpkgs.txt stops building.
stdpkgs: all
	python3 conformance/stdpkgs -j 2

stdpkgs-check: all
	python3 conformance/stdpkgs -j 2 --expect conformance/stdpkgs.txt

conformance-gcstress: all
	GOC_GCSTRESS=50 python3 conformance/run

conformance-sanitize: all
	sh tests/sanitize/conformance.sh

# Each step of make test ends with a line "make test: <step>: N s (total M s)":
# the CI runs make test on a clean clone (empty goc cache) within 20 minutes.
TEST_T0 := $(shell date +%s)
timed = t=$$(date +%s); $(1); rc=$$?; now=$$(date +%s); \
	echo "make test: $(2): $$((now - t)) s (total $$((now - $(TEST_T0))) s)"; exit $$rc

test: deps
	@$(call timed,$(MAKE) check,check)
	@$(call timed,$(MAKE) check-gcstress,check-gcstress)
	@$(call timed,$(MAKE) gen-test,gen-test)
	@$(call timed,$(MAKE) fuzz FUZZ_SECONDS=60,fuzz)
	@$(call timed,GOC_GCSTRESS=50 $(MAKE) fuzz FUZZ_SECONDS=30,fuzz under GC stress)
	@$(call timed,$(MAKE) fuzz-gen-quick,fuzz-gen-quick)
	@$(call timed,$(MAKE) bench-quick,bench-quick)
	@$(call timed,$(MAKE) conformance,conformance)
	@$(call timed,$(MAKE) stdpkgs-check,stdpkgs-check)

# ---- sanitizers ----------------------------------------------------------------

build/asan/rt/%.o: runtime/%.c $(RT_HDRS) | deps
	@mkdir -p $(@D)
	$(CC) $(CSTD) -O1 -g $(WARN) $(SANFLAGS) $(GC_CFLAGS) -Iinclude -c $(CURDIR)/$< -o $@

build/asan/libgocrt.a: $(ASAN_OBJS)
	rm -f $@
	ar rcs $@ $^

build/asan/check_runtime: tests/check_main.c $(TEST_SRCS) $(wildcard tests/*.h) build/suites.h build/asan/libgocrt.a runtime/goc_text.ld
	$(CC) $(CSTD) -O1 -g $(WARN) $(SANFLAGS) $(GC_CFLAGS) $(CHECK_CFLAGS) -Iinclude -Iruntime -Ibuild \
	  tests/check_main.c $(TEST_SRCS) build/asan/libgocrt.a -Wl,-T,runtime/goc_text.ld $(CHECK_LIBS) $(GC_LIBS) -ldw -o $@

# Boehm scans the stack conservatively: ASan's fake stacks (detect_stack_use_after_return)
# would hide pointers from it, so they stay off.
test-sanitize: deps build/asan/check_runtime
	ASAN_OPTIONS=detect_leaks=0:detect_stack_use_after_return=0 UBSAN_OPTIONS=print_stacktrace=1 \
	  ./build/asan/check_runtime
	$(MAKE) conformance-sanitize

# ---- demo, goldens, install ----------------------------------------------------

# Benchmarks against native Go (bench/README.md): the full run writes
# bench/results.md and bench/results.png; the quick mode builds every benchmark
# with every toolchain and checks that their checksums agree.
bench: all
	python3 bench/run

bench-quick: all
	python3 bench/run --quick

# Build time of goc against go build, cold, no-op and after a one-line edit
# (bench/buildtime): writes the Build time section of bench/results.md.
bench-buildtime: all
	python3 bench/buildtime

demo: deps all
	@sh examples/demo.sh

goldens:
	conformance/goldens

install: all
	install -d $(DESTDIR)$(PREFIX)/include/goc $(DESTDIR)$(PREFIX)/lib/pkgconfig $(DESTDIR)$(PREFIX)/bin
	install -m 644 include/goc.h $(DESTDIR)$(PREFIX)/include/
	install -m 644 include/goc/*.h $(DESTDIR)$(PREFIX)/include/goc/
	install -m 644 runtime/libgocrt.a runtime/goc_text.ld runtime/goc_ldflags $(DESTDIR)$(PREFIX)/lib/
	sed -e 's|@PREFIX@|$(PREFIX)|' goc-runtime.pc.in > $(DESTDIR)$(PREFIX)/lib/pkgconfig/goc-runtime.pc
	install -m 755 bin/goc $(DESTDIR)$(PREFIX)/bin/

clean:
	rm -rf build bin runtime/libgocrt.a runtime/goc_ldflags
