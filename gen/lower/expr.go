// This file lowers expressions to C expressions: constants, variables,
// selectors, indexing, slicing, unary and binary operators. Compound
// operations use GNU statement expressions ({ ... }) so that every Go
// expression stays one C expression, evaluated once, in Go's order.
package lower

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"math"
	"regexp"
	"strconv"
	"strings"

	"goc/cemit"
)

// expr lowers e to a C expression of C type ctype(typeOf(e)).
func (f *fn) expr(e ast.Expr) string {
	if tv, ok := f.t.info.Types[e]; ok && tv.Value != nil {
		return f.constant(tv.Value, f.typeOf(e))
	}
	switch e := e.(type) {
	case *ast.ParenExpr:
		return f.expr(e.X)
	case *ast.Ident:
		return f.ident(e)
	case *ast.BasicLit:
		return f.constant(f.t.info.Types[e].Value, f.typeOf(e))
	case *ast.SelectorExpr:
		return f.selector(e)
	case *ast.IndexExpr:
		return f.index(e)
	case *ast.IndexListExpr:
		if id := funcIdent(e.X); id != nil {
			if fo, ok := f.t.info.Uses[id].(*types.Func); ok {
				return f.staticClosure(f.funcInstFor(id, fo), f.typeOf(e).(*types.Signature))
			}
		}
	case *ast.SliceExpr:
		return f.sliceExpr(e)
	case *ast.StarExpr:
		if rt := f.typeOf(e); recursivePointer(rt) {
			// the C pointer's innermost level is void * (typeReg.ctype)
			return fmt.Sprintf("(*(%s *)GOC_NN(%s))", f.ctype(rt), f.expr(e.X))
		}
		return "(*GOC_NN(" + f.expr(e.X) + "))"
	case *ast.UnaryExpr:
		return f.unary(e)
	case *ast.BinaryExpr:
		return f.binary(e)
	case *ast.CallExpr:
		return f.call(e)
	case *ast.CompositeLit:
		return f.compositeLit(e, f.typeOf(e))
	case *ast.FuncLit:
		return f.funcLit(e)
	case *ast.TypeAssertExpr:
		return f.typeAssert(e, f.typeOf(e))
	}
	f.t.unsupported(e.Pos(), "expression %T", e)
	return "0"
}

// exprTo lowers e for assignment to a variable of type to (implicit conversions).
func (f *fn) exprTo(e ast.Expr, to types.Type) string {
	if isNilExpr(f, e) {
		return f.zero(to)
	}
	from := f.typeOf(e)
	if tv, ok := f.t.info.Types[e]; ok && tv.Value != nil && !isIface(to) {
		return f.constant(tv.Value, to)
	}
	return f.convert(f.expr(e), from, to)
}

func isNilExpr(f *fn, e ast.Expr) bool {
	if tv, ok := f.t.info.Types[e]; ok && tv.IsNil() {
		return true
	}
	return false
}

// zero is the C zero value of t.
func (f *fn) zero(t types.Type) string {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		if u.Kind() == types.String {
			return "((goc_string){0})"
		}
		if u.Kind() == types.UnsafePointer {
			return "NULL"
		}
		return "0"
	case *types.Pointer:
		// typed, so (*T)(nil).f and (*[N]T)(nil)[:] reach the nil check as C pointers
		return fmt.Sprintf("((%s)NULL)", f.ctype(t))
	case *types.Map, *types.Signature, *types.Chan:
		return "NULL"
	}
	return fmt.Sprintf("((%s)%s)", f.ctype(t), f.zeroInit(t))
}

// zeroInit is a C initializer for the zero value ({} for zero-size types, which take no {0}).
func (f *fn) zeroInit(t types.Type) string {
	if f.sizeof(t) == 0 {
		return "{}"
	}
	return "{0}"
}

// convert applies the implicit conversion of an assignment from type from to type to.
func (f *fn) convert(c string, from, to types.Type) string {
	if to == nil || from == nil || types.Identical(from, to) {
		return c
	}
	if b, ok := from.(*types.Basic); ok && b.Kind() == types.UntypedNil {
		return f.zero(to)
	}
	if isIface(to) {
		if isIface(from) {
			return f.ifaceToIface(c, from, to)
		}
		return f.box(c, from, to)
	}
	fc, tc := f.ctype(from), f.ctype(to)
	if fc != tc {
		switch to.Underlying().(type) {
		case *types.Struct, *types.Array:
			return fmt.Sprintf("GOC_CAST(%s, %s)", tc, c)
		}
		return fmt.Sprintf("((%s)%s)", tc, c)
	}
	return c
}

