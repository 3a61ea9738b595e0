//go:build goc

// This file replaces package runtime's tracer API (Go: runtime/trace.go):
// goc has no execution tracer, so a trace holds no events; the protocol is
// gc's (runtime/trace.c says how).
package runtime

// traceStart turns tracing on; its result is nil, or gc's error when
// tracing is already enabled.
func traceStart() any

// StartTrace enables tracing for the current process. While tracing, the
// data will be buffered and available via ReadTrace. StartTrace returns an
// error if tracing is already enabled. goc's trace records no events.
func StartTrace() error {
	if err := traceStart(); err != nil {
		return err.(error)
	}
	return nil
}

// StopTrace stops tracing, if it was previously enabled, and returns only
// after all the reads for the trace have completed.
func StopTrace()

// ReadTrace returns the next chunk of binary tracing data, blocking until
// data is available; nil once tracing is off and all data was returned.
func ReadTrace() []byte
