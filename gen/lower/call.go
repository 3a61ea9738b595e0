// This file lowers calls: static calls, method calls (through embedded
// fields), interface method calls via itab->Fun[i], calls of func values
// through goc_func, variadic packing, multi-value arguments and explicit
// conversions. Arguments are evaluated left to right as Go requires: when
// more than one may call a function, they go through temporaries.
package lower

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"
)

func unparen(e ast.Expr) ast.Expr {
	for {
		p, ok := e.(*ast.ParenExpr)
		if !ok {
			return e
		}
		e = p.X
	}
}

// callParts is a call split into its evaluated arguments and the final
// call, so that defer can evaluate the arguments now and call later.
type callParts struct {
	pre    []string // C statements evaluated first (temporaries)
	vals   []string // argument values, in order (receiver or callee first when present)
	ctypes []string // C types of vals
	mk     func(args []string) string
	// token, when set, names the function a deferred call of these parts
	// invokes directly (for recover), from the same arguments as mk
	token func(args []string) string
}

func (p *callParts) expr() string { return wrapStmtExpr(p.pre, p.mk(p.vals)) }

// call lowers a call expression.
func (f *fn) call(e *ast.CallExpr) string {
	if tv, ok := f.t.info.Types[e.Fun]; ok && tv.IsType() {
		return f.conversion(e.Args[0], f.typeOf(e.Fun))
	}
	if tv, ok := f.t.info.Types[e.Fun]; ok && tv.IsBuiltin() {
		return f.builtin(e)
	}
	p := f.callParts(e)
	if p == nil {
		return "0"
	}
	return p.expr()
}

// callParts lowers a call of a function, method or func value (not conversions or most builtins).
func (f *fn) callParts(e *ast.CallExpr) *callParts {
	if tv, ok := f.t.info.Types[e.Fun]; ok && tv.IsBuiltin() {
		return f.builtinParts(e)
	}
	fun := unparen(e.Fun)
	if sel, ok := fun.(*ast.SelectorExpr); ok {
		if id, ok := sel.X.(*ast.Ident); ok {
			if pn, ok := f.t.info.Uses[id].(*types.PkgName); ok && pn.Imported().Path() == "runtime" && sel.Sel.Name == "SetFinalizer" {
				return f.setFinalizer(e) // finalizer.go
			}
		}
	}
	sig := f.typeOf(e.Fun).Underlying().(*types.Signature)
	// static call of a package-level function (possibly generic)
	if id := funcIdent(fun); id != nil {
		if fo, ok := f.t.info.Uses[id].(*types.Func); ok && fo.Type().(*types.Signature).Recv() == nil {
			if _, isSel := fun.(*ast.SelectorExpr); !isSel || f.t.fromSource(fo.Pkg()) {
				if cfn := f.t.intrinsicFor(fo); cfn != "" {
					return f.intrinsicCall(e, sig, cfn) // intrinsics.go
				}
				fi := f.funcInstFor(id, fo)
				return f.emitCall(e, sig, nil, func(args []string) string {
					return fmt.Sprintf("%s(%s)", fi.cname, strings.Join(args, ", "))
				})
			}
		}
	}
	if sel, ok := fun.(*ast.SelectorExpr); ok {
		if s := f.t.info.Selections[sel]; s == nil || s.Kind() == types.MethodVal {
			if r := f.methodCall(e, sel, sig); r != nil {
				return r
			}
		}
	}
	// call through a func value
	fp := f.funcPtrType(sig)
	lead := &leadVal{"goc_func *", f.expr(e.Fun)}
	return f.emitCall(e, sig, lead, func(args []string) string {
		return fmt.Sprintf("({ goc_func *_f = GOC_FN(%s); ((%s)_f->fn)(%s); })", args[0], fp, strings.Join(append([]string{"_f"}, args[1:]...), ", "))
	})
}

// leadVal is a value evaluated before the arguments: a receiver or the callee.
type leadVal struct{ ctype, val string }

