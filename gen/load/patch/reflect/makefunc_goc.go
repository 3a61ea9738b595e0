// goc replaces MakeFunc, makeMethodValue and methodValueCallCodePtr (makefunc.go): gc's point func values at the assembly makeFuncStub and methodValueCall; goc's are libffi closures (runtime/reflect.c).

//go:build goc

package reflect

import "unsafe"

// ffiClosure returns a func value of type ftyp whose calls run cb with a
// pointer to the pointers to the arguments and with the space for the
// results, laid out as ffiCall lays them out. deferred tells that a
// deferred call called the func value directly: the function it stands for
// is then called as if deferred itself, so that its recover() works (gc's
// makeFuncStub and methodValueCall are wrappers that recover sees through).
func ffiClosure(ftyp *funcType, cb func(args *unsafe.Pointer, ret unsafe.Pointer, deferred bool)) unsafe.Pointer

// setDeferfn marks the func value fn as called directly by a deferred call
// (the runtime's goc__deferfn, include/goc/panic.h); the call must follow
// with nothing between that calls a function.
func setDeferfn(fn unsafe.Pointer)

// methodValueCallCodePtr is the code all method values made by reflect
// share (Value.Pointer reports it, as gc reports methodValueCall's).
func methodValueCallCodePtr() uintptr

// MakeFunc returns a new function of the given Type that wraps the
// function fn (see GOROOT's makefunc.go for the full contract).
func MakeFunc(typ Type, fn func(args []Value) (results []Value)) Value {
	if typ.Kind() != Func {
		panic("reflect: call of MakeFunc with non-Func type")
	}
	t := typ.common()
	ftyp := (*funcType)(unsafe.Pointer(t))
	impl := &makeFuncImpl{ftyp: ftyp, fn: fn}
	code := ffiClosure(ftyp, func(args *unsafe.Pointer, ret unsafe.Pointer, deferred bool) {
		callMade(impl, args, ret, deferred)
	})
	return Value{t, code, flag(Func)}
}

// callMade runs a function made by MakeFunc: the arguments as Values, its
// results checked against the function type and stored at ret; deferred:
// impl.fn is called as if by a deferred call.
func callMade(impl *makeFuncImpl, args *unsafe.Pointer, ret unsafe.Pointer, deferred bool) {
	ftyp := impl.ftyp
	argp := unsafe.Slice(args, ftyp.NumIn())
	in := make([]Value, 0, len(argp))
	for i, p := range argp {
		typ := ftyp.In(i)
		v := Value{typ, nil, flag(typ.Kind())}
		if typ.Size() == 0 {
			v = Zero(toRType(typ))
		} else if typ.IfaceIndir() {
			v.ptr = unsafe_New(typ)
			typedmemmove(typ, v.ptr, p)
			v.flag |= flagIndir
		} else {
			v.ptr = *(*unsafe.Pointer)(p)
		}
		in = append(in, v)
	}
	fn := impl.fn
	if deferred {
		setDeferfn(*(*unsafe.Pointer)(unsafe.Pointer(&fn)))
	}
	out := fn(in)
	if len(out) != ftyp.NumOut() {
		panic("reflect: wrong return count from function created by MakeFunc")
	}
	offs, _ := resultLayout(ftyp)
	for i, v := range out {
		typ := ftyp.Out(i)
		if v.typ() == nil {
			panic("reflect: function created by MakeFunc using " + funcName(impl.fn) +
				" returned zero Value")
		}
		if v.flag&flagRO != 0 {
			panic("reflect: function created by MakeFunc using " + funcName(impl.fn) +
				" returned value obtained from unexported field")
		}
		if typ.Size() == 0 {
			continue
		}
		v = v.assignTo("reflect.MakeFunc", typ, nil)
		dst := add(ret, offs[i], "result offset")
		if v.flag&flagIndir != 0 {
			typedmemmove(typ, dst, v.ptr)
		} else {
			*(*unsafe.Pointer)(dst) = v.ptr
		}
	}
}

// makeMethodValue converts v from the rcvr+method index representation
// of a method value to an actual func value (see GOROOT's makefunc.go).
func makeMethodValue(op string, v Value) Value {
	if v.flag&flagMethod == 0 {
		panic("reflect: internal error: invalid use of makeMethodValue")
	}
	// the receiver, without the method: the flags say how it is stored
	fl := v.flag & (flagRO | flagAddr | flagIndir)
	fl |= flag(v.typ().Kind())
	rcvr := Value{v.typ(), v.ptr, fl}
	ftyp := (*funcType)(unsafe.Pointer(v.Type().(*rtype)))
	method := int(v.flag) >> flagMethodShift
	methodReceiver(op, rcvr, method) // panics if the method is not there
	m := Value{rcvr.typ(), rcvr.ptr, rcvr.flag | flag(method)<<flagMethodShift | flagMethod}
	code := ffiClosure(ftyp, func(args *unsafe.Pointer, ret unsafe.Pointer, deferred bool) {
		call := func(in []Value) []Value { return m.callDeferred("call", in, deferred) }
		callMade(&makeFuncImpl{ftyp: ftyp, fn: call}, args, ret, false)
	})
	return Value{ftyp.Common(), code, v.flag&flagRO | flag(Func)}
}
