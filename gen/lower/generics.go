// This file implements generics by monomorphization: each distinct set of
// type arguments gets its own C function (main__Map__int__string), and the
// body is lowered with the type parameters replaced by the arguments.
package lower

import (
	"fmt"
	"go/ast"
	"go/types"
	"sync"
)

// subst maps type parameters to type arguments.
type subst struct {
	m     map[*types.TypeParam]types.Type
	t     *Translator
	targs []types.Type // the instance's type arguments, in order
	scope *types.Scope // the generic function's: the types declared in it are per instance
}

// localInst describes a type declared inside a generic function and
// instantiated with that function (printed like gc: main.pair[int]): the
// declared type, the function's type arguments, and, for a generic local
// type, its own (main.t[string;int]).
type localInst struct {
	orig *types.TypeName
	args []types.Type
	own  []types.Type
}

// localInsts maps the type names of such instances to their localInst
// (package units are translated concurrently).
var localInsts sync.Map

// localInstOf returns what tn instantiates, or nil.
func localInstOf(tn *types.TypeName) *localInst {
	if li, ok := localInsts.Load(tn); ok {
		return li.(*localInst)
	}
	return nil
}

// localGens numbers, per package from 1, the defined (not alias) types
// declared inside function bodies, in source order over the package's
// files: gc's noder gives each such type that number, and writes it after
// the type's name where the type is a type argument (main.G[main.L·4]).
var localGens sync.Map // *types.TypeName -> int

// numberLocalTypes fills localGens for the files of one package.
func numberLocalTypes(files []*ast.File, info *types.Info) {
	n := 0
	count := func(node ast.Node) bool {
		if ts, ok := node.(*ast.TypeSpec); ok && !ts.Assign.IsValid() {
			n++
			if tn, ok := info.Defs[ts.Name].(*types.TypeName); ok {
				localGens.Store(tn, n)
			}
		}
		return true
	}
	for _, f := range files {
		ast.Inspect(f, func(node ast.Node) bool {
			if b, ok := node.(*ast.BlockStmt); ok {
				ast.Inspect(b, count)
				return false
			}
			return true
		})
	}
}

// localGen is the number of a type declared in a function (of the
// declaration an instance of a generic function's local type comes from),
// or 0.
func localGen(tn *types.TypeName) int {
	if li := localInstOf(tn); li != nil {
		tn = li.orig
	}
	if n, ok := localGens.Load(tn); ok {
		return n.(int)
	}
	return 0
}

// instSubst builds the substitution for a generic function or a method of a generic type.
func (t *Translator) instSubst(obj *types.Func, targs []types.Type) *subst {
	sig := obj.Type().(*types.Signature)
	tps := sig.TypeParams()
	if sig.Recv() != nil && sig.RecvTypeParams() != nil {
		tps = sig.RecvTypeParams()
	}
	s := &subst{m: map[*types.TypeParam]types.Type{}, t: t, targs: targs, scope: obj.Scope()}
	if tps == nil {
		return nil
	}
	for i := 0; i < tps.Len() && i < len(targs); i++ {
		s.m[tps.At(i)] = targs[i]
	}
	return s
}

// typ applies the function's substitution to t.
func (f *fn) typ(t types.Type) types.Type {
	if f.sub == nil || t == nil {
		return t
	}
	return f.sub.apply(t)
}

// typeOf is the (substituted) type of an expression.
func (f *fn) typeOf(e ast.Expr) types.Type {
	return f.typ(f.t.info.TypeOf(e))
}

func (s *subst) apply(t types.Type) types.Type {
	switch t := t.(type) {
	case *types.TypeParam:
		if r, ok := s.m[t]; ok {
			return r
		}
		return t
	case *types.Basic:
		return t
	case *types.Alias:
		return s.apply(types.Unalias(t))
	case *types.Pointer:
		if e := s.apply(t.Elem()); e != t.Elem() {
			return types.NewPointer(e)
		}
		return t
	case *types.Slice:
		if e := s.apply(t.Elem()); e != t.Elem() {
			return types.NewSlice(e)
		}
		return t
	case *types.Array:
		if e := s.apply(t.Elem()); e != t.Elem() {
			return types.NewArray(e, t.Len())
		}
		return t
	case *types.Map:
		k, e := s.apply(t.Key()), s.apply(t.Elem())
		if k != t.Key() || e != t.Elem() {
			return types.NewMap(k, e)
		}
		return t
	case *types.Chan:
		if e := s.apply(t.Elem()); e != t.Elem() {
			return types.NewChan(t.Dir(), e)
		}
		return t
	case *types.Struct:
		changed := false
		var fields []*types.Var
		var tags []string
		for i := 0; i < t.NumFields(); i++ {
			f := t.Field(i)
			ft := s.apply(f.Type())
			if ft != f.Type() {
				changed = true
			}
			fields = append(fields, types.NewField(f.Pos(), f.Pkg(), f.Name(), ft, f.Embedded()))
			tags = append(tags, t.Tag(i))
		}
		if !changed {
			return t
		}
		return types.NewStruct(fields, tags)
	case *types.Tuple:
		if t == nil {
			return t
		}
		changed := false
		var vars []*types.Var
		for i := 0; i < t.Len(); i++ {
			v := t.At(i)
			vt := s.apply(v.Type())
			if vt != v.Type() {
				changed = true
			}
			vars = append(vars, types.NewParam(v.Pos(), v.Pkg(), v.Name(), vt))
		}
		if !changed {
			return t
		}
		return types.NewTuple(vars...)
	case *types.Signature:
		p := s.apply(t.Params())
		r := s.apply(t.Results())
		if p == types.Type(t.Params()) && r == types.Type(t.Results()) && t.TypeParams() == nil {
			return t
		}
		pt, _ := p.(*types.Tuple)
		rt, _ := r.(*types.Tuple)
		return types.NewSignatureType(nil, nil, nil, pt, rt, t.Variadic())
	case *types.Interface:
		changed := false
		var ms []*types.Func
		for i := 0; i < t.NumMethods(); i++ {
			m := t.Method(i)
			mt := s.apply(m.Type())
			if mt != m.Type() {
				changed = true
			}
			ms = append(ms, types.NewFunc(m.Pos(), m.Pkg(), m.Name(), mt.(*types.Signature)))
		}
		if !changed {
			return t
		}
		return types.NewInterfaceType(ms, nil).Complete()
	case *types.Named:
		ta := t.TypeArgs()
		if ta == nil || ta.Len() == 0 {
			return s.localNamed(t)
		}
		changed := false
		var args []types.Type
		for i := 0; i < ta.Len(); i++ {
			a := s.apply(ta.At(i))
			if a != ta.At(i) {
				changed = true
			}
			args = append(args, a)
		}
		if orig := t.Origin(); s.declaredIn(orig.Obj()) {
			return s.localGeneric(orig, args)
		}
		if !changed {
			return t
		}
		inst, err := types.Instantiate(s.t.tctx, t.Origin(), args, false)
		if err != nil {
			panic(err)
		}
		return inst
	}
	return t
}

