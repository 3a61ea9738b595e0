// This file lowers the concurrency packages goc declares in gen/load/std —
// sync and sync/atomic — whose functions and methods have no
// Go bodies: each becomes a small static C function (a "library function")
// calling the runtime (include/goc/sync.h, sync_map.h, sched.h, malloc.h).
//
// The stub structs have the layout of the runtime's C structs, so a method
// receives a pointer to the generated struct and casts it:
//
//	var mu sync.Mutex; mu.Lock()
//	  → static void goc_lib__sync__Mutex__Lock(sync__Mutex *r) { goc_sync_Mutex_Lock((goc_sync_Mutex *)r); }
//
// Because library functions are ordinary funcInsts, calls, method values,
// defer/go, promoted methods of embedded fields (struct{ sync.Mutex }) and
// method tables (a *sync.Mutex in a sync.Locker) all work unchanged.
package lower

import (
	"fmt"
	"go/types"
	"strings"

	"goc/load"
)

// libBodies maps "path.Func" or "path.Type.Method" to a C body. In a body, r is
// the receiver, a0, a1, ... the parameters, $R the result's C type (a tuple
// struct with fields r0, r1 for two results).
var libBodies = map[string]string{
	// ---- sync
	"sync.Mutex.Lock":           "goc_sync_Mutex_Lock((goc_sync_Mutex *)r);",
	"sync.Mutex.TryLock":        "return goc_sync_Mutex_TryLock((goc_sync_Mutex *)r);",
	"sync.Mutex.Unlock":         "goc_sync_Mutex_Unlock((goc_sync_Mutex *)r);",
	"sync.RWMutex.Lock":         "goc_sync_RWMutex_Lock((goc_sync_RWMutex *)r);",
	"sync.RWMutex.TryLock":      "return goc_sync_RWMutex_TryLock((goc_sync_RWMutex *)r);",
	"sync.RWMutex.Unlock":       "goc_sync_RWMutex_Unlock((goc_sync_RWMutex *)r);",
	"sync.RWMutex.RLock":        "goc_sync_RWMutex_RLock((goc_sync_RWMutex *)r);",
	"sync.RWMutex.TryRLock":     "return goc_sync_RWMutex_TryRLock((goc_sync_RWMutex *)r);",
	"sync.RWMutex.RLocker":      "return ($R){$RLockerItab, r};",
	"sync.rlocker.Lock":         "goc_sync_RWMutex_RLock((goc_sync_RWMutex *)r);",
	"sync.rlocker.Unlock":       "goc_sync_RWMutex_RUnlock((goc_sync_RWMutex *)r);",
	"sync.RWMutex.RUnlock":      "goc_sync_RWMutex_RUnlock((goc_sync_RWMutex *)r);",
	"sync.WaitGroup.Add":        "goc_sync_WaitGroup_Add((goc_sync_WaitGroup *)r, a0);",
	"sync.WaitGroup.Done":       "goc_sync_WaitGroup_Done((goc_sync_WaitGroup *)r);",
	"sync.WaitGroup.Wait":       "goc_sync_WaitGroup_Wait((goc_sync_WaitGroup *)r);",
	"sync.Once.Do":              "goc_sync_Once_Do((goc_sync_Once *)r, a0);",
	"sync.NewCond":              "return ($R)goc_sync_NewCond(a0);",
	"sync.Cond.Wait":            "goc_sync_Cond_Wait((goc_sync_Cond *)r);",
	"sync.Cond.Signal":          "goc_sync_Cond_Signal((goc_sync_Cond *)r);",
	"sync.Cond.Broadcast":       "goc_sync_Cond_Broadcast((goc_sync_Cond *)r);",
	"sync.Map.Load":             "$R res; res.r1 = goc_sync_Map_Load((goc_sync_Map *)r, a0, &res.r0); return res;",
	"sync.Map.Store":            "goc_sync_Map_Store((goc_sync_Map *)r, a0, a1);",
	"sync.Map.LoadOrStore":      "$R res; res.r1 = goc_sync_Map_LoadOrStore((goc_sync_Map *)r, a0, a1, &res.r0); return res;",
	"sync.Map.LoadAndDelete":    "$R res; res.r1 = goc_sync_Map_LoadAndDelete((goc_sync_Map *)r, a0, &res.r0); return res;",
	"sync.Map.Delete":           "goc_sync_Map_Delete((goc_sync_Map *)r, a0);",
	"sync.Map.Swap":             "$R res; res.r1 = goc_sync_Map_Swap((goc_sync_Map *)r, a0, a1, &res.r0); return res;",
	"sync.Map.CompareAndSwap":   "return goc_sync_Map_CompareAndSwap((goc_sync_Map *)r, a0, a1, a2);",
	"sync.Map.CompareAndDelete": "return goc_sync_Map_CompareAndDelete((goc_sync_Map *)r, a0, a1);",
	"sync.Map.Range":            "goc_sync_Map_Range((goc_sync_Map *)r, a0);",
	"sync.Map.Clear":            "goc_sync_Map_Clear((goc_sync_Map *)r);",
	"sync.Pool.Get":             "return goc_sync_Pool_Get((goc_sync_Pool *)r);",
	"sync.Pool.Put":             "goc_sync_Pool_Put((goc_sync_Pool *)r, a0);",

	// ---- sync/atomic: typed values other than the integer ones (see libBody)
	"sync/atomic.Bool.Load":              "return goc_atomic_LoadUint32(&r->v) != 0;",
	"sync/atomic.Bool.Store":             "goc_atomic_StoreUint32(&r->v, a0 ? 1 : 0);",
	"sync/atomic.Bool.Swap":              "return goc_atomic_SwapUint32(&r->v, a0 ? 1 : 0) != 0;",
	"sync/atomic.Bool.CompareAndSwap":    "return goc_atomic_CompareAndSwapUint32(&r->v, a0 ? 1 : 0, a1 ? 1 : 0);",
	"sync/atomic.Pointer.Load":           "return ($R)goc_atomic_LoadPointer((void **)&r->v);",
	"sync/atomic.Pointer.Store":          "goc_atomic_StorePointer((void **)&r->v, (void *)a0);",
	"sync/atomic.Pointer.Swap":           "return ($R)goc_atomic_SwapPointer((void **)&r->v, (void *)a0);",
	"sync/atomic.Pointer.CompareAndSwap": "return goc_atomic_CompareAndSwapPointer((void **)&r->v, (void *)a0, (void *)a1);",
	"sync/atomic.Value.Load":             "goc_eface *p = goc_atomic_LoadPointer((void **)&r->v); return p ? *p : (goc_eface){0};",
	"sync/atomic.Value.Store":            "goc__atomic_valueCheck(r, a0, \"store of nil value into Value\", \"store of inconsistently typed value into Value\"); goc_atomic_StorePointer((void **)&r->v, goc__atomic_box(a0));",
	"sync/atomic.Value.Swap": "goc__atomic_valueCheck(r, a0, \"swap of nil value into Value\", \"swap of inconsistently typed value into Value\");" +
		" goc_eface *p = goc_atomic_SwapPointer((void **)&r->v, goc__atomic_box(a0)); return p ? *p : (goc_eface){0};",
	"sync/atomic.Value.CompareAndSwap": "return goc__atomic_valueCAS(r, a0, a1);",
}