// funcPtrType is the C type of the fn word of a closure with signature sig.
func (f *fn) funcPtrType(sig *types.Signature) string {
	ps := []string{"goc_func *"}
	for i := 0; i < sig.Params().Len(); i++ {
		ps = append(ps, f.ctype(sig.Params().At(i).Type()))
	}
	return fmt.Sprintf("%s (*)(%s)", f.t.resultType(sig), strings.Join(ps, ", "))
}

// emitCall evaluates the arguments of e for signature sig (after lead, the
// receiver or callee, when not nil) and builds the call with mk.
func (f *fn) emitCall(e *ast.CallExpr, sig *types.Signature, lead *leadVal, mk func(args []string) string) *callParts {
	p := &callParts{mk: mk}
	ncalls := 0
	for _, a := range e.Args {
		if f.hasCall(a) {
			ncalls++
		}
	}
	if lead != nil {
		if ncalls > 0 && strings.Contains(lead.val, "(") {
			tmp := f.tmp()
			p.pre = append(p.pre, fmt.Sprintf("%s %s = %s;", lead.ctype, tmp, lead.val))
			p.vals = append(p.vals, tmp)
		} else {
			p.vals = append(p.vals, lead.val)
		}
		p.ctypes = append(p.ctypes, lead.ctype)
	}
	var vals []string
	var vtypes []types.Type
	// f(g()) with a multi-value g
	if len(e.Args) == 1 && isTuple(f.typeOf(e.Args[0])) {
		tt := f.typeOf(e.Args[0]).(*types.Tuple)
		tmp := f.tmp()
		p.pre = append(p.pre, fmt.Sprintf("%s %s = %s;", f.ctype(tt), tmp, f.expr(e.Args[0])))
		for i := 0; i < tt.Len(); i++ {
			vals = append(vals, fmt.Sprintf("%s.r%d", tmp, i))
			vtypes = append(vtypes, tt.At(i).Type())
		}
		p.addArgs(f, e, sig, vals, vtypes, false)
		return p
	}
	// evaluate arguments; hoist into temporaries when the order could be observed
	hoist := ncalls > 1
	for i, a := range e.Args {
		pt := paramType(sig, i, e.Ellipsis.IsValid())
		v := f.exprTo(a, pt)
		if hoist && f.hasCall(a) {
			tmp := f.tmp()
			p.pre = append(p.pre, fmt.Sprintf("%s %s = %s;", f.ctype(pt), tmp, v))
			v = tmp
		}
		vals = append(vals, v)
		vtypes = append(vtypes, pt)
	}
	p.addArgs(f, e, sig, vals, vtypes, e.Ellipsis.IsValid())
	return p
}

func (p *callParts) addArgs(f *fn, site ast.Node, sig *types.Signature, vals []string, vtypes []types.Type, spread bool) {
	p.vals = append(p.vals, f.packArgs(site, sig, vals, vtypes, spread)...)
	for i := 0; i < sig.Params().Len(); i++ {
		p.ctypes = append(p.ctypes, f.ctype(sig.Params().At(i).Type()))
	}
}

func isTuple(t types.Type) bool {
	_, ok := t.(*types.Tuple)
	return ok
}

// paramType is the type an argument i converts to (the element type for variadic extras).
func paramType(sig *types.Signature, i int, spread bool) types.Type {
	n := sig.Params().Len()
	if sig.Variadic() && i >= n-1 {
		st := sig.Params().At(n - 1).Type()
		if spread {
			return st
		}
		return st.Underlying().(*types.Slice).Elem()
	}
	return sig.Params().At(i).Type()
}

// packArgs converts values to parameter types and packs variadic extras
// into a slice (on the stack when the escape analysis allows it for the
// call site).
func (f *fn) packArgs(site ast.Node, sig *types.Signature, vals []string, vtypes []types.Type, spread bool) []string {
	n := sig.Params().Len()
	var out []string
	for i := 0; i < len(vals) && (!sig.Variadic() || i < n-1); i++ {
		out = append(out, f.convert(vals[i], vtypes[i], sig.Params().At(i).Type()))
	}
	if sig.Variadic() {
		if spread {
			out = append(out, vals[n-1])
		} else {
			st := sig.Params().At(n - 1).Type()
			var extra []string
			for i := n - 1; i < len(vals); i++ {
				extra = append(extra, f.convert(vals[i], vtypes[i], st.Underlying().(*types.Slice).Elem()))
			}
			out = append(out, f.sliceOf(site, st, extra))
		}
	}
	return out
}

