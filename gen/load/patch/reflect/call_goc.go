// goc replaces Value.call (value.go): gc's lays the arguments out in registers and a stack frame for the assembly reflectcall; goc's functions are C functions, called through libffi (runtime/reflect.c).

//go:build goc

package reflect

import (
	"internal/abi"
	"unsafe"
)

// ffiCall calls code with first (the closure, or the receiver's interface
// data word for a method's Ifn), then the values *args[i] of ftyp's
// parameters, and stores the results at ret, laid out as a struct of the
// result types. deferred: code is called as if by a deferred call (its
// recover() works; see ffiClosure).
func ffiCall(ftyp *funcType, code, first unsafe.Pointer, args *unsafe.Pointer, ret unsafe.Pointer, deferred bool)

func (v Value) call(op string, in []Value) []Value {
	return v.callDeferred(op, in, false)
}

// callDeferred is call; deferred: the function is called as if by a
// deferred call (a method value made by reflect that a defer called).
func (v Value) callDeferred(op string, in []Value, deferred bool) []Value {
	t := (*funcType)(unsafe.Pointer(v.typ()))
	var fn, first unsafe.Pointer // fn points to the code word
	if v.flag&flagMethod != 0 {
		_, t, fn = methodReceiver(op, v, int(v.flag)>>flagMethodShift)
		storeRcvr(v, unsafe.Pointer(&first))
	} else {
		first = v.ptr
		if v.flag&flagIndir != 0 {
			first = *(*unsafe.Pointer)(v.ptr)
		}
		fn = first
	}
	if fn == nil {
		panic("reflect.Value.Call: call of nil function")
	}
	in = callArgs(op, t, in)

	args := make([]unsafe.Pointer, len(in)+1)
	for i, x := range in {
		x.mustBeExported()
		targ := t.In(i)
		x = x.assignTo("reflect.Value.Call", targ, nil)
		if x.flag&flagIndir != 0 {
			args[i] = x.ptr
		} else {
			p := new(unsafe.Pointer)
			*p = x.ptr
			args[i] = unsafe.Pointer(p)
		}
	}
	offs, size := resultLayout(t)
	// scanned memory, at least a word (libffi returns small integers widened)
	ret := make([]unsafe.Pointer, (size+2*goarchPtrSize-1)/goarchPtrSize)
	ffiCall(t, *(*unsafe.Pointer)(fn), first, &args[0], unsafe.Pointer(&ret[0]), deferred)

	out := make([]Value, t.NumOut())
	for i := range out {
		tv := t.Out(i)
		if tv.Size() == 0 {
			out[i] = Zero(toRType(tv))
			continue
		}
		p := unsafe_New(tv)
		typedmemmove(tv, p, add(unsafe.Pointer(&ret[0]), offs[i], "result offset"))
		out[i] = Value{tv, p, flagIndir | flag(tv.Kind())}
	}
	return out
}

const goarchPtrSize = unsafe.Sizeof(uintptr(0))

// callArgs checks the arguments of a Call or CallSlice of a function of
// type t and returns them with a variadic call's extra arguments packed
// into a slice.
func callArgs(op string, t *funcType, in []Value) []Value {
	n := t.NumIn()
	variadic := t.IsVariadic()
	if op == "CallSlice" {
		switch {
		case !variadic:
			panic("reflect: CallSlice of non-variadic function")
		case len(in) < n:
			panic("reflect: CallSlice with too few input arguments")
		case len(in) > n:
			panic("reflect: CallSlice with too many input arguments")
		}
	} else {
		if variadic {
			n--
		}
		if len(in) < n {
			panic("reflect: Call with too few input arguments")
		}
		if !variadic && len(in) > n {
			panic("reflect: Call with too many input arguments")
		}
	}
	for _, x := range in {
		if x.Kind() == Invalid {
			panic("reflect: " + op + " using zero Value argument")
		}
	}
	for i := 0; i < n; i++ {
		if xt, targ := in[i].Type(), t.In(i); !xt.AssignableTo(toRType(targ)) {
			panic("reflect: " + op + " using " + xt.String() + " as type " + stringFor(targ))
		}
	}
	if op == "CallSlice" || !variadic {
		return in
	}
	st := toRType(t.In(n))
	extra := in[n:]
	s := MakeSlice(st, len(extra), len(extra))
	for i, x := range extra {
		if xt := x.Type(); !xt.AssignableTo(st.Elem()) {
			panic("reflect: cannot use " + xt.String() + " as type " + st.Elem().String() + " in " + op)
		}
		s.Index(i).Set(x)
	}
	packed := make([]Value, n+1)
	copy(packed, in[:n])
	packed[n] = s
	return packed
}

// resultLayout returns the offsets of t's results in a struct of them, and
// its size: goc returns several results as such a C struct.
func resultLayout(t *funcType) (offs []uintptr, size uintptr) {
	offs = make([]uintptr, t.NumOut())
	for i := range offs {
		r := t.Out(i)
		size = align(size, uintptr(r.Align()))
		offs[i] = size
		size += r.Size()
	}
	return offs, size
}

var _ = abi.FuncPCABI0 // internal/abi: funcType is abi.FuncType