// atomicInts are the integer types of sync/atomic's functions and typed values.
var atomicInts = []string{"Int32", "Int64", "Uint32", "Uint64", "Uintptr"}

// libBody returns the C body of a library function (key as in libBodies) or "".
func libBody(key string) string {
	if b, ok := libBodies[key]; ok {
		return b
	}
	parts := strings.Split(key, ".")
	if parts[0] != "sync/atomic" {
		return ""
	}
	for _, n := range atomicInts {
		switch {
		case len(parts) == 2: // AddInt64(addr, delta) → goc_atomic_AddInt64(addr, delta)
			for _, op := range []string{"Add", "And", "Or", "Load", "Store", "Swap", "CompareAndSwap"} {
				if parts[1] == op+n {
					args := map[string]string{"Load": "a0", "Store": "a0, a1", "CompareAndSwap": "a0, a1, a2"}[op]
					if args == "" {
						args = "a0, a1"
					}
					ret := "return "
					if op == "Store" {
						ret = ""
					}
					return fmt.Sprintf("%sgoc_atomic_%s(%s);", ret, parts[1], args)
				}
			}
		case len(parts) == 3 && parts[1] == n: // x.Add(d) → goc_atomic_AddInt64(&x->v, d)
			args := map[string]string{"Load": "", "Store": ", a0", "CompareAndSwap": ", a0, a1"}[parts[2]]
			if parts[2] != "Load" && args == "" {
				args = ", a0"
			}
			ret := "return "
			if parts[2] == "Store" {
				ret = ""
			}
			return fmt.Sprintf("%sgoc_atomic_%s%s(&r->v%s);", ret, parts[2], n, args)
		}
	}
	return ""
}

