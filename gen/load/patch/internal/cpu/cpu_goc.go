// Added to internal/cpu: gc's runtime calls Initialize from cpuinit (runtime/proc.go)
// with the whole $GODEBUG before any package is initialized; goc's runtime is C and
// never does, which left every feature flag false (crypto/tls then preferred
// ChaCha20 to AES-GCM, unlike gc on the same CPU). internal/cpu initializes itself
// instead, before any package that imports it.

//go:build goc

package cpu

func init() {
	DebugOptions = true // as cpuinit does on linux: GODEBUG's cpu.* options apply
	Initialize(godebugEnv())
}

// godebugEnv is $GODEBUG, "" when unset (runtime's getGodebugEarly).
//
//goc:cbody extern char *getenv(const char *);
//goc:cbody const char *e = getenv("GODEBUG");
//goc:cbody return e != NULL ? goc_gostring(e) : (goc_string){0};
func godebugEnv() string
