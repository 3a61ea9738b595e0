// This file lowers the predeclared functions: len, cap, append (the inline
// fast path of slice.h plus goc_growslice), copy (goc_slicecopy), make, new,
// delete, clear, min, max, complex, real, imag, print, println, panic, recover.
package lower

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"
)

func (f *fn) builtinName(e *ast.CallExpr) string {
	id, _ := unparen(e.Fun).(*ast.Ident)
	if id == nil {
		if sel, ok := unparen(e.Fun).(*ast.SelectorExpr); ok {
			return "unsafe." + sel.Sel.Name
		}
		return ""
	}
	return id.Name
}

// builtin lowers a call of a predeclared function.
func (f *fn) builtin(e *ast.CallExpr) string {
	name := f.builtinName(e)
	if len(e.Args) == 1 && isTuple(f.typeOf(e.Args[0])) && name != "print" && name != "println" {
		return f.spreadBuiltin(e)
	}
	switch name {
	case "len", "cap":
		return f.lenCap(name, e.Args[0])
	case "append":
		return f.appendCall(e)
	case "make":
		return f.makeCall(e)
	case "new":
		t := f.typeOf(e).(*types.Pointer).Elem()
		ct := f.ctype(t)
		if so := f.stackObject(e, f.sizeof(t), ct+" %s"); so != "" {
			return fmt.Sprintf("({ memset(&%s, 0, sizeof %s); &%s; })", so, so, so)
		}
		return fmt.Sprintf("((%s *)goc_newobject(%s))", ct, f.t.descs.ref(t))
	case "min", "max":
		return f.minMax(name, e)
	case "complex":
		t := f.typeOf(e)
		c := "double"
		if f.ctype(t) == "goc_complex64" {
			c = "float"
		}
		ft := types.Typ[types.Float64]
		if c == "float" {
			ft = types.Typ[types.Float32]
		}
		return fmt.Sprintf("__builtin_complex((%s)%s, (%s)%s)", c, f.operand(e.Args[0], ft), c, f.operand(e.Args[1], ft))
	case "real":
		return fmt.Sprintf("__real__ %s", paren1(f.expr(e.Args[0])))
	case "imag":
		return fmt.Sprintf("__imag__ %s", paren1(f.expr(e.Args[0])))
	case "panic", "print", "println", "recover", "delete", "close", "copy", "clear":
		return f.builtinParts(e).expr()
	case "unsafe.Sizeof", "unsafe.Alignof", "unsafe.Offsetof", "unsafe.String", "unsafe.StringData", "unsafe.Slice", "unsafe.SliceData", "unsafe.Add":
		return f.unsafeCall(name, e)
	}
	f.t.unsupported(e.Pos(), "builtin %s", name)
	return "0"
}

// spreadBuiltin lowers a builtin whose only argument is a multi-value call,
// copy(f()), append(g()), complex(h()), delete(k()): the values go to a
// temporary, and the builtin is lowered as if called with the temporary's
// fields, through identifiers bound to synthetic variables.
func (f *fn) spreadBuiltin(e *ast.CallExpr) string {
	tt := f.typeOf(e.Args[0]).(*types.Tuple)
	tmp := f.tmp()
	val := f.expr(e.Args[0])
	call := &ast.CallExpr{Fun: e.Fun, Lparen: e.Lparen, Rparen: e.Rparen}
	for i := 0; i < tt.Len(); i++ {
		id := &ast.Ident{NamePos: e.Args[0].Pos(), Name: fmt.Sprintf("%s_r%d", tmp, i)}
		v := types.NewVar(id.NamePos, f.t.pkg, id.Name, tt.At(i).Type())
		f.t.info.Uses[id] = v
		f.vars[v] = &lvar{c: fmt.Sprintf("%s.r%d", tmp, i)}
		call.Args = append(call.Args, id)
	}
	f.t.info.Types[call] = f.t.info.Types[e]
	return fmt.Sprintf("({ %s %s = %s; %s; })", f.ctype(tt), tmp, val, f.builtin(call))
}