// ident lowers a name.
func (f *fn) ident(e *ast.Ident) string {
	obj := f.t.info.Uses[e]
	if obj == nil {
		obj = f.t.info.Defs[e]
	}
	switch obj := obj.(type) {
	case *types.Var:
		return f.varRef(obj)
	case *types.Func:
		sig := f.typeOf(e).(*types.Signature)
		if inst, ok := f.t.info.Instances[e]; ok {
			// a generic function of another package instantiated by
			// inference from its use (slices.SortFunc(s, slices.Compare)):
			// go/types records the instance's type for the qualified
			// selector, not for its Sel identifier
			sig = f.typ(inst.Type).(*types.Signature)
		}
		return f.staticClosure(f.funcInstFor(e, obj), sig)
	case *types.Nil:
		return "NULL"
	case *types.Const:
		return f.constant(obj.Val(), f.typ(obj.Type()))
	}
	f.t.unsupported(e.Pos(), "identifier %s", e.Name)
	return "0"
}

// constant renders an exact Go constant as a C expression of type t.
func (f *fn) constant(v constant.Value, t types.Type) string {
	if isIface(t) || t == nil {
		t = defaultType(v)
	}
	b, ok := t.Underlying().(*types.Basic)
	if !ok {
		if v.Kind() == constant.Unknown {
			return "0"
		}
		b = defaultType(v).(*types.Basic)
	}
	ct := f.ctype(t)
	switch {
	case b.Info()&types.IsBoolean != 0:
		if constant.BoolVal(v) {
			return "true"
		}
		return "false"
	case b.Info()&types.IsString != 0:
		if constant.StringVal(v) == "" {
			return "((goc_string){0})" // gc's empty string has a nil data pointer (unsafe.StringData)
		}
		return "GOC_STR(" + cemit.Quote(constant.StringVal(v)) + ")"
	case b.Info()&types.IsInteger != 0:
		v = constant.ToInt(v)
		if b.Info()&types.IsUnsigned != 0 {
			u, _ := constant.Uint64Val(v)
			if u > math.MaxInt64 {
				return fmt.Sprintf("((%s)%dull)", ct, u)
			}
			if ct == "goc_int" {
				return strconv.FormatUint(u, 10)
			}
			return fmt.Sprintf("((%s)%d)", ct, u)
		}
		i, _ := constant.Int64Val(v)
		s := strconv.FormatInt(i, 10)
		if i == math.MinInt64 {
			s = "(-9223372036854775807 - 1)"
		} else if i < 0 {
			s = "(" + s + ")"
		}
		if ct == "goc_int" && i >= math.MinInt32 && i <= math.MaxInt32 {
			return s
		}
		return fmt.Sprintf("((%s)%s)", ct, s)
	case b.Info()&types.IsFloat != 0:
		fv, _ := constant.Float64Val(constant.ToFloat(v))
		if b.Kind() == types.Float32 {
			return "((goc_float32)" + floatLit(fv, 32) + ")"
		}
		return floatLit(fv, 64)
	case b.Info()&types.IsComplex != 0:
		re, _ := constant.Float64Val(constant.ToFloat(constant.Real(v)))
		im, _ := constant.Float64Val(constant.ToFloat(constant.Imag(v)))
		if b.Kind() == types.Complex64 {
			return fmt.Sprintf("__builtin_complex((float)%s, (float)%s)", floatLit(re, 32), floatLit(im, 32))
		}
		return fmt.Sprintf("__builtin_complex(%s, %s)", floatLit(re, 64), floatLit(im, 64))
	}
	return "0"
}

func floatLit(v float64, bits int) string {
	if math.IsInf(v, 1) {
		return "__builtin_inf()"
	}
	if math.IsInf(v, -1) {
		return "(-__builtin_inf())"
	}
	s := strconv.FormatFloat(v, 'g', -1, bits)
	if !strings.ContainsAny(s, ".e") {
		s += ".0"
	}
	if v < 0 || (v == 0 && math.Signbit(v)) {
		s = "(" + s + ")"
	}
	return s
}

