# tests/fuzz/fuzz.mk — builds the libFuzzer harnesses (called by tests/fuzz/run.sh;
# run from the repository root: make -f tests/fuzz/fuzz.mk).
#
# The runtime is compiled again with clang, coverage instrumentation
# (-fsanitize=fuzzer-no-link) and the same sanitizers as the harnesses
# (ASan + UBSan), into build/fuzz/rt/. The harnesses link those objects,
# Boehm (uninstrumented, from the system), libdw (the objects include
# runtime/dwstatic.c's table of its functions) and libFuzzer's main.
FUZZ_CC  ?= clang
FUZZ_SAN := -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
FUZZ_CFLAGS := -std=c11 -D_GNU_SOURCE -O1 -g $(FUZZ_SAN) $(shell pkg-config --cflags bdw-gc 2>/dev/null)
FUZZ_LIBS := $(shell pkg-config --libs bdw-gc 2>/dev/null || echo -lgc) -lpthread -lm -lffi -ldw

FUZZ_RT_SRCS := $(wildcard runtime/*.c)
FUZZ_RT_HDRS := $(wildcard runtime/*.h include/*.h include/goc/*.h)
FUZZ_RT_OBJS := $(FUZZ_RT_SRCS:runtime/%.c=build/fuzz/rt/%.o)
FUZZ_BINS := build/fuzz/fuzz_map build/fuzz/fuzz_slice

all: $(FUZZ_BINS)

# Runtime sources are not ours to fix for clang-only warnings: no -Werror here.
build/fuzz/rt/%.o: runtime/%.c $(FUZZ_RT_HDRS)
	@mkdir -p $(@D)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -w -Iinclude -c $< -o $@

build/fuzz/%: tests/fuzz/%.c $(FUZZ_RT_OBJS)
	@mkdir -p $(@D)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer -Wall -Wextra -Werror -Iinclude -Iruntime \
	  $< $(FUZZ_RT_OBJS) $(FUZZ_LIBS) -o $@

.PHONY: all
.SECONDARY: $(FUZZ_RT_OBJS)
