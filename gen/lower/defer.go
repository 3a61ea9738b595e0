// This file lowers defer with the frame shape of include/goc/panic.h, and
// the go statement (include/goc/sched.h): the callee and arguments are
// evaluated at the statement and stored in a closure object whose function
// makes the call later (goc_deferproc / goc_newproc).
package lower

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"
)

func (f *fn) deferStmt(s *ast.DeferStmt) {
	f.w.Printf("{")
	f.w.Indent()
	if f.packCall(s.Call, "defer") {
		if f.isIfaceMethodCall(s.Call) {
			// evaluating the method value x.M panics now when x is a nil interface
			f.w.Printf("GOC_NILCHECK(_d->a0.tab);")
		}
		f.w.Printf("goc_deferproc(%s, (goc_func *)_d);", f.frameRef())
	}
	f.w.Dedent()
	f.w.Printf("}")
}

func (f *fn) goStmt(s *ast.GoStmt) {
	// go f() for a func() value: hand f itself over (nil f is gc's fatal error)
	if tv, ok := f.t.info.Types[s.Call.Fun]; ok && !tv.IsBuiltin() && !tv.IsType() && len(s.Call.Args) == 0 {
		if sig, ok := f.typeOf(s.Call.Fun).Underlying().(*types.Signature); ok && sig.Params().Len() == 0 && sig.Results().Len() == 0 {
			if f.deferToken(s.Call) == "$0" {
				f.w.Printf("goc_newproc(%s);", f.expr(s.Call.Fun))
				return
			}
		}
	}
	f.w.Printf("{")
	f.w.Indent()
	if f.packCall(s.Call, "go") {
		if f.isIfaceMethodCall(s.Call) {
			f.w.Printf("GOC_NILCHECK(_d->a0.tab);")
		}
		f.w.Printf("goc_newproc((goc_func *)_d);")
	}
	f.w.Dedent()
	f.w.Printf("}")
}

// packCall evaluates a call's callee and arguments into a new closure object
// _d whose function (a thunk named after kind) makes the call.
func (f *fn) packCall(call *ast.CallExpr, kind string) bool {
	if tv, ok := f.t.info.Types[call.Fun]; ok && tv.IsType() {
		f.t.unsupported(call.Pos(), "%s of a conversion", kind)
		return false
	}
	f.inDefer = true
	p := f.callParts(call)
	f.inDefer = false
	if p == nil {
		f.t.unsupported(call.Pos(), "%s of this call", kind)
		return false
	}
	token := ""
	if kind == "defer" {
		token = f.deferToken(call)
	}
	if token == "" && kind == "defer" && p.token != nil {
		token = "$p"
	}
	*f.nlit++
	root := f
	for root.parent != nil {
		root = root.parent
	}
	name := fmt.Sprintf("%s__%s%d", root.cname, kind, *f.nlit)
	env := name + "__env"
	var fields, args []string
	for i, ct := range p.ctypes {
		fields = append(fields, fmt.Sprintf("%s a%d;", ct, i))
		args = append(args, fmt.Sprintf("_e->a%d", i))
	}
	f.t.closureEnv(env, fields)
	proto := fmt.Sprintf("static void %s(goc_func *_cl)", name)
	tok := ""
	if token != "" {
		if token == "$0" {
			token = "(void *)_e->a0"
		} else if token == "$p" {
			token = p.token(args)
		}
		tok = "goc__deferfn = " + token + ";\n    "
	}
	what := "deferred call"
	if kind == "go" {
		what = "body of a go statement"
	}
	body := fmt.Sprintf("/* %s: arguments were evaluated at the %s statement */\n%s {\n    %s *_e = (%s *)_cl;\n    (void)_e;\n    %s%s;\n}\n%s",
		what, kind, proto, env, env, tok, p.mk(args), funcTab(name, f.thunkGoName(kind), funcWrapper))
	f.t.addLocalHelper(name, proto+";", body)
	for _, pre := range p.pre {
		f.w.Printf("%s", pre)
	}
	f.w.Printf("%s *_d = (%s *)goc_alloc(sizeof(%s), true);", env, env, env)
	var sets []string
	for i, v := range p.vals {
		sets = append(sets, fmt.Sprintf("_d->a%d = %s;", i, v))
	}
	f.w.Printf("_d->fn = (void (*)(void))%s; %s", name, strings.Join(sets, " "))
	return true
}

func (f *fn) isIfaceMethodCall(call *ast.CallExpr) bool {
	sel, ok := unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	s := f.t.info.Selections[sel]
	if s == nil || s.Kind() != types.MethodVal {
		return false
	}
	_, index, _ := types.LookupFieldOrMethod(f.typeOf(sel.X), true, f.t.pkg, sel.Sel.Name)
	_, rt := f.navigate("x", f.typeOf(sel.X), index[:len(index)-1])
	it, ok := rt.Underlying().(*types.Interface)
	return ok && it.NumMethods() > 0
}

// deferToken identifies the function a deferred call invokes directly (for
// recover): a C function address, or "$0" for the func value in a0.
func (f *fn) deferToken(call *ast.CallExpr) string {
	if tv, ok := f.t.info.Types[call.Fun]; ok && tv.IsBuiltin() {
		return ""
	}
	fun := unparen(call.Fun)
	if sel, ok := fun.(*ast.SelectorExpr); ok {
		xt := f.typeOf(sel.X)
		if s := f.t.info.Selections[sel]; s != nil && s.Kind() == types.MethodVal {
			obj, _, _ := types.LookupFieldOrMethod(xt, true, f.t.pkg, sel.Sel.Name)
			if m, ok := obj.(*types.Func); ok {
				if _, isIface := m.Type().(*types.Signature).Recv().Type().Underlying().(*types.Interface); !isIface {
					return "(void *)" + f.t.methodInst(m).cname
				}
			}
			return ""
		}
	}
	if id := funcIdent(fun); id != nil {
		if fo, ok := f.t.info.Uses[id].(*types.Func); ok && fo.Type().(*types.Signature).Recv() == nil {
			if _, isSel := fun.(*ast.SelectorExpr); !isSel || f.t.fromSource(fo.Pkg()) {
				return "(void *)" + f.funcInstFor(id, fo).cname
			}
		}
	}
	return "$0"
}