func defaultType(v constant.Value) types.Type {
	switch v.Kind() {
	case constant.Bool:
		return types.Typ[types.Bool]
	case constant.String:
		return types.Typ[types.String]
	case constant.Int:
		return types.Typ[types.Int]
	case constant.Float:
		return types.Typ[types.Float64]
	case constant.Complex:
		return types.Typ[types.Complex128]
	}
	return types.Typ[types.Int]
}

// operand lowers a binary-operator operand; constants get their C type so C arithmetic has Go's width.
func (f *fn) operand(e ast.Expr, t types.Type) string {
	if tv, ok := f.t.info.Types[e]; ok && tv.Value != nil {
		// the other operand is not constant (constant operations are folded),
		// so C's usual conversions give the Go type
		return f.constant(tv.Value, t)
	}
	return f.exprTo(e, t)
}

// selector lowers x.f: package members, fields (through embedded fields), method values.
func (f *fn) selector(e *ast.SelectorExpr) string {
	if id, ok := e.X.(*ast.Ident); ok {
		if _, ok := f.t.info.Uses[id].(*types.PkgName); ok {
			return f.ident(e.Sel) // a member of an imported package
		}
	}
	sel := f.t.info.Selections[e]
	if sel != nil && sel.Kind() == types.MethodExpr {
		return f.methodExpr(e, sel)
	}
	xt := f.typeOf(e.X)
	obj, index, _ := types.LookupFieldOrMethod(xt, true, f.t.pkg, e.Sel.Name)
	switch obj := obj.(type) {
	case *types.Var:
		return f.fieldPath(f.expr(e.X), xt, index)
	case *types.Func:
		return f.methodValue(e, obj, index)
	}
	f.t.unsupported(e.Pos(), "selector %s", e.Sel.Name)
	return "0"
}

// fieldPath follows a field index path from base (a value, or a pointer) of type t.
func (f *fn) fieldPath(base string, t types.Type, path []int) string {
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
	return base
}

// indexArgs renders an index value and whether it is unsigned.
func (f *fn) indexValue(e ast.Expr) (string, bool) {
	t := f.typeOf(e)
	if b, ok := t.Underlying().(*types.Basic); ok && b.Info()&types.IsUnsigned != 0 {
		if tv := f.t.info.Types[e]; tv.Value == nil {
			return f.expr(e), true
		}
	}
	if tv := f.t.info.Types[e]; tv.Value != nil {
		return f.constant(tv.Value, types.Typ[types.Int]), false
	}
	return f.expr(e), false
}

func isConst(f *fn, e ast.Expr) bool {
	tv, ok := f.t.info.Types[e]
	return ok && tv.Value != nil
}

// index lowers x[i] for slices, arrays, pointers to arrays, strings, maps and generic instantiation.
func (f *fn) index(e *ast.IndexExpr) string {
	if id := funcIdent(e.X); id != nil {
		if fo, ok := f.t.info.Uses[id].(*types.Func); ok {
			return f.staticClosure(f.funcInstFor(id, fo), f.typeOf(e).(*types.Signature))
		}
	}
	xt := f.typeOf(e.X)
	switch u := xt.Underlying().(type) {
	case *types.Map:
		return f.mapIndex(e.X, e.Index, u)
	case *types.Basic: // string
		i, uns := f.indexValue(e.Index)
		if uns {
			return fmt.Sprintf("GOC_STR_ATU(%s, %s)", f.expr(e.X), i)
		}
		return fmt.Sprintf("GOC_STR_AT(%s, %s)", f.expr(e.X), i)
	case *types.Slice:
		i, uns := f.indexValue(e.Index)
		m := "GOC_SLICE_AT"
		if uns {
			m = "GOC_SLICE_ATU"
		}
		return fmt.Sprintf("%s(%s, %s, %s)", m, f.ctype(u.Elem()), paren(f.expr(e.X)), paren(i))
	case *types.Array:
		return fmt.Sprintf("%s.a[%s]", f.expr(e.X), f.arrayIndex(e.Index, u.Len()))
	case *types.Pointer:
		at := u.Elem().Underlying().(*types.Array)
		return fmt.Sprintf("GOC_NN(%s)->a[%s]", f.expr(e.X), f.arrayIndex(e.Index, at.Len()))
	}
	f.t.unsupported(e.Pos(), "index of %s", xt)
	return "0"
}