// runtimeDesc names the type descriptor the C runtime defines for t, a type
// of the runtime stub package (or a pointer to one) whose values the runtime
// makes: the panic values of failed type assertions and of panic(nil). It
// returns "" for other types.
func runtimeDesc(t types.Type) string {
	ptr := ""
	if p, ok := t.(*types.Pointer); ok {
		t, ptr = types.Unalias(p.Elem()), "ptr_"
	}
	n, ok := t.(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != "runtime" {
		return ""
	}
	switch n.Obj().Name() {
	case "TypeAssertionError", "PanicNilError":
		return "goc_type_" + ptr + "runtime_" + n.Obj().Name()
	}
	return ""
}

// libKey names a standard-library function by package path: "time.Sleep",
// "sync.Mutex.Lock", "sync/atomic.Int64.Add".
func libKey(obj *types.Func) string {
	sig := obj.Type().(*types.Signature)
	if recv := sig.Recv(); recv != nil {
		rt := recv.Type()
		if p, ok := rt.(*types.Pointer); ok {
			rt = p.Elem()
		}
		if n, ok := types.Unalias(rt).(*types.Named); ok {
			return obj.Pkg().Path() + "." + n.Obj().Name() + "." + obj.Name()
		}
	}
	return obj.Pkg().Path() + "." + obj.Name()
}

// libInst returns the library function for obj (instantiated with targs for
// atomic.Pointer[T]), emitting it on first use; nil if goc has no body for it.
func (t *Translator) libInst(obj *types.Func, targs []types.Type) *funcInst {
	if !load.Supported(obj.Pkg().Path()) {
		return nil // a package translated from source
	}
	key := libKey(obj)
	body := libBody(key)
	if body == "" {
		return nil
	}
	sig := obj.Type().(*types.Signature)
	cn := "goc_lib__" + strings.NewReplacer(".", "__", "/", "_").Replace(key)
	if len(targs) > 0 {
		// a method of a generic type: use the instantiated receiver's method
		rt := sig.Recv().Type().(*types.Pointer).Elem().(*types.Named)
		inst, err := types.Instantiate(t.tctx, rt.Origin(), targs, false)
		if err != nil {
			panic(err)
		}
		m, _, _ := types.LookupFieldOrMethod(types.NewPointer(inst), false, obj.Pkg(), obj.Name())
		sig = m.(*types.Func).Type().(*types.Signature)
		for _, a := range targs {
			cn += "__" + t.reg.mangle(a)
		}
	}
	fi := &funcInst{obj: obj, targs: targs, cname: cn, done: true}
	if t.helperOK[cn] {
		return fi
	}
	var ps []string
	if recv := sig.Recv(); recv != nil {
		ps = append(ps, cdecl(t.reg.ctype(recv.Type()), "r"))
	}
	for i := 0; i < sig.Params().Len(); i++ {
		ps = append(ps, cdecl(t.reg.ctype(sig.Params().At(i).Type()), fmt.Sprintf("a%d", i)))
	}
	if len(ps) == 0 {
		ps = []string{"void"}
	}
	rt := t.resultType(sig)
	repl := []string{"$R", rt}
	if strings.Contains(body, "$RLockerItab") {
		sc := obj.Pkg().Scope()
		repl = append(repl, "$RLockerItab", t.descs.itab(types.NewPointer(sc.Lookup("rlocker").Type()), sc.Lookup("Locker").Type()))
	}
	if obj.Pkg().Path() == "sync" {
		t.addHelper("include sync_map.h", "", "#include <goc/sync_map.h>")
	}
	if obj.Pkg().Path() == "sync/atomic" && strings.HasPrefix(key, "sync/atomic.Value.") {
		t.atomicValueSupport()
	}
	body = strings.NewReplacer(append(repl[2:], repl[:2]...)...).Replace(body) // "$R" last
	proto := fmt.Sprintf("static %s %s(%s)", rt, cn, strings.Join(ps, ", "))
	t.addHelper(cn, proto+";", fmt.Sprintf("/* %s */\n%s {\n    %s\n}", key, proto, body))
	return fi
}

// libMk is stdMk for the packages of this file: a call of the library
// function; sig is the (instantiated) signature of the callee.
func (f *fn) libMk(pkg, name string, sig *types.Signature) func(a []string) string {
	switch pkg + "." + name {
	case "sync.OnceFunc", "sync.OnceValue", "sync.OnceValues":
		ctor := f.t.onceHelper(sig.Params().At(0).Type().Underlying().(*types.Signature))
		return func(a []string) string { return fmt.Sprintf("%s(%s)", ctor, a[0]) }
	}
	var obj *types.Func
	for _, p := range f.t.pkg.Imports() {
		if p.Path() == pkg {
			obj, _ = p.Scope().Lookup(name).(*types.Func)
		}
	}
	if obj == nil {
		return nil
	}
	fi := f.t.libInst(obj, nil)
	if fi == nil {
		return nil
	}
	return func(a []string) string { return fmt.Sprintf("%s(%s)", fi.cname, strings.Join(a, ", ")) }
}

// atomicValueSupport emits atomic.Value's boxing and checks.
func (t *Translator) atomicValueSupport() {
	t.addHelper("atomic.Value support", "", `/* sync/atomic.Value: the value lives in an immutable box, swapped as a whole */
static void *goc__atomic_box(goc_eface v) {
    goc_eface *b = goc_alloc(sizeof *b, true);
    *b = v;
    return b;
}
static _Noreturn void goc__atomic_panic(const char *msg) {
    goc_string *s = goc_alloc(sizeof *s, true);
    *s = goc_concatstring2(GOC_STR("sync/atomic: "), goc_gostring(msg));
    goc_gopanic((goc_eface){&goc_type_string, s});
}
static void goc__atomic_valueCheck(void *v, goc_eface x, const char *nilmsg, const char *typemsg) {
    if (x.type == NULL)
        goc__atomic_panic(nilmsg);
    goc_eface *p = goc_atomic_LoadPointer((void **)v);
    if (p != NULL && p->type != x.type)
        goc__atomic_panic(typemsg);
}
static bool goc__atomic_valueCAS(void *v, goc_eface old, goc_eface new_) {
    if (new_.type == NULL)
        goc__atomic_panic("compare and swap of nil value into Value");
    if (old.type != NULL && old.type != new_.type)
        goc__atomic_panic("compare and swap of inconsistently typed values");
    void *nb = goc__atomic_box(new_);
    for (;;) {
        goc_eface *p = goc_atomic_LoadPointer((void **)v);
        if (p == NULL) {
            if (old.type != NULL)
                return false;
        } else {
            if (p->type != new_.type)
                goc__atomic_panic("compare and swap of inconsistently typed value into Value");
            if (!goc_efaceeq(*p, old))
                return false;
        }
        if (goc_atomic_CompareAndSwapPointer((void **)v, p, nb))
            return true;
    }
}`)
}

// onceHelper emits the closure behind sync.OnceFunc, OnceValue and
// OnceValues for functions of signature fsig and returns its constructor. As
// in gc, the returned func calls f through a sync.Once under a deferred
// recover: if f panics, the value is re-panicked then and on every later call.
func (t *Translator) onceHelper(fsig *types.Signature) string {
	rt := t.resultType(fsig)
	m := "void"
	if rt != "void" {
		m = t.reg.mangle(fsig.Results())
	}
	n := "goc__sync_once_" + m
	if t.helperOK[n] {
		return n + "_new"
	}
	field, save, ret := "", "", ""
	if rt != "void" {
		field = fmt.Sprintf(" %s v;", rt)
		save = "o->v = "
		ret = "\n    return o->v;"
	}
	src := fmt.Sprintf(`/* sync.OnceFunc/OnceValue/OnceValues for f of type %[6]s */
typedef struct %[1]s {
    void (*fn)(void);
    goc_sync_Once once;
    goc_func *f, *run, *rec; /* f; the once body; its deferred recover */
    bool valid;              /* f returned */
    goc_eface p;             /* what f panicked with */%[3]s
} %[1]s;
typedef struct %[1]s_inner { void (*fn)(void); %[1]s *o; } %[1]s_inner;
static void %[1]s_recover(goc_func *c) {
    %[1]s *o = ((%[1]s_inner *)c)->o;
    o->p = goc_gorecover();
    if (!o->valid)
        goc_gopanic(o->p);
}
static void %[1]s_run(goc_func *c) {
    %[1]s *o = ((%[1]s_inner *)c)->o;
    goc_frame _fr;
    goc_frame_enter(&_fr);
    if (setjmp(_fr.jb) == 0) {
        goc_deferproc(&_fr, o->rec);
        %[4]s((%[2]s (*)(goc_func *))GOC_NN(o->f)->fn)(o->f);
        o->f = NULL;
        o->valid = true;
    }
    goc_deferreturn(&_fr);
}
static %[2]s %[1]s_call(goc_func *c) {
    %[1]s *o = (%[1]s *)c;
    goc_sync_Once_Do(&o->once, o->run);
    if (!o->valid)
        goc_gopanic(o->p);%[5]s
}
static goc_func *%[1]s_inner_new(%[1]s *o, void (*fn)(goc_func *)) {
    %[1]s_inner *in = goc_alloc(sizeof *in, true);
    in->fn = (void (*)(void))fn;
    in->o = o;
    return (goc_func *)in;
}
static goc_func *%[1]s_new(goc_func *f) {
    %[1]s *o = goc_alloc(sizeof *o, true);
    o->fn = (void (*)(void))%[1]s_call;
    o->f = f;
    o->run = %[1]s_inner_new(o, %[1]s_run);
    o->rec = %[1]s_inner_new(o, %[1]s_recover);
    return (goc_func *)o;
}`, n, rt, field, save, ret, typeString(fsig))
	t.addHelper(n, "", src)
	return n + "_new"
}