// sliceOf builds a new slice of type st holding the C values (nil when none).
func (f *fn) sliceOf(site ast.Node, st types.Type, vals []string) string {
	if len(vals) == 0 {
		return "((goc_slice){0})"
	}
	et := st.Underlying().(*types.Slice).Elem()
	ect := f.ctype(et)
	tmp := f.tmp()
	var b strings.Builder
	if so := f.stackObject(site, f.sizeof(et)*int64(len(vals)), fmt.Sprintf("%s %%s[%d]", ect, len(vals))); so != "" {
		fmt.Fprintf(&b, "({ %s *%s = %s; ", ect, tmp, so)
	} else {
		fmt.Fprintf(&b, "({ %s *%s = (%s *)goc_mallocgc(%d * sizeof(%s), %s, true); ", ect, tmp, ect, len(vals), ect, f.t.descs.ref(et))
	}
	for i, v := range vals {
		fmt.Fprintf(&b, "%s[%d] = %s; ", tmp, i, v)
	}
	fmt.Fprintf(&b, "(goc_slice){%s, %d, %d}; })", tmp, len(vals), len(vals))
	return b.String()
}

func wrapStmtExpr(decls []string, call string) string {
	if len(decls) == 0 {
		return call
	}
	return "({ " + strings.Join(decls, " ") + " " + call + "; })"
}

// navigate follows embedded fields (all but the method) from a receiver expression.
func (f *fn) navigate(base string, t types.Type, path []int) (string, types.Type) {
	for _, idx := range path {
		if p, ok := t.Underlying().(*types.Pointer); ok {
			st := p.Elem().Underlying().(*types.Struct)
			base = fmt.Sprintf("GOC_NN(%s)->%s", base, fieldName(st, idx))
			t = st.Field(idx).Type()
			continue
		}
		st := t.Underlying().(*types.Struct)
		base = fmt.Sprintf("%s.%s", base, fieldName(st, idx))
		t = st.Field(idx).Type()
	}
	return base, t
}

// methodCall lowers x.M(args) for concrete and interface receivers.
func (f *fn) methodCall(e *ast.CallExpr, sel *ast.SelectorExpr, sig *types.Signature) *callParts {
	xt := f.typeOf(sel.X)
	obj, index, _ := types.LookupFieldOrMethod(xt, true, f.t.pkg, sel.Sel.Name)
	m, ok := obj.(*types.Func)
	if !ok {
		return nil
	}
	recv, rt := f.navigate(f.expr(sel.X), xt, index[:len(index)-1])
	if it, ok := rt.Underlying().(*types.Interface); ok {
		if f.sub == nil && len(index) == 1 {
			if ct := f.t.staticConcrete(sel.X); ct != nil {
				if p := f.devirtCall(e, sel, sig, ct, recv, rt); p != nil {
					return p
				}
			}
		}
		k := ifaceMethodIndex(it, m)
		f.t.useIfaceMethod(m)
		fp := f.ifnPtrType(sig)
		p := f.emitCall(e, sig, &leadVal{"goc_iface", recv}, func(args []string) string {
			return fmt.Sprintf("({ goc_iface _i = %s; GOC_NILCHECK(_i.tab); ((%s)_i.tab->Fun[%d])(%s); })",
				args[0], fp, k, strings.Join(append([]string{"_i.data"}, args[1:]...), ", "))
		})
		if p != nil {
			// the method table's entry, which hands the token on (ifnWrapper)
			p.token = func(args []string) string { return fmt.Sprintf("(void *)(%s).tab->Fun[%d]", args[0], k) }
		}
		return p
	}
	fi := f.t.methodInst(m)
	rv := f.adjustRecv(recv, rt, m)
	rct := f.ctype(f.typ(m.Type().(*types.Signature).Recv().Type()))
	return f.emitCall(e, sig, &leadVal{rct, rv}, func(args []string) string {
		return fmt.Sprintf("%s(%s)", fi.cname, strings.Join(args, ", "))
	})
}