func (f *fn) arrayIndex(ie ast.Expr, n int64) string {
	i, uns := f.indexValue(ie)
	if isConst(f, ie) {
		return i
	}
	if uns {
		return fmt.Sprintf("GOC_IDXU(%s, %d)", i, n)
	}
	return fmt.Sprintf("GOC_IDX(%s, %d)", i, n)
}

func funcIdent(e ast.Expr) *ast.Ident {
	switch x := e.(type) {
	case *ast.Ident:
		return x
	case *ast.SelectorExpr:
		return x.Sel
	case *ast.ParenExpr:
		return funcIdent(x.X)
	case *ast.IndexExpr:
		return funcIdent(x.X)
	case *ast.IndexListExpr:
		return funcIdent(x.X)
	}
	return nil
}

func paren(s string) string {
	if strings.ContainsAny(s, ",") {
		return "(" + s + ")"
	}
	return s
}

// sliceExpr lowers x[lo:hi] and x[lo:hi:max].
func (f *fn) sliceExpr(e *ast.SliceExpr) string {
	xt := f.typeOf(e.X)
	// operands are evaluated left to right: through temporaries when two may call
	ncalls := 0
	for _, x := range []ast.Expr{e.X, e.Low, e.High, e.Max} {
		if x != nil && f.hasCall(x) {
			ncalls++
		}
	}
	var pre []string
	// unsigned: bit 1 lo, 2 hi, 4 max have unsigned types (panic messages print them so)
	unsigned := 0
	bound := func(x ast.Expr, bit int) string {
		if x == nil {
			return "0"
		}
		v, uns := f.indexValue(x)
		if uns {
			unsigned |= bit
		}
		if ncalls > 1 && !isConst(f, x) {
			tmp := f.tmp()
			ct := "goc_int"
			if uns {
				ct = "goc_uint"
			}
			pre = append(pre, fmt.Sprintf("%s %s = %s;", ct, tmp, v))
			return tmp
		}
		return v
	}
	base := func() string {
		v := f.expr(e.X)
		if ncalls > 1 {
			tmp := f.tmp()
			pre = append(pre, fmt.Sprintf("%s %s = %s;", f.ctype(xt), tmp, v))
			return tmp
		}
		return v
	}
	var r string
	hashi := e.High != nil
	switch u := xt.Underlying().(type) {
	case *types.Basic:
		x := base()
		lo, hi := bound(e.Low, 1), bound(e.High, 2)
		r = fmt.Sprintf("goc__substr(%s, %s, %s, %v, %d)", x, lo, hi, hashi, unsigned)
	case *types.Slice:
		x := base()
		lo, hi, max := bound(e.Low, 1), bound(e.High, 2), bound(e.Max, 4)
		r = f.sliceCall(e, x, lo, hi, max, "sizeof("+f.ctype(u.Elem())+")", false, unsigned)
	case *types.Array:
		x := fmt.Sprintf("(goc_slice){%s.a, %d, %d}", f.expr(e.X), u.Len(), u.Len())
		lo, hi, max := bound(e.Low, 1), bound(e.High, 2), bound(e.Max, 4)
		r = f.sliceCall(e, x, lo, hi, max, "sizeof("+f.ctype(u.Elem())+")", true, unsigned)
	case *types.Pointer:
		at := u.Elem().Underlying().(*types.Array)
		x := base()
		lo, hi, max := bound(e.Low, 1), bound(e.High, 2), bound(e.Max, 4)
		// the cast keeps a nil constant ((*[1]int)(nil)[:]) typed for ->a
		x = fmt.Sprintf("(goc_slice){GOC_NN((%s)(%s))->a, %d, %d}", f.ctype(xt), x, at.Len(), at.Len())
		r = f.sliceCall(e, x, lo, hi, max, "sizeof("+f.ctype(at.Elem())+")", true, unsigned)
	default:
		f.t.unsupported(e.Pos(), "slice of %s", xt)
		return "0"
	}
	return wrapStmtExpr(pre, r)
}

