//go:build goc

// This file replaces package runtime's profiling API (Go: runtime/mprof.go,
// cpuprof.go, symtab.go's hooks for runtime/pprof): goc's allocator,
// scheduler and locks take no profiling samples, so every profile has no
// records, whatever the rates say; the rates are kept and read back as gc
// does. The goroutine profile is the exception: it counts every goroutine.
package runtime

import (
	"internal/profilerecord"
	"unsafe"
)

// A StackRecord describes a single execution stack.
type StackRecord struct {
	Stack0 [32]uintptr // stack trace for this record; ends at first 0 entry
}

// Stack returns the stack trace associated with the record, a prefix of
// r.Stack0.
func (r *StackRecord) Stack() []uintptr {
	for i, v := range r.Stack0 {
		if v == 0 {
			return r.Stack0[0:i]
		}
	}
	return r.Stack0[0:]
}

// MemProfileRate controls the fraction of memory allocations that are
// recorded and reported in the memory profile (gc's default; goc records
// none).
var MemProfileRate int = 512 * 1024

// A MemProfileRecord describes the live objects allocated by a particular
// call sequence (stack trace).
type MemProfileRecord struct {
	AllocBytes, FreeBytes     int64       // number of bytes allocated, freed
	AllocObjects, FreeObjects int64       // number of objects allocated, freed
	Stack0                    [32]uintptr // stack trace for this record; ends at first 0 entry
}

// InUseBytes returns the number of bytes in use (AllocBytes - FreeBytes).
func (r *MemProfileRecord) InUseBytes() int64 { return r.AllocBytes - r.FreeBytes }

// InUseObjects returns the number of objects in use (AllocObjects - FreeObjects).
func (r *MemProfileRecord) InUseObjects() int64 {
	return r.AllocObjects - r.FreeObjects
}

// Stack returns the stack trace associated with the record, a prefix of
// r.Stack0.
func (r *MemProfileRecord) Stack() []uintptr {
	for i, v := range r.Stack0 {
		if v == 0 {
			return r.Stack0[0:i]
		}
	}
	return r.Stack0[0:]
}

// MemProfile returns n, the number of records in the current memory
// profile: 0, as goc samples no allocations.
func MemProfile(p []MemProfileRecord, inuseZero bool) (n int, ok bool) {
	return 0, true
}

// BlockProfileRecord describes blocking events originated at a particular
// call sequence (stack trace).
type BlockProfileRecord struct {
	Count  int64
	Cycles int64
	StackRecord
}

// blockprofilerate and mutexprofilerate are the rates last set.
var blockprofilerate, mutexprofilerate int

// SetBlockProfileRate controls the fraction of goroutine blocking events
// that are reported in the blocking profile (rate <= 0: none).
func SetBlockProfileRate(rate int) {
	if rate < 0 {
		rate = 0
	}
	blockprofilerate = rate
}

// BlockProfile returns n, the number of records in the current blocking
// profile: 0, as goc samples no blocking events.
func BlockProfile(p []BlockProfileRecord) (n int, ok bool) {
	return 0, true
}

// SetMutexProfileFraction controls the fraction of mutex contention events
// that are reported in the mutex profile and returns the previous rate;
// rate < 0 only reads it.
func SetMutexProfileFraction(rate int) int {
	if rate < 0 {
		return mutexprofilerate
	}
	old := mutexprofilerate
	mutexprofilerate = rate
	return old
}

// MutexProfile returns n, the number of records in the current mutex
// profile: 0, as goc samples no contention.
func MutexProfile(p []BlockProfileRecord) (n int, ok bool) {
	return 0, true
}

// ThreadCreateProfile returns n, the number of records in the thread
// creation profile: 0, as goc records no thread creations.
func ThreadCreateProfile(p []StackRecord) (n int, ok bool) {
	return 0, true
}

// SetCPUProfileRate sets the CPU profiling rate to hz samples per second
// (hz <= 0 turns profiling off); while a profile is on or not yet read to
// its end, a new rate prints gc's message and changes nothing. goc takes no
// samples (runtime/cpuprof.c).
func SetCPUProfileRate(hz int)