// builtinParts lowers the builtins that may be deferred.
func (f *fn) builtinParts(e *ast.CallExpr) *callParts {
	name := f.builtinName(e)
	p := &callParts{}
	switch name {
	case "panic":
		p.vals = []string{f.exprTo(e.Args[0], types.NewInterfaceType(nil, nil))}
		p.ctypes = []string{"goc_eface"}
		p.mk = func(a []string) string { return "goc_gopanic(" + a[0] + ")" }
	case "recover":
		if f.inDefer {
			// defer recover(): the thunk recovers only when this function's
			// return runs it and this function may recover itself
			p.mk = func(a []string) string { return "((goc_eface){0})" }
			if f.canRecover {
				p.vals = []string{"_canrecover"}
				p.ctypes = []string{"bool"}
				p.mk = func(a []string) string {
					return "(" + a[0] + " ? goc_gorecoverdeferred() : (goc_eface){0})"
				}
			}
		} else if f.canRecover {
			p.mk = func(a []string) string { return "(_canrecover ? goc_gorecover() : (goc_eface){0})" }
		} else {
			p.mk = func(a []string) string { return "((goc_eface){0})" }
		}
	case "print", "println":
		var ts []types.Type
		if len(e.Args) == 1 && isTuple(f.typeOf(e.Args[0])) {
			tt := f.typeOf(e.Args[0]).(*types.Tuple)
			tmp := f.tmp()
			p.pre = append(p.pre, fmt.Sprintf("%s %s = %s;", f.ctype(tt), tmp, f.expr(e.Args[0])))
			for i := 0; i < tt.Len(); i++ {
				ts = append(ts, tt.At(i).Type())
				p.vals = append(p.vals, fmt.Sprintf("%s.r%d", tmp, i))
				p.ctypes = append(p.ctypes, f.ctype(tt.At(i).Type()))
			}
		}
		spread := len(ts) > 0
		for _, a := range e.Args {
			if spread {
				break
			}
			t := f.typeOf(a)
			if b, ok := t.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
				if tv := f.t.info.Types[a]; tv.Value != nil {
					t = defaultType(tv.Value)
				}
			}
			ts = append(ts, t)
			if isNilExpr(f, a) {
				p.vals = append(p.vals, "NULL")
				p.ctypes = append(p.ctypes, "void *")
				continue
			}
			p.vals = append(p.vals, f.exprTo(a, t))
			p.ctypes = append(p.ctypes, f.ctype(t))
		}
		ln := name == "println"
		p.mk = func(a []string) string {
			// the operands are evaluated first, as in gc: one of them may print
			// or block, which it must not do under the print lock
			var b strings.Builder
			b.WriteString("({ ")
			for i, v := range a {
				fmt.Fprintf(&b, "%s = %s; ", cdecl(p.ctypes[i], fmt.Sprintf("_pa%d", i)), v)
			}
			b.WriteString("goc_printlock(); ")
			for i := range a {
				if ln && i > 0 {
					b.WriteString("goc_printsp(); ")
				}
				b.WriteString(printOne(ts[i], fmt.Sprintf("_pa%d", i)) + "; ")
			}
			if ln {
				b.WriteString("goc_printnl(); ")
			}
			b.WriteString("goc_printunlock(); })")
			return b.String()
		}
	case "close":
		p.vals = []string{f.expr(e.Args[0])}
		p.ctypes = []string{"goc_hchan *"}
		p.mk = func(a []string) string { return "goc_closechan(" + a[0] + ")" }
	case "delete":
		mt := f.typeOf(e.Args[0])
		m := mt.Underlying().(*types.Map)
		p.vals = []string{f.expr(e.Args[0]), f.exprTo(e.Args[1], m.Key())}
		p.ctypes = []string{"goc_hmap *", f.ctype(m.Key())}
		p.mk = func(a []string) string { return f.mapDelete(mt, a[0], a[1]) }
	case "copy":
		et := f.typeOf(e.Args[0]).Underlying().(*types.Slice).Elem()
		src, sct := "_s.ptr", "goc_slice"
		if isString(f.typeOf(e.Args[1])) {
			src, sct = "_s.str", "goc_string"
		}
		p.vals = []string{f.expr(e.Args[0]), f.expr(e.Args[1])}
		p.ctypes = []string{"goc_slice", sct}
		p.mk = func(a []string) string {
			return fmt.Sprintf("({ goc_slice _d = %s; %s _s = %s; goc_slicecopy(_d.ptr, _d.len, %s, _s.len, sizeof(%s)); })",
				a[0], sct, a[1], src, f.ctype(et))
		}
	case "clear":
		t := f.typeOf(e.Args[0])
		p.vals = []string{f.expr(e.Args[0])}
		if _, ok := t.Underlying().(*types.Map); ok {
			p.ctypes = []string{"goc_hmap *"}
			p.mk = func(a []string) string { return fmt.Sprintf("goc_mapclear(%s, %s)", f.t.descs.mapRef(t), a[0]) }
			break
		}
		et := t.Underlying().(*types.Slice).Elem()
		p.ctypes = []string{"goc_slice"}
		p.mk = func(a []string) string {
			return fmt.Sprintf("({ goc_slice _s = %s; if (_s.len) memset(_s.ptr, 0, _s.len * sizeof(%s)); })", a[0], f.ctype(et))
		}
	default:
		f.t.unsupported(e.Pos(), "defer of builtin %s", name)
		p.mk = func([]string) string { return "0" }
	}
	return p
}

