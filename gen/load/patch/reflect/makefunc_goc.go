// goc replaces MakeFunc, makeMethodValue and methodValueCallCodePtr (makefunc.go): gc's point func values at the assembly makeFuncStub and methodValueCall; goc's are libffi closures (runtime/reflect.c).

//go:build goc

package reflect

import "unsafe"

// ffiClosure returns a func value of type ftyp whose calls run cb with a
// pointer to the pointers to the arguments and with the space for the
// results, laid out as ffiCall lays them out.
func ffiClosure(ftyp *funcType, cb func(args *unsafe.Pointer, ret unsafe.Pointer)) unsafe.Pointer

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
	code := ffiClosure(ftyp, func(args *unsafe.Pointer, ret unsafe.Pointer) {
		callMade(impl, args, ret)
	})
	return Value{t, code, flag(Func)}
}

// callMade runs a function made by MakeFunc: the arguments as Values, its
// results checked against the function type and stored at ret.
func callMade(impl *makeFuncImpl, args *unsafe.Pointer, ret unsafe.Pointer) {
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
	out := impl.fn(in)
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
	code := ffiClosure(ftyp, func(args *unsafe.Pointer, ret unsafe.Pointer) {
		callMade(&makeFuncImpl{ftyp: ftyp, fn: func(in []Value) []Value { return m.call("call", in) }}, args, ret)
	})
	return Value{ftyp.Common(), code, v.flag&flagRO | flag(Func)}
}
