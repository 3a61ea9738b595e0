//go:build goc

// This file replaces package runtime (with extern.go): Go's runtime cannot
// be translated (assembly, the compiler's intrinsics, its own scheduler and
// collector), so this package is its exported API, written for goc. Its
// body-less functions are implemented by goc's C runtime under their link
// names (runtime/extern.c: runtime__Gosched, runtime__callers, ...; see
// runtime/linkname.h); the rest is plain Go. runtime.SetFinalizer calls are
// lowered by the translator itself (gen/lower/finalizer.go).
package runtime

// GOOS and GOARCH are the target goc builds for; Compiler is gc's name,
// since goc's programs behave as gc's do.
const (
	GOOS     = "linux"
	GOARCH   = "amd64"
	Compiler = "gc"
)

// Version is the Go release goc implements, "-goc" marking the
// implementation (go/version reads it as go1.23).
func Version() string { return "go1.23-goc" }

// GOROOT returns $GOROOT as the process started with it, else the root of
// the Go installation the program's standard packages were translated
// from (gc: the toolchain that linked the program).
func GOROOT() string

// Breakpoint executes a breakpoint trap.
func Breakpoint()

// Gosched yields the processor.
func Gosched()

// NumGoroutine is the number of goroutines that exist now (main included).
func NumGoroutine() int

// GOMAXPROCS returns the previous setting; n > 0 changes it.
func GOMAXPROCS(n int) int

// NumCPU is the number of CPUs the process may run on.
func NumCPU() int

// GC runs a collection.
func GC()

// Goexit runs the goroutine's deferred calls and ends it.
func Goexit()

// KeepAlive keeps x reachable up to the call.
func KeepAlive(x any)

// SetFinalizer sets obj's finalizer (calls are lowered by the translator).
func SetFinalizer(obj any, finalizer any)

// LockOSThread wires the goroutine to its thread until UnlockOSThread.
func LockOSThread()

// UnlockOSThread undoes LockOSThread.
func UnlockOSThread()

// NumCgoCall is the number of cgo calls made: goc has no cgo.
func NumCgoCall() int64 { return 0 }

// Error is implemented by the runtime's panic values (index out of range,
// nil map writes, channel misuse, ...).
type Error interface {
	error
	RuntimeError()
}

// TypeAssertionError explains a failed type assertion. Its descriptor and
// Error method are the C runtime's (runtime/error.c), which makes these
// values; the fields have the layout of its record.
type TypeAssertionError struct {
	_interface    *byte
	concrete      *byte
	asserted      *byte
	missingMethod string
}

func (*TypeAssertionError) RuntimeError() {}

func (e *TypeAssertionError) Error() string

// PanicNilError is what recover returns after panic(nil) (runtime/error.c).
type PanicNilError struct {
	_ [0]*PanicNilError
}

func (*PanicNilError) Error() string

func (*PanicNilError) RuntimeError() {}

// MemStats has the layout of include/goc/mstats.h's goc_MemStats, which
// says what Boehm's statistics can fill.
type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

// ReadMemStats fills m from the collector's statistics.
func ReadMemStats(m *MemStats)