func printOne(t types.Type, v string) string {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		switch {
		case u.Kind() == types.UntypedNil || u.Kind() == types.UnsafePointer:
			return "goc_printpointer(" + v + ")"
		case u.Info()&types.IsBoolean != 0:
			return "goc_printbool(" + v + ")"
		case u.Info()&types.IsUnsigned != 0:
			return "goc_printuint(" + v + ")"
		case u.Info()&types.IsInteger != 0:
			return "goc_printint(" + v + ")"
		case u.Info()&types.IsFloat != 0:
			return "goc_printfloat(" + v + ")"
		case u.Info()&types.IsComplex != 0:
			return "goc_printcomplex(" + v + ")"
		case u.Info()&types.IsString != 0:
			return "goc_printstring(" + v + ")"
		}
	case *types.Slice:
		return "goc_printslice(" + v + ")"
	case *types.Interface:
		if u.NumMethods() == 0 {
			return "goc_printeface(" + v + ")"
		}
		return "goc_printiface(" + v + ")"
	}
	return "goc_printpointer(" + v + ")"
}

func (f *fn) lenCap(name string, x ast.Expr) string {
	t := f.typeOf(x)
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return atom(f.expr(x)) + ".len"
	case *types.Slice:
		return atom(f.expr(x)) + "." + name
	case *types.Array:
		if f.hasCall(x) {
			return fmt.Sprintf("({ (void)%s; (goc_int)%d; })", paren1(f.expr(x)), u.Len())
		}
		return fmt.Sprint(u.Len())
	case *types.Pointer:
		n := u.Elem().Underlying().(*types.Array).Len()
		if f.hasCall(x) {
			return fmt.Sprintf("({ (void)%s; (goc_int)%d; })", paren1(f.expr(x)), n)
		}
		return fmt.Sprint(n)
	case *types.Map:
		return "goc_maplen(" + f.expr(x) + ")"
	case *types.Chan:
		return "goc_chan" + name + "(" + f.expr(x) + ")"
	}
	f.t.unsupported(x.Pos(), "%s of %s", name, t)
	return "0"
}

