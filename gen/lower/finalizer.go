// This file lowers runtime.SetFinalizer (runtime/mfinal.c). gc checks the
// finalizer against the object's dynamic type at run time; goc passes the
// object as an interface, the finalizer's static type and its parameter's
// descriptor to goc_SetFinalizer, which makes the same checks with gc's
// messages, and an adapter that calls the func value with the object
// converted to the parameter's type:
//
//	runtime.SetFinalizer(p, func(x *T) { ... })
//	  → goc_SetFinalizer((goc_eface){&goc_type__ptr_main__T, p}, &goc_type__func_ptr_main__T,
//	        &goc_type__ptr_main__T, GOC_FINALIZER_ONEARG, fn, goc_finalizer__func_ptr_main__T)
//	static void goc_finalizer__func_ptr_main__T(goc_func *fn, void *p, const goc_type *pt) {
//	    ((void (*)(goc_func *, main__T *))fn->fn)(fn, (main__T *)p);
//	}
package lower

import (
	"fmt"
	"go/ast"
	"go/types"
)

func (f *fn) setFinalizer(e *ast.CallExpr) *callParts {
	p := &callParts{}
	any := types.NewInterfaceType(nil, nil)
	p.vals = []string{f.exprTo(e.Args[0], any)}
	p.ctypes = []string{"goc_eface"}
	if isNilExpr(f, e.Args[1]) {
		p.mk = func(a []string) string {
			return fmt.Sprintf("goc_SetFinalizer(%s, NULL, NULL, GOC_FINALIZER_ONEARG, NULL, NULL)", a[0])
		}
		return p
	}
	ft := f.typeOf(e.Args[1])
	sig, ok := ft.Underlying().(*types.Signature)
	if !ok {
		if isIface(ft) {
			f.t.unsupported(e.Args[1].Pos(), "runtime.SetFinalizer with a finalizer of interface type %s", ft)
			p.mk = func([]string) string { return "0" }
			return p
		}
		// not a function: gc's throw names its type; the value is still evaluated
		p.vals = append(p.vals, f.expr(e.Args[1]))
		p.ctypes = append(p.ctypes, f.ctype(ft))
		p.mk = func(a []string) string {
			return fmt.Sprintf("({ (void)%s; goc_SetFinalizer(%s, %s, NULL, GOC_FINALIZER_ONEARG, NULL, NULL); })",
				a[1], a[0], f.t.descs.ref(ft))
		}
		return p
	}
	p.vals = append(p.vals, f.expr(e.Args[1]))
	p.ctypes = append(p.ctypes, "goc_func *")
	shape, fint, adapter := "GOC_FINALIZER_ONEARG", "NULL", "NULL"
	switch {
	case sig.Variadic():
		shape = "GOC_FINALIZER_VARIADIC"
	case sig.Params().Len() != 1:
		shape = "GOC_FINALIZER_ARGCOUNT"
	default:
		pt := sig.Params().At(0).Type()
		fint = f.t.descs.ref(pt)
		adapter = f.finalizerAdapter(sig, pt)
	}
	p.mk = func(a []string) string {
		return fmt.Sprintf("goc_SetFinalizer(%s, %s, %s, %s, %s, %s)", a[0], f.t.descs.ref(ft), fint, shape, a[1], adapter)
	}
	return p
}

// finalizerAdapter returns the C function that calls a finalizer of
// signature sig with the object pointer converted to its parameter type pt.
func (f *fn) finalizerAdapter(sig *types.Signature, pt types.Type) string {
	name := "goc_finalizer__" + f.t.reg.mangle(types.NewSignatureType(nil, nil, nil, sig.Params(), sig.Results(), false))
	pct := f.ctype(pt)
	var arg string
	switch u := pt.Underlying().(type) {
	case *types.Pointer:
		arg = fmt.Sprintf("(%s)p", pct)
	case *types.Interface:
		if u.NumMethods() == 0 {
			arg = "(goc_eface){pt, p}"
		} else {
			arg = fmt.Sprintf("(goc_iface){goc_getitab(%s, pt, false), p}", f.t.descs.ref(pt))
		}
	default: // goc_SetFinalizer throws before such a finalizer could run
		arg = fmt.Sprintf("(%s){0}", pct)
	}
	proto := fmt.Sprintf("static void %s(goc_func *fn, void *p, const goc_type *pt);", name)
	body := fmt.Sprintf("static void %s(goc_func *fn, void *p, const goc_type *pt) {\n\t(void)pt;\n\t((%s (*)(goc_func *, %s))fn->fn)(fn, %s);\n}\n%s\n",
		name, f.t.resultType(sig), pct, arg, funcTab(name, "runtime.reflectcall", funcWrapper|funcArgs))
	f.t.addHelper(name, proto, body)
	return name
}