// GoroutineProfile returns n, the number of records in the active goroutine
// stack profile: one per goroutine. The caller's record holds its stack;
// goc cannot walk other goroutines' stacks into pcs, so theirs are empty.
// If len(p) >= n, GoroutineProfile copies the profile into p and returns
// n, true; else it leaves p alone and returns n, false.
func GoroutineProfile(p []StackRecord) (n int, ok bool) {
	n = NumGoroutine()
	if len(p) < n {
		return n, false
	}
	for i := range p[:n] {
		p[i] = StackRecord{}
	}
	callers(1, p[0].Stack0[:])
	return n, true
}

// runtime/pprof's hooks (Go pushes them with //go:linkname from its
// runtime, as here).

//go:linkname pprof_goroutineProfileWithLabels
func pprof_goroutineProfileWithLabels(p []profilerecord.StackRecord, labels []unsafe.Pointer) (n int, ok bool) {
	n = NumGoroutine()
	if len(p) < n {
		return n, false
	}
	for i := range p[:n] {
		p[i] = profilerecord.StackRecord{}
		if labels != nil {
			labels[i] = nil
		}
	}
	stk := make([]uintptr, 128)
	p[0].Stack = stk[:callers(1, stk)]
	if labels != nil {
		labels[0] = runtime_getProfLabel()
	}
	return n, true
}

//go:linkname pprof_memProfileInternal
func pprof_memProfileInternal(p []profilerecord.MemProfileRecord, inuseZero bool) (n int, ok bool) {
	return 0, true
}

//go:linkname pprof_blockProfileInternal
func pprof_blockProfileInternal(p []profilerecord.BlockProfileRecord) (n int, ok bool) {
	return 0, true
}

//go:linkname pprof_mutexProfileInternal
func pprof_mutexProfileInternal(p []profilerecord.BlockProfileRecord) (n int, ok bool) {
	return 0, true
}

//go:linkname pprof_threadCreateInternal
func pprof_threadCreateInternal(p []profilerecord.StackRecord) (n int, ok bool) {
	return 0, true
}

// pprof_fpunwindExpand copies the pcs of src to dst: goc's pcs are already
// one per frame, inlined frames included.
//
//go:linkname pprof_fpunwindExpand
func pprof_fpunwindExpand(dst, src []uintptr) int {
	return copy(dst, src)
}

// pprof_makeProfStack is a buffer for a stack of gc's default profiling
// depth (128) and the frames skipped (6).
//
//go:linkname pprof_makeProfStack
func pprof_makeProfStack() []uintptr { return make([]uintptr, 128+6) }

// pprof_cyclesPerSecond: profiles count time in nanoseconds.
//
//go:linkname pprof_cyclesPerSecond runtime/pprof.runtime_cyclesPerSecond
func pprof_cyclesPerSecond() int64 { return 1e9 }

// runtime_FrameStartLine is the line of the function's declaration: goc's
// tables do not record it, so 0 (unknown, as pprof treats it).
//
//go:linkname runtime_FrameStartLine runtime/pprof.runtime_FrameStartLine
func runtime_FrameStartLine(f *Frame) int { return 0 }

// runtime_FrameSymbolName is the frame's function name.
//
//go:linkname runtime_FrameSymbolName runtime/pprof.runtime_FrameSymbolName
func runtime_FrameSymbolName(f *Frame) string { return f.Function }

// runtime_expandFinalInlineFrame returns stk: goc's pcs are one per frame,
// inlined frames included, so there is nothing to expand.
//
//go:linkname runtime_expandFinalInlineFrame runtime/pprof.runtime_expandFinalInlineFrame
func runtime_expandFinalInlineFrame(stk []uintptr) []uintptr { return stk }

// runtime_getProfLabel is runtime/pprof's (runtime/cpuprof.c).
//
//go:linkname runtime_getProfLabel runtime/pprof.runtime_getProfLabel
func runtime_getProfLabel() unsafe.Pointer