// appendCall lowers append with the inline fast path of include/goc/slice.h.
func (f *fn) appendCall(e *ast.CallExpr) string {
	st := f.typeOf(e)
	et := st.Underlying().(*types.Slice).Elem()
	ect := f.ctype(et)
	desc := f.t.descs.ref(et)
	s := f.exprTo(e.Args[0], st)
	if len(e.Args) == 1 {
		return s
	}
	var b strings.Builder
	fmt.Fprintf(&b, "({ goc_slice _s = %s; ", s)
	if e.Ellipsis.IsValid() {
		src := e.Args[1]
		srcT := f.typeOf(src)
		ptr := "_t.ptr"
		if isString(srcT) {
			fmt.Fprintf(&b, "goc_string _t = %s; ", f.expr(src))
			ptr = "_t.str"
		} else if isNilExpr(f, src) {
			b.WriteString("goc_slice _t = {0}; ")
		} else {
			fmt.Fprintf(&b, "goc_slice _t = %s; ", f.expr(src))
		}
		b.WriteString("goc_int _n = _s.len + _t.len; ")
		fmt.Fprintf(&b, "if ((goc_uint)_n > (goc_uint)_s.cap) _s = goc_growslice(_s.ptr, _n, _s.cap, _t.len, %s); else _s.len = _n; ", desc)
		fmt.Fprintf(&b, "if (_t.len) memmove((%s *)_s.ptr + (_n - _t.len), %s, _t.len * sizeof(%s)); _s; })", ect, ptr, ect)
		return b.String()
	}
	n := len(e.Args) - 1
	for i, a := range e.Args[1:] {
		fmt.Fprintf(&b, "%s _v%d = %s; ", ect, i, f.exprTo(a, et))
	}
	fmt.Fprintf(&b, "goc_int _n = _s.len + %d; ", n)
	fmt.Fprintf(&b, "if ((goc_uint)_n > (goc_uint)_s.cap) _s = goc_growslice(_s.ptr, _n, _s.cap, %d, %s); else _s.len = _n; ", n, desc)
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "((%s *)_s.ptr)[_n - %d] = _v%d; ", ect, n-i, i)
	}
	b.WriteString("_s; })")
	return b.String()
}

// stackSlice lowers make([]T, n[, m]) with constant sizes to an array on
// the stack when the escape analysis allows it; "" otherwise.
func (f *fn) stackSlice(e *ast.CallExpr, u *types.Slice) string {
	var ns []int64
	for _, a := range e.Args[1:] {
		n, ok := constInt(f.t.info.Types[a])
		if !ok {
			return ""
		}
		ns = append(ns, n)
	}
	l, c := ns[0], ns[len(ns)-1]
	if l < 0 || l > c {
		return ""
	}
	so := f.stackObject(e, f.sizeof(u.Elem())*c, fmt.Sprintf("%s %%s[%d]", f.ctype(u.Elem()), c))
	if so == "" {
		return ""
	}
	return fmt.Sprintf("({ memset(%s, 0, sizeof %s); (goc_slice){%s, %d, %d}; })", so, so, so, l, c)
}

// stackMap lowers make(map[K]V[, hint]) or a map literal (site) to a map
// whose header lives on the stack, when the escape analysis allows it; ""
// otherwise. Its first bucket is on the stack too when the hint is at most
// 8 (gc's walk does the same, testing a hint that is not constant at run
// time). hint is the C value of a hint, or "" for none or a constant one of
// at most 8.
func (f *fn) stackMap(site ast.Node, mt types.Type, hint string) string {
	so := f.stackObject(site, int64(f.t.descs.sizes.Sizeof(types.Typ[types.Uintptr]))*64, "goc_stackmap %s")
	if so == "" {
		return ""
	}
	mr := f.t.descs.mapRef(mt)
	if hint == "" {
		return fmt.Sprintf("({ memset(&%s, 0, sizeof %s); goc_makemap_stack(%s, &%s); })", so, so, mr, so)
	}
	return fmt.Sprintf("({ goc_int _hint = %s; memset(&%s, 0, sizeof %s); _hint <= 8 ? goc_makemap_stack(%s, &%s) : goc_makemap(%s, _hint, &%s.h); })",
		hint, so, so, mr, so, mr, so)
}

