/*
 * goc.h — the public C ABI of the goc runtime.
 *
 * Generated code (goc's translator or any other) includes this one header and
 * links runtime/libgocrt.a with -lgc -lpthread -lm. Each concern has its own
 * header under goc/; none of them depends on a private runtime header.
 *
 * Conventions: every exported symbol is goc_ + the name of its twin in Go's
 * runtime (goc_growslice ~ runtime.growslice), so grep finds both sides.
 * Go 1.23 is the release whose behaviour is mirrored.
 */
#ifndef GOC_H
#define GOC_H

#include "goc/types.h"
#include "goc/malloc.h"
#include "goc/hash.h"
#include "goc/string.h"
#include "goc/slice.h"
#include "goc/map.h"
#include "goc/iface.h"
#include "goc/panic.h"
#include "goc/print.h"
#include "goc/runtime.h"
#include "goc/chan.h"
#include "goc/sched.h"
#include "goc/sync.h"
#include "goc/mstats.h"
#include "goc/intrin.h"
#include "goc/bytealg.h"
#include "goc/symtab.h"

#endif
