// This file lowers func values: function literals become C functions plus a
// goc_func object holding pointers to the captured variables' GC cells;
// top-level functions used as values get static closures; method values
// bind their receiver when evaluated; method expressions take it as the
// first parameter.
package lower

import (
	"fmt"
	"go/ast"
	"go/types"
	"goc/cemit"
	"strings"
)

// paramDecls renders C parameters (with names a0, a1, ...) for a signature, after lead.
func (f *fn) paramDecls(lead string, sig *types.Signature) (decl string, names []string) {
	ps := []string{}
	if lead != "" {
		ps = append(ps, lead)
	}
	for i := 0; i < sig.Params().Len(); i++ {
		n := fmt.Sprintf("a%d", i)
		names = append(names, n)
		ps = append(ps, cdecl(f.ctype(sig.Params().At(i).Type()), n))
	}
	if len(ps) == 0 {
		ps = []string{"void"}
	}
	return strings.Join(ps, ", "), names
}

func returnIf(resTyp string) string {
	if resTyp == "void" {
		return ""
	}
	return "return "
}

// staticClosure returns a goc_func * for a top-level function (instance).
func (f *fn) staticClosure(fi *funcInst, sig *types.Signature) string {
	name := fi.cname + "__closure"
	if _, ok := f.t.statics[name]; !ok {
		f.t.statics[name] = name
		fv := fi.cname + "__fv"
		decl, names := f.paramDecls("goc_func *_cl", sig)
		rt := f.t.resultType(sig)
		proto := fmt.Sprintf("static %s %s(%s)", rt, fv, decl)
		// at the function's own line, as gc's func value is the function
		// itself (FuncForPC(pc).FileLine over its code stays in the function)
		l, file := f.t.posLine(fi.obj.Pos())
		ln := fmt.Sprintf("#line %d %s\n", l, cemit.Quote(file))
		body := fmt.Sprintf("/* %s as a func value */\n%s%s {\n%s    if (goc__deferfn == (void *)_cl) goc__deferfn = (void *)%s;\n%s    %s%s(%s);\n%s}\nstatic const goc_func %s = {(void (*)(void))%s};\n%s",
			fi.obj.Name(), ln, proto, ln, fi.cname, ln, returnIf(rt), fi.cname, strings.Join(names, ", "), ln, name, fv,
			funcTab(fv, fi.goname, wrapperFlags(sig)))
		f.t.addHelper(name, proto+";", body)
	}
	return "((goc_func *)&" + name + ")"
}

// closureEnv registers the C struct of a closure object with the given capture fields.
func (t *Translator) closureEnv(name string, fields []string) {
	cs := &cstruct{name: name, fields: append([]string{"void (*fn)(void);"}, fields...)}
	// A field without '*' holds its type by value (a go/defer argument block,
	// a method value's receiver): a struct it names must be complete first.
	for _, fld := range fields {
		if !strings.Contains(fld, "*") {
			idents(fld, func(id string) {
				if _, ok := t.reg.structs[id]; ok {
					cs.deps = append(cs.deps, id)
				}
			})
		}
	}
	t.reg.structs[name] = cs
	t.reg.sorder = append(t.reg.sorder, name)
	t.reg.fwd = append(t.reg.fwd, fmt.Sprintf("typedef struct %s %s;", name, name))
}