func (f *fn) makeCall(e *ast.CallExpr) string {
	t := f.typeOf(e.Args[0])
	switch u := t.Underlying().(type) {
	case *types.Slice:
		desc := f.t.descs.ref(u.Elem())
		if s := f.stackSlice(e, u); s != "" {
			return s
		}
		if len(e.Args) == 2 {
			return fmt.Sprintf("({ goc_int _l = %s; goc_makeslice(%s, _l, _l); })", f.sizeArg(e.Args[1]), desc)
		}
		return fmt.Sprintf("({ goc_int _l = %s; goc_makeslice(%s, _l, %s); })", f.sizeArg(e.Args[1]), desc, f.sizeArg(e.Args[2]))
	case *types.Map:
		small := len(e.Args) == 1
		if !small {
			n, ok := constInt(f.t.info.Types[e.Args[1]])
			small = ok && n <= 8
		}
		if small {
			if m := f.stackMap(e, t, ""); m != "" {
				return m
			}
			return "goc_makemap_small()"
		}
		if m := f.stackMap(e, t, f.sizeArg(e.Args[1])); m != "" {
			return m
		}
		return fmt.Sprintf("goc_makemap(%s, %s, NULL)", f.t.descs.mapRef(t), f.sizeArg(e.Args[1]))
	}
	if _, ok := t.Underlying().(*types.Chan); ok {
		n := "0"
		if len(e.Args) > 1 {
			n = f.sizeArg(e.Args[1])
		}
		return fmt.Sprintf("goc_makechan(%s, %s)", f.t.descs.ref(t), n)
	}
	f.t.unsupported(e.Pos(), "make(%s)", t)
	return "NULL"
}

// sizeArg converts a make size to goc_int; unsigned values above MaxInt64 become negative (and panic as out of range).
func (f *fn) sizeArg(e ast.Expr) string {
	if tv := f.t.info.Types[e]; tv.Value != nil {
		return f.constant(tv.Value, types.Typ[types.Int])
	}
	return "(goc_int)" + paren1(f.expr(e))
}

func constInt(tv types.TypeAndValue) (int64, bool) {
	if tv.Value == nil {
		return 0, false
	}
	v, ok := constantInt64(tv.Value)
	return v, ok
}

func (f *fn) minMax(name string, e *ast.CallExpr) string {
	t := f.typeOf(e)
	ct := f.ctype(t)
	var b strings.Builder
	b.WriteString("({ ")
	for i, a := range e.Args {
		fmt.Fprintf(&b, "%s _m%d = %s; ", ct, i, f.operand(a, t))
	}
	b.WriteString(fmt.Sprintf("%s _r = _m0; ", ct))
	for i := 1; i < len(e.Args); i++ {
		v := fmt.Sprintf("_m%d", i)
		switch {
		case isFloat(t):
			fmt.Fprintf(&b, "_r = (%s)goc__f%s(_r, %s); ", ct, name, v)
		case isString(t):
			op := "<"
			if name == "max" {
				op = ">"
			}
			fmt.Fprintf(&b, "if (goc_cmpstring(%s, _r) %s 0) _r = %s; ", v, op, v)
		default:
			op := "<"
			if name == "max" {
				op = ">"
			}
			fmt.Fprintf(&b, "if (%s %s _r) _r = %s; ", v, op, v)
		}
	}
	b.WriteString("_r; })")
	return b.String()
}

