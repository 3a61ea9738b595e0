// This file lowers for-range loops over integers, slices, arrays, pointers
// to arrays, strings (goc_decoderune with an inline ASCII fast path) and maps
// (goc_mapiterinit/goc_mapiternext). The range expression is evaluated once;
// iteration variables are declared inside the body, so each iteration has
// its own (Go 1.22; in files of older language versions, variables that
// live in GC memory are allocated once, before the loop, and shared by
// every iteration: loopVarPerIteration).
package lower

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
)

// rangeVars assigns the iteration values (C expressions) to the loop's key and value.
func (f *fn) rangeVars(s *ast.RangeStmt, key, val string, kt, vt types.Type) {
	set := func(e ast.Expr, v string, t types.Type) {
		if e == nil || v == "" {
			return
		}
		if id, ok := e.(*ast.Ident); ok && id.Name == "_" {
			return
		}
		if s.Tok == token.DEFINE {
			o := f.t.info.Defs[e.(*ast.Ident)]
			if o == nil {
				return
			}
			if lv := f.vars[o]; lv != nil && lv.heap {
				f.w.Printf("%s = %s;", lv.ref(), v) // one variable for the whole loop (before Go 1.22)
				return
			}
			f.declVar(o, v)
			return
		}
		f.store(e, f.convert(v, t, f.typeOf(e)), false)
	}
	if s.Tok != token.DEFINE && s.Key != nil && s.Value != nil && val != "" {
		// parallel assignment: both left sides are evaluated before assigning
		lhs := f.prepareLHS([]ast.Expr{s.Key, s.Value})
		for i, pair := range [][2]any{{key, kt}, {val, vt}} {
			orig := []ast.Expr{s.Key, s.Value}[i]
			if isBlank(orig) {
				continue
			}
			f.store(lhs[i], f.convert(pair[0].(string), pair[1].(types.Type), f.typeOf(orig)), false)
		}
		return
	}
	set(s.Key, key, kt)
	set(s.Value, val, vt)
}