// funcLit lowers a function literal to a closure.
func (f *fn) funcLit(e *ast.FuncLit) string {
	*f.nlit++
	root := f
	for root.parent != nil {
		root = root.parent
	}
	name := fmt.Sprintf("%s__func%d", root.cname, *f.nlit)
	sig := f.typeOf(e).(*types.Signature)
	free := f.t.freeVars(e.Body, e.Pos(), e.End())
	child := f.t.newFn(name, f.sub, sig)
	child.parent = f
	child.nlit = f.nlit
	child.goname = f.closureGoName()
	var params []*types.Var
	osig := f.t.info.TypeOf(e).(*types.Signature)
	for i := 0; i < osig.Params().Len(); i++ {
		params = append(params, osig.Params().At(i))
	}
	env := name + "__env"
	var fields, inits []string
	if len(free) > 0 {
		for _, v := range free {
			lv := f.vars[v]
			if lv == nil {
				continue // a variable of an outer scope not visible here (cannot happen for valid input)
			}
			ct := f.ctype(f.typ(v.Type()))
			fields = append(fields, fmt.Sprintf("%s *v_%s;", ct, lv.c))
			ptr := lv.c
			if !lv.heap {
				ptr = "&" + lv.c
			}
			inits = append(inits, fmt.Sprintf("_c->v_%s = %s;", lv.c, ptr))
		}
		f.t.closureEnv(env, fields)
	}
	child.pre = func() {
		if len(free) == 0 {
			child.w.Printf("(void)_cl;")
			return
		}
		child.w.Printf("%s *_env = (%s *)_cl;", env, env)
		for _, v := range free {
			lv := f.vars[v]
			if lv == nil {
				continue
			}
			cn := child.newName(v.Name())
			ct := f.ctype(f.typ(v.Type()))
			child.w.Printf("%s *%s = _env->v_%s;", ct, cn, lv.c)
			child.vars[v] = &lvar{c: cn, heap: true}
		}
	}
	child.emitFunc(e.Pos(), "func literal", name, "goc_func *_cl", params, osig, e.Body)
	if len(free) == 0 {
		sname := name + "__closure"
		f.t.addLocalHelper(sname, "", fmt.Sprintf("static const goc_func %s = {(void (*)(void))%s};", sname, name))
		return "((goc_func *)&" + sname + ")"
	}
	if so := f.stackObject(e, int64(8*(len(inits)+1)), env+" %s"); so != "" {
		return fmt.Sprintf("({ %s *_c = &%s; _c->fn = (void (*)(void))%s; %s (goc_func *)_c; })",
			env, so, name, strings.Join(inits, " "))
	}
	return fmt.Sprintf("({ %s *_c = (%s *)goc_alloc(sizeof(%s), true); _c->fn = (void (*)(void))%s; %s (goc_func *)_c; })",
		env, env, env, name, strings.Join(inits, " "))
}

// methodValue lowers x.M used as a value: a closure binding the receiver now.
func (f *fn) methodValue(e *ast.SelectorExpr, m *types.Func, index []int) string {
	xt := f.typeOf(e.X)
	recv, rt := f.navigate(f.expr(e.X), xt, index[:len(index)-1])
	sig := f.typeOf(e).(*types.Signature)
	rtName := f.t.resultType(sig)
	if it, ok := rt.Underlying().(*types.Interface); ok {
		k := ifaceMethodIndex(it, m)
		thunk := fmt.Sprintf("goc_mv__%s__%s", f.t.reg.mangle(rt), m.Name())
		f.t.useIfaceMethodIn(thunk, m)
		env := thunk + "__env"
		if !f.t.helperOK[thunk] {
			f.t.closureEnv(env, []string{"goc_iface recv;"})
			decl, names := f.paramDecls("goc_func *_cl", sig)
			proto := fmt.Sprintf("static %s %s(%s)", rtName, thunk, decl)
			body := fmt.Sprintf("/* method value %s.%s */\n%s {\n    %s *_e = (%s *)_cl;\n    %s((%s)_e->recv.tab->Fun[%d])(%s);\n}\n%s",
				typeString(rt), m.Name(), proto, env, env, returnIf(rtName), f.ifnPtrType(sig), k,
				strings.Join(append([]string{"_e->recv.data"}, names...), ", "),
				funcTab(thunk, recvGoName(rt)+"."+m.Name()+"-fm", wrapperFlags(sig)))
			f.t.addHelper(thunk, proto+";", body)
		}
		return fmt.Sprintf("({ goc_iface _r = %s; GOC_NILCHECK(_r.tab); %s *_c = (%s *)goc_alloc(sizeof(%s), true); _c->fn = (void (*)(void))%s; _c->recv = _r; (goc_func *)_c; })",
			recv, env, env, env, thunk)
	}
	fi := f.t.methodInst(m)
	rv := f.adjustRecv(recv, rt, m)
	rct := f.ctype(m.Type().(*types.Signature).Recv().Type())
	thunk := fi.cname + "__mv"
	env := thunk + "__env"
	if !f.t.helperOK[thunk] {
		f.t.closureEnv(env, []string{rct + " recv;"})
		decl, names := f.paramDecls("goc_func *_cl", sig)
		proto := fmt.Sprintf("static %s %s(%s)", rtName, thunk, decl)
		body := fmt.Sprintf("/* method value bound to its receiver */\n%s {\n    %s *_e = (%s *)_cl;\n    if (goc__deferfn == (void *)_cl) goc__deferfn = (void *)%s;\n    %s%s(%s);\n}\n%s",
			proto, env, env, fi.cname, returnIf(rtName), fi.cname, strings.Join(append([]string{"_e->recv"}, names...), ", "),
			funcTab(thunk, fi.goname+"-fm", wrapperFlags(sig)))
		f.t.addHelper(thunk, proto+";", body)
	}
	return fmt.Sprintf("({ %s _r = %s; %s *_c = (%s *)goc_alloc(sizeof(%s), true); _c->fn = (void (*)(void))%s; _c->recv = _r; (goc_func *)_c; })",
		rct, rv, env, env, env, thunk)
}