// unsafeCall lowers the functions of package unsafe that are not constants:
// sizes within generic functions, and the string/slice header constructors
// and accessors the standard library uses (strings.Builder.String).
func (f *fn) unsafeCall(name string, e *ast.CallExpr) string {
	rt := f.ctype(f.typeOf(e))
	switch name {
	case "unsafe.Sizeof":
		return fmt.Sprintf("((goc_uintptr)sizeof(%s))", f.ctype(f.typeOf(e.Args[0])))
	case "unsafe.Alignof":
		return fmt.Sprintf("((goc_uintptr)_Alignof(%s))", f.ctype(f.typeOf(e.Args[0])))
	case "unsafe.Offsetof":
		// x.f in a generic function whose struct depends on a type
		// parameter: the offset of f (through embedded fields, which the
		// spec allows only by value) from the start of x's struct
		sel, ok := ast.Unparen(e.Args[0]).(*ast.SelectorExpr)
		s := f.t.info.Selections[sel]
		if !ok || s == nil || s.Kind() != types.FieldVal {
			f.t.unsupported(e.Pos(), "builtin unsafe.Offsetof")
			return "0"
		}
		t := f.typ(s.Recv())
		if p, ok := t.Underlying().(*types.Pointer); ok {
			t = p.Elem()
		}
		var path []string
		cur := t
		for _, idx := range s.Index() {
			st, ok := cur.Underlying().(*types.Struct)
			if !ok {
				f.t.unsupported(e.Pos(), "builtin unsafe.Offsetof through a pointer")
				return "0"
			}
			path = append(path, fieldName(st, idx))
			cur = st.Field(idx).Type()
		}
		return fmt.Sprintf("((goc_uintptr)__builtin_offsetof(%s, %s))", f.ctype(t), strings.Join(path, "."))
	case "unsafe.String":
		// the checks of gc's unsafestring
		return fmt.Sprintf("({ const uint8_t *_p = (const uint8_t *)(%s); goc_int _n = %s; "+
			"if (_n < 0) goc_panicerrorstring(\"unsafe.String: len out of range\"); "+
			"if ((uintptr_t)_n > -(uintptr_t)_p) goc_panicerrorstring(_p == NULL ? \"unsafe.String: ptr is nil and len is not zero\" : \"unsafe.String: len out of range\"); "+
			"(goc_string){_p, _n}; })", f.expr(e.Args[0]), f.unsafeLen(e.Args[1]))
	case "unsafe.StringData":
		return fmt.Sprintf("((%s)(%s).str)", rt, f.expr(e.Args[0]))
	case "unsafe.SliceData":
		return fmt.Sprintf("((%s)(%s).ptr)", rt, f.expr(e.Args[0]))
	case "unsafe.Slice":
		// the checks of gc's unsafeslice
		et := f.ctype(f.typeOf(e.Args[0]).Underlying().(*types.Pointer).Elem())
		return fmt.Sprintf("({ void *_p = (void *)(%s); goc_int _n = %s; uintptr_t _mem; "+
			"if (_n < 0) goc_panicerrorstring(\"unsafe.Slice: len out of range\"); "+
			"if (__builtin_mul_overflow((uintptr_t)_n, (uintptr_t)sizeof(%s), &_mem) || _mem > -(uintptr_t)_p || (_p == NULL && _n > 0)) "+
			"goc_panicerrorstring(_p == NULL ? \"unsafe.Slice: ptr is nil and len is not zero\" : \"unsafe.Slice: len out of range\"); "+
			"(goc_slice){_p, _n, _n}; })", f.expr(e.Args[0]), f.unsafeLen(e.Args[1]), et)
	case "unsafe.Add":
		return fmt.Sprintf("((void *)((char *)(%s) + (%s)))", f.expr(e.Args[0]), f.exprTo(e.Args[1], types.Typ[types.Int]))
	}
	return "0"
}

// unsafeLen converts the length argument of unsafe.Slice/String to int; an
// unsigned value above MaxInt becomes negative, which the callers reject
// ("len out of range") as gc does.
func (f *fn) unsafeLen(e ast.Expr) string {
	return fmt.Sprintf("(goc_int)(%s)", f.expr(e))
}
