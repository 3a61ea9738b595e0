// This file lowers interfaces: boxing a concrete value (goc_convT through
// GOC_EFACE/GOC_IFACE, static itabs), interface-to-interface conversion
// (goc_getitab), type assertions as in include/goc/iface.h, and the ifn
// wrappers of method tables, which take the interface data word.
package lower

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"
)

// box converts a concrete value c of type from to interface type to.
func (f *fn) box(c string, from, to types.Type) string {
	d := f.t.descs
	ct := f.ctype(from)
	if isEface(to) {
		if isDirect(from) {
			return fmt.Sprintf("((goc_eface){%s, (void *)%s})", d.ref(from), c)
		}
		return fmt.Sprintf("GOC_EFACE(%s, %s, %s)", ct, d.ref(from), paren1(c))
	}
	tab := d.itab(from, to)
	if isDirect(from) {
		return fmt.Sprintf("((goc_iface){%s, (void *)%s})", tab, c)
	}
	return fmt.Sprintf("GOC_IFACE(%s, %s, %s)", ct, tab, paren1(c))
}

// asEface views an interface value as goc_eface.
func asEface(c string, t types.Type) string {
	if isEface(t) {
		return c
	}
	return "goc_ifacetoeface(" + c + ")"
}

// ifaceToIface converts between interface types.
func (f *fn) ifaceToIface(c string, from, to types.Type) string {
	if isEface(to) {
		return asEface(c, from)
	}
	if f.ctype(from) == "goc_iface" && types.Identical(from.Underlying(), to.Underlying()) {
		return c
	}
	// never fails: a nil value stays nil, and from's type implements to
	tmp := f.tmp()
	return fmt.Sprintf("({ %s goc_eface %s = %s; (goc_iface){goc_typeAssertCached(&_s, %s.type), %s.data}; })",
		f.assertSite("_s", to, true), tmp, asEface(c, from), tmp, tmp)
}

// assertSite declares the static per-site cache of an assertion to interface type
// to (goc_typeassert in include/goc/iface.h) under the C name name.
func (f *fn) assertSite(name string, to types.Type, canFail bool) string {
	return fmt.Sprintf("static goc_typeassert %s = {&goc_emptyTypeAssertCache, %s, %t};", name, f.t.descs.ref(to), canFail)
}

// typeAssert lowers x.(T) (one result).
func (f *fn) typeAssert(e *ast.TypeAssertExpr, to types.Type) string {
	xt := f.typeOf(e.X)
	x := f.expr(e.X)
	d := f.t.descs
	ct := f.ctype(to)
	if isIface(to) {
		ev := asEface(x, xt)
		if isEface(to) {
			return fmt.Sprintf("({ goc_eface _e = %s; if (_e.type == NULL) goc_panicnildottype(%s); _e; })", ev, d.ref(to))
		}
		return fmt.Sprintf("({ %s goc_eface _e = %s; (goc_iface){goc_typeAssertCached(&_s, _e.type), _e.data}; })",
			f.assertSite("_s", to, false), ev)
	}
	val := fmt.Sprintf("*(%s *)_x.data", ct)
	if isDirect(to) {
		val = fmt.Sprintf("(%s)_x.data", ct)
	}
	if isEface(xt) {
		return fmt.Sprintf("({ goc_eface _x = %s; if (_x.type != %s) goc_panicdottypeE(_x.type, %s, %s); %s; })",
			x, d.ref(to), d.ref(to), d.ref(xt), val)
	}
	return fmt.Sprintf("({ goc_iface _x = %s; if (_x.tab == NULL || _x.tab->Type != %s) goc_panicdottypeI(_x.tab, %s, %s); %s; })",
		x, d.ref(to), d.ref(to), d.ref(xt), val)
}