func (f *fn) rangeStmt(s *ast.RangeStmt, li *labelInfo) {
	if f.t.isRangeFunc(s) {
		f.rangeFunc(s, li)
		return
	}
	xt := f.typeOf(s.X)
	f.w.Printf("{")
	f.w.Indent()
	if s.Tok == token.DEFINE && !f.t.loopVarPerIteration(s.Pos()) {
		// before Go 1.22 the loop has one key and one value variable
		for _, e := range []ast.Expr{s.Key, s.Value} {
			if id, ok := e.(*ast.Ident); ok && id.Name != "_" {
				if o := f.t.info.Defs[id]; o != nil && f.t.escapes[o] {
					f.declVar(o, "")
				}
			}
		}
	}
	i := f.tmp()
	switch u := xt.Underlying().(type) {
	case *types.Basic:
		if u.Info()&types.IsString != 0 {
			str, next := f.tmp(), f.tmp()
			r := f.tmp()
			f.w.Printf("goc_string %s = %s;", str, f.expr(s.X))
			f.w.Printf("for (goc_int %s = 0, %s; %s < %s.len; %s = %s) {", i, next, i, str, i, next)
			f.w.Indent()
			f.w.Printf("goc_int32 %s = %s.str[%s];", r, str, i)
			f.w.Printf("if (%s < 0x80) %s = %s + 1; else %s = goc_decoderune(%s, %s, &%s);", r, next, i, r, str, i, next)
			f.rangeVars(s, i, r, types.Typ[types.Int], types.Typ[types.Int32])
			f.w.Dedent()
			f.loopBody(s, li, s.Body.List)
			break
		}
		// range over an integer
		n := f.tmp()
		ct := f.ctype(xt)
		if b, ok := xt.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
			xt = types.Typ[types.Int]
			if s.Key != nil {
				if kt := f.typeOf(s.Key); kt != nil {
					xt = kt
				}
			}
			ct = f.ctype(xt)
		}
		f.w.Printf("%s %s = %s;", ct, n, f.exprTo(s.X, xt))
		f.w.Printf("for (%s %s = 0; %s < %s; %s++) {", ct, i, i, n, i)
		f.w.Indent()
		f.rangeVars(s, i, "", xt, nil)
		f.w.Dedent()
		f.loopBody(s, li, s.Body.List)
	case *types.Slice:
		sv := f.tmp()
		f.w.Printf("goc_slice %s = %s;", sv, f.expr(s.X))
		f.w.Printf("for (goc_int %s = 0; %s < %s.len; %s++) {", i, i, sv, i)
		f.w.Indent()
		f.rangeVars(s, i, fmt.Sprintf("((%s *)%s.ptr)[%s]", f.ctype(u.Elem()), sv, i), types.Typ[types.Int], u.Elem())
		f.w.Dedent()
		f.loopBody(s, li, s.Body.List)
	case *types.Array:
		av := ""
		if s.Value != nil && !isBlank(s.Value) {
			av = f.tmp()
			f.w.Printf("%s %s = %s; /* range over an array copies it */", f.ctype(xt), av, f.expr(s.X))
		} else if f.hasCall(s.X) {
			f.w.Printf("(void)(%s);", f.expr(s.X))
		}
		f.w.Printf("for (goc_int %s = 0; %s < %d; %s++) {", i, i, u.Len(), i)
		f.w.Indent()
		val := ""
		if av != "" {
			val = fmt.Sprintf("%s.a[%s]", av, i)
		}
		f.rangeVars(s, i, val, types.Typ[types.Int], u.Elem())
		f.w.Dedent()
		f.loopBody(s, li, s.Body.List)
	case *types.Pointer:
		at := u.Elem().Underlying().(*types.Array)
		pv := f.tmp()
		f.w.Printf("%s %s = %s;", f.ctype(xt), pv, f.expr(s.X))
		f.w.Printf("for (goc_int %s = 0; %s < %d; %s++) {", i, i, at.Len(), i)
		f.w.Indent()
		val := ""
		if s.Value != nil && !isBlank(s.Value) {
			val = fmt.Sprintf("GOC_NN(%s)->a[%s]", pv, i)
		}
		f.rangeVars(s, i, val, types.Typ[types.Int], at.Elem())
		f.w.Dedent()
		f.loopBody(s, li, s.Body.List)
	case *types.Map:
		it := f.tmp()
		f.w.Printf("goc_hiter %s;", it)
		f.w.Printf("goc_mapiterinit(%s, %s, &%s);", f.t.descs.mapRef(xt), f.expr(s.X), it)
		f.w.Printf("for (; %s.key != NULL; goc_mapiternext(&%s)) {", it, it)
		f.w.Indent()
		f.rangeVars(s, fmt.Sprintf("*(%s *)%s.key", f.ctype(u.Key()), it), fmt.Sprintf("*(%s *)%s.elem", f.ctype(u.Elem()), it), u.Key(), u.Elem())
		f.w.Dedent()
		f.loopBody(s, li, s.Body.List)
	case *types.Chan:
		cv := f.tmp()
		f.w.Printf("goc_hchan *%s = %s;", cv, f.expr(s.X))
		f.w.Printf("for (;;) {")
		f.w.Indent()
		rv := f.tmp()
		f.w.Printf("%s %s = %s;", f.ctype(u.Elem()), rv, f.zero(u.Elem()))
		f.w.Printf("if (!goc_chanrecv2(%s, &%s)) break;", cv, rv)
		f.rangeVars(s, rv, "", u.Elem(), nil)
		f.w.Dedent()
		f.loopBody(s, li, s.Body.List)
	default:
		f.t.unsupported(s.Pos(), "range over %s", xt)
	}
	f.w.Dedent()
	f.w.Printf("}")
}

func isBlank(e ast.Expr) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == "_"
}