// funcInstFor resolves a function object used at an identifier (instantiating generics).
func (f *fn) funcInstFor(id *ast.Ident, obj *types.Func) *funcInst {
	if inst, ok := f.t.info.Instances[id]; ok && inst.TypeArgs != nil && inst.TypeArgs.Len() > 0 {
		var targs []types.Type
		for i := 0; i < inst.TypeArgs.Len(); i++ {
			targs = append(targs, f.typ(inst.TypeArgs.At(i)))
		}
		return f.t.funcInst(obj, targs)
	}
	return f.t.funcInst(obj, nil)
}

// methodInst resolves a concrete method (possibly of an instantiated generic type).
func (t *Translator) methodInst(m *types.Func) *funcInst {
	sig := m.Type().(*types.Signature)
	rt := sig.Recv().Type()
	if p, ok := rt.(*types.Pointer); ok {
		rt = p.Elem()
	}
	var targs []types.Type
	if n, ok := types.Unalias(rt).(*types.Named); ok && n.TypeArgs() != nil {
		for i := 0; i < n.TypeArgs().Len(); i++ {
			targs = append(targs, n.TypeArgs().At(i))
		}
	}
	return t.funcInst(m.Origin(), targs)
}

// declaredIn reports whether obj is declared inside the generic function
// being instantiated (its body or a function literal's in it).
func (s *subst) declaredIn(obj *types.TypeName) bool {
	if s.scope == nil || !isLocalType(obj) {
		return false
	}
	for p := obj.Parent(); p != nil; p = p.Parent() {
		if p == s.scope {
			return true
		}
	}
	return false
}

// localNamed instantiates a type declared inside a generic function: one new
// named type per function instance, as gc makes one per dictionary
// (F[int] and F[string] declare distinct types, even when the declaration
// does not use the type parameters; their names are main.T[int] and
// main.T[string]).
func (s *subst) localNamed(t *types.Named) types.Type {
	obj := t.Obj()
	if !s.declaredIn(obj) {
		return t
	}
	key := fmt.Sprintf("%p", obj)
	for _, a := range s.targs {
		key += "," + s.t.reg.tkey(a)
	}
	if n, ok := s.t.localTypes[key]; ok {
		return n
	}
	tn := types.NewTypeName(obj.Pos(), obj.Pkg(), obj.Name(), nil)
	n := types.NewNamed(tn, nil, nil)
	s.t.localTypes[key] = n
	localInsts.Store(tn, &localInst{orig: obj, args: s.targs})
	n.SetUnderlying(s.apply(t.Underlying()))
	return n
}

func isLocalType(obj *types.TypeName) bool {
	return obj.Pkg() != nil && obj.Parent() != obj.Pkg().Scope()
}

// localGeneric instantiates a generic type declared inside a generic
// function, whose definition uses the function's type parameters, with
// type arguments args: one new named type per function instance and
// arguments, whose underlying type has both the function's and its own type
// parameters replaced. (types.Instantiate would keep the function's.) The
// type may refer to itself with other arguments (type t[x any] struct{ a
// *t[x]; b *t[N] }): each distinct instance is made once.
func (s *subst) localGeneric(orig *types.Named, args []types.Type) types.Type {
	obj := orig.Obj()
	key := fmt.Sprintf("%p", obj)
	for _, a := range s.targs {
		key += "," + s.t.reg.tkey(a)
	}
	key += ";"
	for _, a := range args {
		key += "," + s.t.reg.tkey(a)
	}
	if n, ok := s.t.localTypes[key]; ok {
		return n
	}
	tn := types.NewTypeName(obj.Pos(), obj.Pkg(), obj.Name(), nil)
	n := types.NewNamed(tn, nil, nil)
	s.t.localTypes[key] = n
	localInsts.Store(tn, &localInst{orig: obj, args: s.targs, own: args})
	inner := &subst{m: map[*types.TypeParam]types.Type{}, t: s.t, targs: s.targs, scope: s.scope}
	for k, v := range s.m {
		inner.m[k] = v
	}
	tps := orig.TypeParams()
	for i := 0; i < tps.Len() && i < len(args); i++ {
		inner.m[tps.At(i)] = args[i]
	}
	n.SetUnderlying(inner.apply(orig.Underlying()))
	return n
}