func (f *fn) sliceCall(e *ast.SliceExpr, x, lo, hi, max, es string, arr bool, unsigned int) string {
	if e.Slice3 {
		return fmt.Sprintf("goc__slice3(%s, %s, %s, %s, %s, %v, %d)", x, lo, hi, max, es, arr, unsigned)
	}
	return fmt.Sprintf("goc__slice2(%s, %s, %s, %v, %s, %v, %d)", x, lo, hi, e.High != nil, es, arr, unsigned)
}

// unary lowers -x, +x, !x, ^x, &x.
func (f *fn) unary(e *ast.UnaryExpr) string {
	t := f.typeOf(e)
	switch e.Op {
	case token.AND:
		return f.addrOf(e.X)
	case token.SUB:
		if isInteger(t) {
			return fmt.Sprintf("((%s)-%s)", f.ctype(t), paren1(f.operand(e.X, t)))
		}
		return "(-" + paren1(f.operand(e.X, t)) + ")"
	case token.ADD:
		return f.operand(e.X, t)
	case token.NOT:
		return "(!" + paren1(f.expr(e.X)) + ")"
	case token.XOR:
		return fmt.Sprintf("((%s)~%s)", f.ctype(t), paren1(f.operand(e.X, t)))
	case token.ARROW:
		ct := f.ctype(t)
		return fmt.Sprintf("({ %s _rv = %s; goc_chanrecv1(%s, &_rv); _rv; })", ct, f.zero(t), f.expr(e.X))
	}
	f.t.unsupported(e.Pos(), "operator %s", e.Op)
	return "0"
}

var identRE = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// atom parenthesizes s unless it is an identifier.
func atom(s string) string {
	if identRE.MatchString(s) {
		return s
	}
	return paren1(s)
}

func paren1(s string) string {
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") {
		return s
	}
	return "(" + s + ")"
}

func isInteger(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

func isUnsigned(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsUnsigned != 0
}

func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

func isFloat(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsFloat != 0
}

// addrOf lowers &x.
func (f *fn) addrOf(x ast.Expr) string {
	for {
		p, ok := x.(*ast.ParenExpr)
		if !ok {
			break
		}
		x = p.X
	}
	switch x := x.(type) {
	case *ast.CompositeLit:
		return f.newLit(x, f.typeOf(x))
	case *ast.Ident:
		if v, ok := f.t.info.Uses[x].(*types.Var); ok {
			if f.sizeof(f.typeOf(x)) == 0 {
				// every zero-size variable lives at runtime.zerobase, as in gc
				return fmt.Sprintf("((%s *)&goc_zerobase)", f.ctype(f.typeOf(x)))
			}
			if lv := f.vars[v]; lv != nil {
				if lv.heap {
					return lv.c
				}
				return "&" + lv.c
			}
			return "&" + f.t.globalName(v)
		}
	}
	return "&" + paren1(f.expr(x))
}

// hasCall reports whether evaluating e may call a function (order matters then).
func (f *fn) hasCall(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.UnaryExpr:
			if n.Op == token.ARROW {
				found = true
			}
		case *ast.CallExpr:
			if tv, ok := f.t.info.Types[n.Fun]; ok && tv.IsType() {
				return true
			}
			if tv, ok := f.t.info.Types[n.Fun]; ok && tv.IsBuiltin() {
				// recover and copy have effects others may see: f(recover(), recover())
				if id, ok := unparen(n.Fun).(*ast.Ident); ok && (id.Name == "recover" || id.Name == "copy") {
					found = true
				}
				return true
			}
			found = true
		}
		return true
	})
	return found
}

// binary lowers binary operators.
func (f *fn) binary(e *ast.BinaryExpr) string {
	switch e.Op {
	case token.LAND:
		return fmt.Sprintf("(%s && %s)", f.expr(e.X), f.expr(e.Y))
	case token.LOR:
		return fmt.Sprintf("(%s || %s)", f.expr(e.X), f.expr(e.Y))
	case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
		return f.compare(e)
	case token.SHL, token.SHR:
		return f.shift(e)
	}
	t := f.typeOf(e)
	if isString(t) && e.Op == token.ADD {
		return f.concat(e)
	}
	x, y := f.operand(e.X, t), f.operand(e.Y, t)
	ct := f.ctype(t)
	var pre string
	if f.hasCall(e.X) && f.hasCall(e.Y) {
		a, b := f.tmp(), f.tmp()
		pre = fmt.Sprintf("%s %s = %s; %s %s = %s; ", ct, a, x, ct, b, y)
		x, y = a, b
	}
	var r string
	switch e.Op {
	case token.ADD, token.SUB, token.MUL, token.AND, token.OR, token.XOR:
		r = fmt.Sprintf("%s %s %s", x, e.Op, y)
		if isInteger(t) && f.sizeof(t) < 8 {
			r = fmt.Sprintf("(%s)(%s)", ct, r)
		} else {
			r = "(" + r + ")"
		}
	case token.AND_NOT:
		r = fmt.Sprintf("(%s)(%s & ~%s)", ct, x, y)
	case token.QUO, token.REM:
		r = f.divide(e, t, x, y)
	default:
		f.t.unsupported(e.Pos(), "operator %s", e.Op)
		return "0"
	}
	if pre != "" {
		return "({ " + pre + r + "; })"
	}
	return r
}