// adjustRecv takes the address or dereferences the receiver as method m wants it.
func (f *fn) adjustRecv(recv string, rt types.Type, m *types.Func) string {
	_, wantPtr := m.Type().(*types.Signature).Recv().Type().(*types.Pointer)
	_, havePtr := rt.Underlying().(*types.Pointer)
	if _, named := rt.(*types.Named); named {
		_, havePtr = rt.(*types.Named).Underlying().(*types.Pointer)
		if havePtr {
			havePtr = true
		}
	}
	switch {
	case wantPtr && !havePtr:
		if strings.HasPrefix(recv, "(*") && strings.HasSuffix(recv, ")") && !strings.Contains(recv[2:len(recv)-1], "(") {
			return recv[2 : len(recv)-1] // &(*x) == x for a GC cell
		}
		return "&" + paren1(recv)
	case !wantPtr && havePtr:
		return "(*GOC_NN(" + recv + "))"
	}
	return recv
}

// ifnPtrType is the C type of an itab entry for a method with signature sig.
func (f *fn) ifnPtrType(sig *types.Signature) string {
	ps := []string{"void *"}
	for i := 0; i < sig.Params().Len(); i++ {
		ps = append(ps, f.ctype(sig.Params().At(i).Type()))
	}
	return fmt.Sprintf("%s (*)(%s)", f.t.resultType(sig), strings.Join(ps, ", "))
}

// conversion lowers T(x).
func (f *fn) conversion(arg ast.Expr, to types.Type) string {
	from := f.typeOf(arg)
	if isNilExpr(f, arg) {
		return f.zero(to)
	}
	if isIface(to) {
		return f.exprTo(arg, to)
	}
	x := f.expr(arg)
	if b, basic := to.Underlying().(*types.Basic); basic && b.Kind() == types.UnsafePointer && f.t.info.Types[arg].Value != nil {
		// unsafe.Pointer(uintptr constant): the address itself
		return fmt.Sprintf("((void *)(uintptr_t)%s)", f.constant(f.t.info.Types[arg].Value, types.Typ[types.Uintptr]))
	}
	if _, basic := to.Underlying().(*types.Basic); basic && !isString(to) && f.t.info.Types[arg].Value != nil {
		tv := f.t.info.Types[arg]
		return f.constant(tv.Value, to)
	}
	tct := f.ctype(to)
	fu, tu := from.Underlying(), to.Underlying()
	switch tu := tu.(type) {
	case *types.Basic:
		if tu.Info()&types.IsString != 0 {
			switch fu := fu.(type) {
			case *types.Basic:
				if fu.Info()&types.IsInteger != 0 {
					if fu.Info()&types.IsUnsigned != 0 {
						return fmt.Sprintf("({ goc_uint64 _u = %s; goc_intstring(_u > 0x7fffffff ? 0xFFFD : (goc_int64)_u); })", x)
					}
					return fmt.Sprintf("goc_intstring(%s)", x)
				}
				return x
			case *types.Slice:
				tmp := f.tmp()
				if b, ok := fu.Elem().Underlying().(*types.Basic); ok && b.Kind() == types.Int32 {
					return fmt.Sprintf("({ goc_slice %s = %s; goc_slicerunetostring((const int32_t *)%s.ptr, %s.len); })", tmp, x, tmp, tmp)
				}
				return fmt.Sprintf("({ goc_slice %s = %s; goc_slicebytetostring((const uint8_t *)%s.ptr, %s.len); })", tmp, x, tmp, tmp)
			}
		}
		if fb, ok := fu.(*types.Basic); ok {
			if fb.Info()&types.IsFloat != 0 && tu.Info()&types.IsInteger != 0 {
				return f.floatToInt(x, tu, tct)
			}
		}
		return fmt.Sprintf("((%s)%s)", tct, x)
	case *types.Slice:
		if fb, ok := fu.(*types.Basic); ok && fb.Info()&types.IsString != 0 {
			if b, ok := tu.Elem().Underlying().(*types.Basic); ok && b.Kind() == types.Int32 {
				return fmt.Sprintf("goc_stringtoslicerune(%s)", x)
			}
			return fmt.Sprintf("goc_stringtoslicebyte(%s)", x)
		}
		return x
	case *types.Array:
		if _, ok := fu.(*types.Slice); ok {
			tmp := f.tmp()
			if tu.Len() == 0 {
				return fmt.Sprintf("({ goc_slice %s = %s; goc_checkslicetoarray(%s.len, 0); (%s){}; })", tmp, x, tmp, tct)
			}
			return fmt.Sprintf("({ goc_slice %s = %s; goc_checkslicetoarray(%s.len, %d); *(%s *)%s.ptr; })", tmp, x, tmp, tu.Len(), tct, tmp)
		}
	case *types.Pointer:
		if _, ok := fu.(*types.Slice); ok {
			at := tu.Elem().Underlying().(*types.Array)
			tmp := f.tmp()
			return fmt.Sprintf("({ goc_slice %s = %s; goc_checkslicetoarray(%s.len, %d); (%s)%s.ptr; })", tmp, x, tmp, at.Len(), tct, tmp)
		}
	}
	if f.ctype(from) == tct {
		return x
	}
	switch tu.(type) {
	case *types.Struct, *types.Array:
		return fmt.Sprintf("GOC_CAST(%s, %s)", tct, x)
	}
	return fmt.Sprintf("((%s)%s)", tct, x)
}

