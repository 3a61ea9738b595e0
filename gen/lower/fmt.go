// This file lowers calls of package fmt, whose declarations live in
// gen/load/std/fmt.go.txt: the formatting is the C runtime's (goc_fmt_*,
// with the ...any arguments packed into a []any of goc_eface).
//
// Print, Println and Printf write to file descriptor 1, unless package os
// is in the program (then os.Stdout may have been replaced) and they are
// Fprint*(os.Stdout, ...). Fprint, Fprintln and Fprintf format into a fresh
// string and hand its bytes to the writer's Write method, returning Write's
// n and err as gc's fmt does:
//
//	fmt.Fprintf(w, "%d", x)   (w an io.Writer)
//	  → ({ goc_iface _w = w; goc_string _s = goc_fmt_Sprintf(...); GOC_NILCHECK(_w.tab);
//	       ((R (*)(void *, goc_slice))_w.tab->Fun[0])(_w.data, (goc_slice){_s.str, _s.len, _s.len}); })
//
// When the writer's static type is *os.File the call of (*os.File).Write is
// direct. Append, Appendln and Appendf append the formatted bytes to a slice.
package lower

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"
)

func (f *fn) stdCall(e *ast.CallExpr, pkg, name string) *callParts {
	sig := f.typeOf(e.Fun).Underlying().(*types.Signature)
	discard := f.discard
	f.discard = false
	var mk func(a []string) string
	if pkg == "fmt" && (name == "Print" || name == "Println" || name == "Printf") {
		if stdout, write := f.osStdout(); write != nil {
			// os is in the program, so os.Stdout may have been replaced: Fprint*(os.Stdout, ...)
			fmk := f.fprintMk("F"+strings.ToLower(name[:1])+name[1:], func(w, b string) string {
				return fmt.Sprintf("%s(%s, %s)", write.cname, w, b)
			})
			mk = func(a []string) string { return fmk(append([]string{stdout}, a...)) }
		}
	}
	if pkg == "fmt" && strings.HasPrefix(name, "Fprint") && !e.Ellipsis.IsValid() {
		if fsig, write := f.fileWrite(e.Args[0], sig); write != nil {
			sig = fsig
			mk = f.fprintMk(name, func(w, b string) string { return fmt.Sprintf("%s(%s, %s)", write.cname, w, b) })
		}
	}
	direct := false // Print* to descriptor 1: a (n, nil) tuple around the call
	if mk == nil {
		mk = f.stdMk(pkg, name, sig)
		direct = pkg == "fmt" && (name == "Print" || name == "Println" || name == "Printf")
	}
	if discard && direct {
		// Print, Println, Printf with the result dropped: the call alone, without its (n, err) tuple
		mk0 := mk
		mk = func(a []string) string {
			c := mk0(a)
			return c[strings.Index(c, "{")+1 : len(c)-len(", {0}}")]
		}
	}
	if pkg == "fmt" && !f.inDefer {
		f.stackArgs = true // fmt does not keep its []any: build it on the stack
		defer func() { f.stackArgs = false }()
	}
	if mk == nil {
		f.t.unsupported(e.Pos(), "%s.%s", pkg, name)
		return &callParts{mk: func([]string) string { return "0" }}
	}
	return f.emitCall(e, sig, nil, mk)
}

// osStdout returns the C expression of os.Stdout and the method
// (*os.File).Write when package os is part of the program (nil otherwise:
// then nothing can have replaced os.Stdout and Print* write to descriptor 1).
func (f *fn) osStdout() (string, *funcInst) {
	for _, p := range f.t.prog.Pkgs {
		if p.Path != "os" {
			continue
		}
		v, ok := p.Types.Scope().Lookup("Stdout").(*types.Var)
		if !ok {
			return "", nil
		}
		pt, ok := v.Type().(*types.Pointer)
		if !ok {
			return "", nil
		}
		if m, ok := types.NewMethodSet(pt).Lookup(p.Types, "Write").Obj().(*types.Func); ok {
			return f.varRef(v), f.t.methodInst(m)
		}
	}
	return "", nil
}