func (f *fn) divide(e *ast.BinaryExpr, t types.Type, x, y string) string {
	ct := f.ctype(t)
	if !isInteger(t) {
		if e.Op == token.REM {
			return "0"
		}
		return fmt.Sprintf("(%s / %s)", x, y)
	}
	op := "/"
	if e.Op == token.REM {
		op = "%"
	}
	if tv := f.t.info.Types[e.Y]; tv.Value != nil {
		v, exact := constant.Int64Val(constant.ToInt(tv.Value))
		if !exact || (v != 0 && v != -1) || isUnsigned(t) && v != 0 {
			return fmt.Sprintf("(%s)(%s %s %s)", ct, x, op, y)
		}
	}
	m := "GOC_DIV"
	if e.Op == token.REM {
		m = "GOC_MOD"
	}
	if isUnsigned(t) {
		m += "U"
	}
	return fmt.Sprintf("%s(%s, %s, %s)", m, ct, paren(x), paren(y))
}

// shift lowers << and >> with Go's rules for large and negative counts.
func (f *fn) shift(e *ast.BinaryExpr) string {
	t := f.typeOf(e)
	ct := f.ctype(t)
	x := f.operand(e.X, t)
	width := f.sizeof(t) * 8
	if tv := f.t.info.Types[e.Y]; tv.Value != nil {
		c, _ := constant.Uint64Val(constant.ToInt(tv.Value))
		if c < uint64(width) {
			if e.Op == token.SHL {
				return fmt.Sprintf("((%s)((goc_uint64)%s << %d))", ct, x, c)
			}
			return fmt.Sprintf("((%s)(%s >> %d))", ct, x, c)
		}
		if e.Op == token.SHL || isUnsigned(t) {
			return fmt.Sprintf("((%s)0)", ct)
		}
		return fmt.Sprintf("((%s)(%s >> %d))", ct, x, width-1)
	}
	yt := f.typeOf(e.Y)
	y := f.expr(e.Y)
	if !isUnsigned(yt) {
		y = "GOC_SHCOUNT(" + y + ")"
	}
	if e.Op == token.SHL {
		return fmt.Sprintf("GOC_SHL(%s, %s, %s)", ct, x, y)
	}
	return fmt.Sprintf("GOC_SHR(%s, %s, %s)", ct, x, y)
}

// concat lowers a chain of string additions to one runtime call.
func (f *fn) concat(e *ast.BinaryExpr) string {
	var parts []string
	var walk func(x ast.Expr)
	walk = func(x ast.Expr) {
		if b, ok := x.(*ast.BinaryExpr); ok && b.Op == token.ADD && !isConst(f, b) {
			walk(b.X)
			walk(b.Y)
			return
		}
		if p, ok := x.(*ast.ParenExpr); ok {
			walk(p.X)
			return
		}
		parts = append(parts, f.exprTo(x, types.Typ[types.String]))
	}
	walk(e)
	var pre []string
	ncalls := 0
	for _, p := range parts {
		if strings.Contains(p, "(") && !strings.HasPrefix(p, "GOC_STR(") {
			ncalls++
		}
	}
	if ncalls > 1 && f.hasCall(e) {
		// operands are evaluated left to right: through temporaries
		for i, p := range parts {
			if strings.HasPrefix(p, "GOC_STR(") {
				continue
			}
			tmp := f.tmp()
			pre = append(pre, fmt.Sprintf("goc_string %s = %s;", tmp, p))
			parts[i] = tmp
		}
	}
	if len(pre) > 0 {
		return wrapStmtExpr(pre, f.concatCall(parts))
	}
	return f.concatCall(parts)
}