// methodExpr lowers T.M / (*T).M / I.M: a func taking the receiver first.
func (f *fn) methodExpr(e *ast.SelectorExpr, sel *types.Selection) string {
	recvT := f.typ(sel.Recv())
	obj, index, _ := types.LookupFieldOrMethod(recvT, false, f.t.pkg, e.Sel.Name)
	thunk := f.t.mxThunk(recvT, obj.(*types.Func), index, f.typeOf(e).(*types.Signature))
	return "((goc_func *)&" + thunk + "__closure)"
}

// tfnWrapper is the Tfn of a method table entry (abi.Method.Tfn): the
// method expression typ.M, a Go func value's code taking the receiver first.
func (t *Translator) tfnWrapper(typ types.Type, sel *types.Selection) string {
	m := sel.Obj().(*types.Func)
	msig := m.Type().(*types.Signature)
	params := []*types.Var{types.NewVar(0, nil, "", typ)}
	for i := 0; i < msig.Params().Len(); i++ {
		params = append(params, msig.Params().At(i))
	}
	sig := types.NewSignatureType(nil, nil, nil, types.NewTuple(params...), msig.Results(), msig.Variadic())
	return t.mxThunk(typ, m, sel.Index(), sig)
}

// mxThunk writes (once) the function of method expression recvT.M, reached
// through the embedded fields of index, with signature sig (receiver
// first), and its static closure NAME__closure; it returns NAME.
func (t *Translator) mxThunk(recvT types.Type, m *types.Func, index []int, sig *types.Signature) string {
	rtName := t.resultType(sig)
	thunk := fmt.Sprintf("goc_mx__%s__%s", t.reg.mangle(recvT), m.Name())
	if t.helperOK[thunk] {
		return thunk
	}
	inner := t.newFn(thunk, nil, sig)
	decl, names := inner.paramDecls("goc_func *_cl", sig)
	proto := fmt.Sprintf("static %s %s(%s)", rtName, thunk, decl)
	var call, fwd string
	recv, rt := inner.navigate(names[0], recvT, index[:len(index)-1])
	msig := m.Type().(*types.Signature)
	if it, ok := rt.Underlying().(*types.Interface); ok {
		k := ifaceMethodIndex(it, m)
		t.useIfaceMethodIn(thunk, m)
		call = fmt.Sprintf("((%s)%s.tab->Fun[%d])(%s)", inner.ifnPtrType(msig), recv, k,
			strings.Join(append([]string{recv + ".data"}, names[1:]...), ", "))
		if isEface(rt) {
			call = "0"
		} else {
			// a deferred call of the func value calls the method (or its
			// Ifn wrapper, which forwards) directly, for recover
			fwd = fmt.Sprintf("if (goc__deferfn == (void *)_cl) goc__deferfn = (void *)%s.tab->Fun[%d]; ", recv, k)
		}
	} else {
		fi := t.methodInst(m)
		call = fmt.Sprintf("%s(%s)", fi.cname, strings.Join(append([]string{inner.adjustRecv(recv, rt, m)}, names[1:]...), ", "))
		if fi.decl != nil && fi.decl.Body != nil && callsRecover(fi.decl.Body) {
			// a deferred call of the func value calls the method directly, for recover
			fwd = fmt.Sprintf("if (goc__deferfn == (void *)_cl) goc__deferfn = (void *)%s; ", fi.cname)
		}
	}
	body := fmt.Sprintf("/* method expression %s.%s */\n%s { (void)_cl; %s%s%s; }\nstatic const goc_func %s__closure = {(void (*)(void))%s};\n%s",
		typeString(recvT), m.Name(), proto, fwd, returnIf(rtName), call, thunk, thunk,
		funcTab(thunk, recvGoName(recvT)+"."+m.Name(), wrapperFlags(sig)))
	t.addHelper(thunk, proto+";", body)
	return thunk
}

// usesReflect reports whether the program contains package reflect, the
// only reader of abi.Method.Tfn; without it method tables hold TextOff -1
// there, as gc's linker leaves Tfn of methods nothing can call that way.
func (t *Translator) usesReflect() bool {
	for p := range t.srcPkgs {
		if p.Path() == "reflect" {
			return true
		}
	}
	return false
}