// typeAssertOk lowers v, ok := x.(T) to a (T, bool) tuple value.
func (f *fn) typeAssertOk(e *ast.TypeAssertExpr, to types.Type) (string, *types.Tuple) {
	tt := types.NewTuple(types.NewVar(0, nil, "", to), types.NewVar(0, nil, "", types.Typ[types.Bool]))
	tct := f.ctype(tt)
	xt := f.typeOf(e.X)
	ev := asEface(f.expr(e.X), xt)
	d := f.t.descs
	ct := f.ctype(to)
	if isIface(to) {
		if isEface(to) {
			return fmt.Sprintf("({ goc_eface _x = %s; (%s){_x, _x.type != NULL}; })", ev, tct), tt
		}
		return fmt.Sprintf("({ %s goc_eface _e = %s; const goc_itab *_tab = goc_typeAssertCached(&_s, _e.type); "+
			"_tab != NULL ? (%s){(goc_iface){_tab, _e.data}, true} : (%s){0}; })", f.assertSite("_s", to, true), ev, tct, tct), tt
	}
	val := fmt.Sprintf("*(%s *)_x.data", ct)
	if isDirect(to) {
		val = fmt.Sprintf("(%s)_x.data", ct)
	}
	return fmt.Sprintf("({ goc_eface _x = %s; _x.type == %s ? (%s){%s, true} : (%s){0}; })", ev, d.ref(to), tct, val, tct), tt
}

// ifnWrapper returns the name of the method-table entry of method sel for
// concrete type t: a function taking the interface data word, then the
// method's parameters.
func (t *Translator) ifnWrapper(typ types.Type, sel *types.Selection) string {
	m := sel.Obj().(*types.Func)
	name := fmt.Sprintf("goc_ifn__%s__%s", t.reg.mangle(typ), m.Name())
	if t.helperOK[name] {
		return name
	}
	msig := m.Type().(*types.Signature)
	f := t.newFn(name, nil, msig)
	decl, names := f.paramDecls("void *_d", msig)
	rt := t.resultType(msig)
	proto := fmt.Sprintf("static %s %s(%s)", rt, name, decl)
	var b strings.Builder
	fmt.Fprintf(&b, "/* %s.%s called through an interface */\n%s {\n", typeString(typ), m.Name(), proto)
	ct := t.reg.ctype(typ)
	var base string
	var bt types.Type
	path := sel.Index()
	if isDirect(typ) {
		fmt.Fprintf(&b, "    %s x = (%s)_d;\n", ct, ct)
		base, bt = "x", typ
		if p, ok := typ.Underlying().(*types.Pointer); ok && len(path) == 1 {
			if _, wantPtr := msig.Recv().Type().(*types.Pointer); !wantPtr {
				// gc's *T wrapper of a value method: a nil receiver gets panicwrap's message
				tn := typeString(p.Elem())
				if i := strings.LastIndex(tn, "."); i >= 0 {
					tn = tn[i+1:]
				}
				fmt.Fprintf(&b, "    if (x == NULL) goc_panicwrap(\"main\", \"%s\", \"%s\");\n", tn, m.Name())
			}
		}
	} else {
		fmt.Fprintf(&b, "    %s *x = (%s *)_d;\n", ct, ct)
		base, bt = "x", types.NewPointer(typ)
	}
	recv, rtyp := f.navigate(base, bt, path[:len(path)-1])
	var call string
	if it, ok := rtyp.Underlying().(*types.Interface); ok {
		k := ifaceMethodIndex(it, m)
		t.useIfaceMethodIn(name, m)
		call = fmt.Sprintf("((%s)(%s).tab->Fun[%d])(%s)", f.ifnPtrType(msig), recv, k,
			strings.Join(append([]string{"(" + recv + ").data"}, names...), ", "))
	} else {
		fi := t.methodInst(m)
		call = fmt.Sprintf("%s(%s)", fi.cname, strings.Join(append([]string{f.adjustRecv(recv, rtyp, m)}, names...), ", "))
	}
	fmt.Fprintf(&b, "    %s%s;\n}\n%s", returnIf(rt), call, funcTab(name, recvGoName(typ)+"."+m.Name(), funcWrapper|funcArgs))
	t.addHelper(name, proto+";", b.String())
	return name
}