func (f *fn) concatCall(parts []string) string {
	if len(parts) == 2 {
		return fmt.Sprintf("goc_concatstring2(%s, %s)", parts[0], parts[1])
	}
	return fmt.Sprintf("goc_concatstrings((goc_string[]){%s}, %d)", strings.Join(parts, ", "), len(parts))
}

// compare lowers == != < <= > >=.
func (f *fn) compare(e *ast.BinaryExpr) string {
	xt, yt := f.typeOf(e.X), f.typeOf(e.Y)
	xnil, ynil := isNilExpr(f, e.X), isNilExpr(f, e.Y)
	if xnil || ynil {
		v, t := e.X, xt
		if xnil {
			v, t = e.Y, yt
		}
		c := f.nilTest(f.expr(v), t)
		if e.Op == token.NEQ {
			return "(!" + c + ")"
		}
		return c
	}
	// mixed interface / concrete: compare through the interface
	if isIface(xt) != isIface(yt) {
		ie, ce, it, ct := e.X, e.Y, xt, yt
		if isIface(yt) {
			ie, ce, it, ct = e.Y, e.X, yt, xt
		}
		iv := f.expr(ie)
		if !isEface(it) {
			iv = "goc_ifacetoeface(" + iv + ")"
		}
		tmp := f.tmp()
		r := fmt.Sprintf("({ %s %s = %s; goc_efaceeqvalue(%s, %s, &%s); })", f.ctype(ct), tmp, f.exprTo(ce, ct), iv, f.t.descs.ref(ct), tmp)
		if e.Op == token.NEQ {
			return "(!" + r + ")"
		}
		return r
	}
	t := xt
	if tv := f.t.info.Types[e.X]; tv.Value != nil {
		t = yt
	}
	if b, ok := t.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
		t = yt
	}
	x, y := f.tmpStringOr(e.X, t, f.operand), f.tmpStringOr(e.Y, t, f.operand) // string(b) needs no copy (map.go)
	if f.hasCall(e.X) && f.hasCall(e.Y) {
		a, b := f.tmp(), f.tmp()
		ct := f.ctype(t)
		r := f.compareValues(e.Op, a, b, t)
		return fmt.Sprintf("({ %s %s = %s; %s %s = %s; %s; })", ct, a, x, ct, b, y, r)
	}
	return f.compareValues(e.Op, x, y, t)
}

func (f *fn) compareValues(op token.Token, x, y string, t types.Type) string {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		if u.Info()&types.IsString != 0 {
			if op == token.EQL {
				return fmt.Sprintf("goc_eqstring(%s, %s)", x, y)
			}
			if op == token.NEQ {
				return fmt.Sprintf("(!goc_eqstring(%s, %s))", x, y)
			}
			return fmt.Sprintf("(goc_cmpstring(%s, %s) %s 0)", x, y, op)
		}
		return fmt.Sprintf("(%s %s %s)", x, op, y)
	case *types.Interface:
		fnm := "goc_ifaceeq"
		if u.NumMethods() == 0 {
			fnm = "goc_efaceeq"
		}
		r := fmt.Sprintf("%s(%s, %s)", fnm, x, y)
		if op == token.NEQ {
			return "(!" + r + ")"
		}
		return r
	case *types.Struct, *types.Array:
		_, eq := f.t.descs.hashEq(t)
		ct := f.ctype(t)
		a, b := f.tmp(), f.tmp()
		r := fmt.Sprintf("({ %s %s = %s, %s = %s; %s(&%s, &%s); })", ct, a, x, b, y, eq, a, b)
		if op == token.NEQ {
			return "(!" + r + ")"
		}
		return r
	}
	return fmt.Sprintf("(%s %s %s)", x, op, y)
}

// nilTest is a C condition that the value c of type t is nil.
func (f *fn) nilTest(c string, t types.Type) string {
	switch u := t.Underlying().(type) {
	case *types.Slice:
		return "(" + c + ".ptr == NULL)"
	case *types.Interface:
		if u.NumMethods() == 0 {
			return "(" + c + ".type == NULL)"
		}
		return "(" + c + ".tab == NULL)"
	}
	return "(" + c + " == NULL)"
}