// floatToInt converts like gc on amd64: out-of-range values give the
// "integer indefinite" result of CVTTSD2SI (0x8000000000000000, or
// 0x80000000 for 32-bit and narrower signed targets) instead of C's undefined behaviour.
func (f *fn) floatToInt(x string, to *types.Basic, tct string) string {
	switch to.Kind() {
	case types.Int64, types.Int, types.Uint32:
		return fmt.Sprintf("((%s)goc__f2i64(%s))", tct, x)
	case types.Int32, types.Int16, types.Int8, types.Uint16, types.Uint8:
		return fmt.Sprintf("((%s)goc__f2i32(%s))", tct, x)
	}
	return fmt.Sprintf("((%s)goc__f2u64(%s))", tct, x)
}

// devirtCall calls a method of an interface whose dynamic type ct is known
// statically directly, as gc does after devirtualization and inlining (so a
// value method through a nil *T faults like a plain dereference).
func (f *fn) devirtCall(e *ast.CallExpr, sel *ast.SelectorExpr, sig *types.Signature, ct types.Type, recv string, rt types.Type) *callParts {
	obj, index, _ := types.LookupFieldOrMethod(ct, false, f.t.pkg, sel.Sel.Name)
	m, ok := obj.(*types.Func)
	if !ok || len(index) != 1 {
		return nil
	}
	if _, ifaceRecv := m.Type().(*types.Signature).Recv().Type().Underlying().(*types.Interface); ifaceRecv {
		return nil
	}
	fi := f.t.methodInst(m)
	cct := f.ctype(ct)
	data := fmt.Sprintf("(*(%s *)_i.data)", cct)
	if isDirect(ct) {
		data = fmt.Sprintf("((%s)_i.data)", cct)
	}
	rv := f.adjustRecv(data, ct, m)
	if isEface(rt) {
		return nil
	}
	p := f.emitCall(e, sig, &leadVal{"goc_iface", recv}, func(args []string) string {
		return fmt.Sprintf("({ goc_iface _i = %s; /* dynamic type known: %s */ %s(%s); })", args[0], typeString(ct), fi.cname,
			strings.Join(append([]string{rv}, args[1:]...), ", "))
	})
	if p != nil {
		p.token = func([]string) string { return "(void *)" + fi.cname }
	}
	return p
}
