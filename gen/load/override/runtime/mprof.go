//go:build goc

// This file replaces package runtime's profiling API (Go: runtime/mprof.go,
// cpuprof.go): goc's allocator, scheduler and locks take no profiling
// samples, so every profile has no records, whatever the rates say; the
// rates are kept and read back as gc does.
package runtime

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

// cpuprofilerate is the CPU profiling rate in hz, 0 when off.
var cpuprofilerate int

// SetCPUProfileRate sets the CPU profiling rate to hz samples per second
// (hz <= 0 turns profiling off). As gc, a second call with profiling on
// and a rate other than 0 prints "runtime: cannot set cpu profile rate
// until previous profile has finished." and changes nothing. goc takes no
// samples.
func SetCPUProfileRate(hz int) {
	if hz < 0 {
		hz = 0
	}
	if hz > 1000000 {
		hz = 1000000
	}
	if cpuprofilerate != 0 && hz != 0 {
		print("runtime: cannot set cpu profile rate until previous profile has finished.\n")
		return
	}
	cpuprofilerate = hz
}