// fileWrite returns, when w's static type is *os.File, fmt.Fprint*'s
// signature sig with that type for its writer and the method (*os.File).Write.
func (f *fn) fileWrite(w ast.Expr, sig *types.Signature) (*types.Signature, *funcInst) {
	pt, ok := f.typeOf(w).(*types.Pointer)
	if !ok {
		return nil, nil
	}
	n, ok := types.Unalias(pt.Elem()).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != "os" || n.Obj().Name() != "File" {
		return nil, nil
	}
	obj, _, _ := types.LookupFieldOrMethod(pt, false, n.Obj().Pkg(), "Write")
	m, ok := obj.(*types.Func)
	if !ok {
		return nil, nil
	}
	ps := []*types.Var{types.NewParam(0, nil, "w", pt)}
	for i := 1; i < sig.Params().Len(); i++ {
		ps = append(ps, sig.Params().At(i))
	}
	return types.NewSignatureType(nil, nil, nil, types.NewTuple(ps...), sig.Results(), sig.Variadic()), f.t.methodInst(m)
}

// fprintMk builds a call of fmt.Fprint, Fprintln or Fprintf: format, then
// write(w, bytes) with the writer and the formatted bytes as a []byte.
func (f *fn) fprintMk(name string, write func(w, b string) string) func(a []string) string {
	return func(a []string) string {
		format := fmt.Sprintf("goc_fmt_Sprint%s(%s)", strings.TrimPrefix(name, "Fprint"), a[1])
		if name == "Fprintf" {
			format = fmt.Sprintf("goc_fmt_Sprintf(%s, %s)", a[1], a[2])
		}
		w, s := f.tmp(), f.tmp()
		return fmt.Sprintf("({ __typeof__(%s) %s = %s; goc_string %s = %s; %s; })", a[0], w, a[0], s, format,
			write(w, fmt.Sprintf("((goc_slice){(void *)%s.str, %s.len, %s.len})", s, s, s)))
	}
}

// stdMk returns the builder of a call to a supported standard-library function (nil if unsupported).
func (f *fn) stdMk(pkg, name string, sig *types.Signature) func(a []string) string {
	rt := f.t.resultType(sig)
	withN := func(call string) string {
		// (n int, err error): err is always nil for the descriptors we write to
		return fmt.Sprintf("(%s){%s, {0}}", rt, call)
	}
	var mk func(a []string) string
	switch pkg + "." + name {
	case "fmt.Print", "fmt.Println":
		mk = func(a []string) string { return withN(fmt.Sprintf("goc_fmt_%s(%s)", name, a[0])) }
	case "fmt.Printf":
		mk = func(a []string) string { return withN(fmt.Sprintf("goc_fmt_Printf(%s, %s)", a[0], a[1])) }
	case "fmt.Sprint", "fmt.Sprintln":
		mk = func(a []string) string { return fmt.Sprintf("goc_fmt_%s(%s)", name, a[0]) }
	case "fmt.Sprintf":
		mk = func(a []string) string { return fmt.Sprintf("goc_fmt_Sprintf(%s, %s)", a[0], a[1]) }
	case "fmt.Errorf":
		mk = func(a []string) string { return fmt.Sprintf("goc_fmt_Errorf(%s, %s)", a[0], a[1]) }
	case "fmt.Fprint", "fmt.Fprintln", "fmt.Fprintf":
		// io.Writer has one method, Write: fun[0] of its itab
		mk = f.fprintMk(name, func(w, b string) string {
			return fmt.Sprintf("GOC_NILCHECK(%s.tab); ((%s (*)(void *, goc_slice))%s.tab->Fun[0])(%s.data, %s)", w, rt, w, w, b)
		})
	case "fmt.Append", "fmt.Appendln", "fmt.Appendf":
		mk = func(a []string) string {
			format := fmt.Sprintf("goc_fmt_Sprint%s(%s)", strings.TrimPrefix(name, "Append"), a[1])
			if name == "Appendf" {
				format = fmt.Sprintf("goc_fmt_Sprintf(%s, %s)", a[1], a[2])
			}
			return fmt.Sprintf("({ goc_slice _b = %s; goc_string _s = %s; goc_int _n = _b.len + _s.len;"+
				" if ((goc_uint)_n > (goc_uint)_b.cap) _b = goc_growslice(_b.ptr, _n, _b.cap, _s.len, &goc_type_uint8); else _b.len = _n;"+
				" if (_s.len > 0) memmove((uint8_t *)_b.ptr + _n - _s.len, _s.str, (size_t)_s.len); _b; })", a[0], format)
		}
	default:
		return nil
	}
	return mk
}
