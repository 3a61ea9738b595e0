//go:build goc

// This file replaces package runtime's stack API (with runtime.go): Go's
// runtime cannot be translated. The stack walk and the table from pcs to
// functions, files and lines are goc's C runtime's (runtime/traceback.c
// walks the C stack, runtime/symtab.c reads the program's DWARF and the
// translator's table of Go names); Frames and Func are plain Go over them.
//
// A pc value here is the address of an instruction (a call, a fault, an
// entry) with the depth of the frame inside the functions inlined there in
// its top bits (symtab.c), so each frame of runtime.Callers has a pc of its
// own that FuncForPC and CallersFrames turn back into that frame.
package runtime

// callers stores the pcs of the calling goroutine's frames in pcbuf,
// skipping skip of them (0: the caller of callers), and returns how many.
func callers(skip int, pcbuf []uintptr) int

// pcinfo describes the frame of pc value pc: its function (nil for a
// function inlined at pc), name, file, line and the entry of the machine
// function holding it; ok is false for a pc that is not a Go function's.
func pcinfo(pc uintptr) (fn *Func, name string, file string, line int, entry uintptr, ok bool)

// funcForPC is the function of pc value pc, or nil.
func funcForPC(pc uintptr) *Func

// stack formats the calling goroutine's traceback (all: every goroutine's)
// into buf as far as it goes, starting at the caller of Stack.
func stack(buf []byte, all bool) int

// Caller reports the pc, file and line of the frame skip frames up from the
// caller of Caller (0: the caller itself).
func Caller(skip int) (pc uintptr, file string, line int, ok bool) {
	var pcs [1]uintptr
	if callers(skip+1, pcs[:]) < 1 {
		return 0, "", 0, false
	}
	frame, _ := CallersFrames(pcs[:]).Next()
	return frame.PC, frame.File, frame.Line, frame.PC != 0
}

// Callers stores the pcs of the calling goroutine's frames in pc, skipping
// skip of them (0: Callers itself, 1: its caller), and returns how many.
func Callers(skip int, pc []uintptr) int {
	if len(pc) == 0 {
		return 0
	}
	return callers(skip, pc)
}

// Frames walks the frames of a list of pcs from Callers.
type Frames struct {
	callers []uintptr
	next    Frame
	hasNext bool
}

// Frame is one frame of a Frames walk.
type Frame struct {
	// PC is the frame's pc value: the instruction of the call (or fault).
	PC uintptr
	// Func is the function, nil for a function inlined into its caller.
	Func *Func
	// Function is the package path-qualified name: main.(*T).m, main.main.func1.
	Function string
	// File and Line locate the pc in the source.
	File string
	Line int
	// Entry is the entry pc of the machine function holding the frame.
	Entry uintptr
}

// CallersFrames walks the frames of callers (from Callers).
func CallersFrames(callers []uintptr) *Frames {
	return &Frames{callers: callers}
}

// frame looks up the next pc with a frame, if any.
func (ci *Frames) frame() (Frame, bool) {
	for len(ci.callers) > 0 {
		pc := ci.callers[0]
		ci.callers = ci.callers[1:]
		fn, name, file, line, entry, ok := pcinfo(pc)
		if ok {
			return Frame{PC: pc, Func: fn, Function: name, File: file, Line: line, Entry: entry}, true
		}
	}
	return Frame{}, false
}

// Next returns the next frame and whether another one follows.
func (ci *Frames) Next() (frame Frame, more bool) {
	if !ci.hasNext {
		ci.next, ci.hasNext = ci.frame()
		if !ci.hasNext {
			return Frame{}, false
		}
	}
	frame = ci.next
	ci.next, ci.hasNext = ci.frame()
	return frame, ci.hasNext
}

// Func is a function of the program. Its records are the C runtime's
// goc_Func (runtime/goc_rt.h), whose first fields these are.
type Func struct {
	opaque struct{}
	name   string
	entry  uintptr
}

// FuncForPC is the function holding pc (for a pc inside inlined code, the
// innermost function, with the entry of the machine function), or nil.
func FuncForPC(pc uintptr) *Func {
	return funcForPC(pc)
}

// Name is the function's package path-qualified name.
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return f.name
}

// Entry is the entry pc of the machine function.
func (f *Func) Entry() uintptr {
	if f == nil {
		return 0
	}
	return f.entry
}

// FileLine is the file and line of pc, a pc of f.
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	_, _, file, line, _, _ = pcinfo(pc)
	return file, line
}

// Stack formats a traceback of the calling goroutine into buf (all: of every
// goroutine, the caller's first) and returns how many bytes it wrote.
func Stack(buf []byte, all bool) int {
	if len(buf) == 0 {
		return 0
	}
	return stack(buf, all)
}
