// This file names C functions the way gc names the Go functions they
// implement, for tracebacks, runtime.Callers and runtime.FuncForPC: beside
// each function the lowering writes a record (include/goc/symtab.h)
//
//	GOC_FUNCTAB(main__T__m__func1, "main.(*T).m.func1", 0);
//
// which the linker gathers into one table the runtime reads. Names follow
// gc's: package path (its last element's dots escaped as %2e), receiver
// (*T) or T, [...] for type arguments, closures numbered per enclosing
// function (outer.funcN in a declared function, outer.N in a closure,
// outer-rangeN for range-over-func bodies, whose closures count in the
// function holding the loop), init functions init.0, init.1, package
// variables' closures init.funcN. Functions gc does not have as such
// (defer and go thunks, method-value and interface wrappers) are marked as
// wrappers, which tracebacks leave out as gc leaves out its own.
package lower

import (
	"fmt"
	"go/types"
	"strings"

	"goc/cemit"
)

// funcTab is the table record of C function cname.
func funcTab(cname, goname string, flags int) string {
	return fmt.Sprintf("GOC_FUNCTAB(%s, %s, %d);", cname, cemit.Quote(goname), flags)
}

// Flags of goc/symtab.h.
const (
	funcWrapper = 1
	funcArgs    = 4
)

// pkgGoName is an import path as gc's symbol names spell it: dots in the
// last element, '%', '"' and bytes outside printable ASCII escaped as %xx.
func pkgGoName(path string) string {
	slash := strings.LastIndexByte(path, '/')
	var b strings.Builder
	for i := 0; i < len(path); i++ {
		c := path[i]
		if c <= ' ' || c == '%' || c == '"' || c >= 0x7f || (c == '.' && i > slash) {
			fmt.Fprintf(&b, "%%%02x", c)
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// recvGoName is the receiver part of a method's name: pkg.T, pkg.(*T),
// pkg.G[...] for instances of generic types.
func recvGoName(recv types.Type) string {
	ptr := false
	if p, ok := recv.(*types.Pointer); ok {
		recv, ptr = p.Elem(), true
	}
	named, ok := types.Unalias(recv).(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		if ptr {
			return "(*" + typeString(recv) + ")"
		}
		return typeString(recv)
	}
	tn := named.Obj().Name()
	if named.TypeArgs().Len() > 0 || named.TypeParams().Len() > 0 {
		tn += "[...]"
	}
	if ptr {
		tn = "(*" + tn + ")"
	}
	return pkgGoName(named.Obj().Pkg().Path()) + "." + tn
}

// funcGoName is gc's name of a declared function or method.
func funcGoName(obj *types.Func) string {
	sig := obj.Type().(*types.Signature)
	if recv := sig.Recv(); recv != nil {
		return recvGoName(recv.Type()) + "." + obj.Name()
	}
	name := obj.Name()
	if sig.TypeParams().Len() > 0 {
		name += "[...]"
	}
	if obj.Pkg() == nil {
		return name
	}
	return pkgGoName(obj.Pkg().Path()) + "." + name
}

// wrapperFlags are the flags of a wrapper with Go signature sig.
func wrapperFlags(sig *types.Signature) int {
	if hasArgs(sig) {
		return funcWrapper | funcArgs
	}
	return funcWrapper
}

// hasArgs: a traceback prints f(...) for a function with parameters or a receiver, f() otherwise.
func hasArgs(sig *types.Signature) bool {
	return sig.Recv() != nil || sig.Params().Len() > 0
}

// nameParent is the function gc numbers a closure of f in: f itself, or
// for a range-over-func body the function holding the loop.
func (f *fn) nameParent() *fn {
	for f.rf != nil && f.parent != nil {
		f = f.parent
	}
	return f
}

// closureGoName names the next function literal inside f.
func (f *fn) closureGoName() string {
	p := f.nameParent()
	p.nfunclit++
	if p.parent == nil {
		return fmt.Sprintf("%s.func%d", p.goname, p.nfunclit)
	}
	return fmt.Sprintf("%s.%d", p.goname, p.nfunclit)
}

// rangeGoName names the next range-over-func loop body inside f.
func (f *fn) rangeGoName() string {
	p := f.nameParent()
	p.nrange++
	return fmt.Sprintf("%s-range%d", p.goname, p.nrange)
}

// thunkGoName names the next go or defer thunk inside f (gc's gowrapN and
// deferwrapN share one count).
func (f *fn) thunkGoName(kind string) string {
	p := f.nameParent()
	p.ngodefer++
	return fmt.Sprintf("%s.%swrap%d", p.goname, kind, p.ngodefer)
}
