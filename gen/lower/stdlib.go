// This file lowers the concurrency packages goc declares in gen/load/std —
// sync, sync/atomic, time and runtime — whose functions and methods have no
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
//
// time.Time is {sec since year 1, nsec, monotonic reading + 1}; Timer and
// Ticker embed a goc_timer whose callback does a non-blocking send of the
// time on a timer channel (goc_maketimerchan: one slot, len and cap 0); Stop
// and Reset drain it, so no stale value is received afterwards, as with Go
// 1.23's synchronous timer channels.
package lower

import (
	"fmt"
	"go/types"
	"strings"

	"goc/load"
)

// libBodies maps "path.Func" or "path.Type.Method" to a C body. In a body, r is
// the receiver, a0, a1, ... the parameters, $R the result's C type (a tuple
// struct with fields r0, r1 for two results), $Time time.Time's C type and
// $ChanTime the descriptor of chan time.Time.
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


	// ---- time
	"time.ParseDuration":         "$R res = {0}; goc_string msg; if (!goc__time_parseDuration(a0, &res.r0, &msg)) { res.r0 = 0; res.r1 = goc_errors_New(msg); } return res;",
	"time.Duration.String":       "return goc__time_durationString(r);",
	"time.Duration.Nanoseconds":  "return r;",
	"time.Duration.Microseconds": "return r / 1000;",
	"time.Duration.Milliseconds": "return r / 1000000;",
	"time.Duration.Seconds":      "return (goc_float64)(r / 1000000000) + (goc_float64)(r % 1000000000) / 1e9;",
	"time.Duration.Minutes":      "return (goc_float64)(r / 60000000000) + (goc_float64)(r % 60000000000) / 60e9;",
	"time.Duration.Hours":        "return (goc_float64)(r / 3600000000000) + (goc_float64)(r % 3600000000000) / 3600e9;",
	"time.Duration.Truncate":     "return a0 <= 0 ? r : r - r % a0;",
	"time.Duration.Round":        "return goc__time_durationRound(r, a0);",
	"time.Duration.Abs":          "return r >= 0 ? r : r == INT64_MIN ? INT64_MAX : -r;",
	"time.Now":                   "return goc__time_now();",
	"time.Unix": "goc_int64 s = a0, n = a1; if (n < 0 || n >= 1000000000) { s += n / 1000000000; n %= 1000000000; if (n < 0) { n += 1000000000; s--; } }" +
		" return ($Time){s + GOC__UNIX_TO_ABS, n, 0};",
	"time.Since":           "return goc__time_sub(goc__time_now(), a0);",
	"time.Until":           "return goc__time_sub(a0, goc__time_now());",
	"time.Time.Sub":        "return goc__time_sub(r, a0);",
	"time.Time.Add":        "return goc__time_add(r, a0);",
	"time.Time.Before":     "return goc__time_cmp(r, a0) < 0;",
	"time.Time.After":      "return goc__time_cmp(r, a0) > 0;",
	"time.Time.Equal":      "return goc__time_cmp(r, a0) == 0;",
	"time.Time.Compare":    "return goc__time_cmp(r, a0);",
	"time.Time.IsZero":     "return r.sec == 0 && r.nsec == 0;",
	"time.Time.Unix":       "return r.sec - GOC__UNIX_TO_ABS;",
	"time.Time.UnixMilli":  "return (r.sec - GOC__UNIX_TO_ABS) * 1000 + r.nsec / 1000000;",
	"time.Time.UnixMicro":  "return (r.sec - GOC__UNIX_TO_ABS) * 1000000 + r.nsec / 1000;",
	"time.Time.UnixNano":   "return (r.sec - GOC__UNIX_TO_ABS) * 1000000000 + r.nsec;",
	"time.Time.Nanosecond": "return r.nsec;",
	"time.Sleep":           "goc_timeSleep(a0);",
	"time.NewTimer": "$R t = goc_alloc(sizeof *t, true); t->C = goc_maketimerchan($ChanTime);" +
		" t->r.when = goc__time_when(a0); t->r.f = (void *)goc__time_sendTime; t->r.arg = t;" +
		" goc_startTimer((goc_timer *)&t->r); return t;",
	"time.AfterFunc": "$R t = goc_alloc(sizeof *t, true); t->fn = a1;" +
		" t->r.when = goc__time_when(a0); t->r.f = (void *)goc__time_goFunc; t->r.arg = t;" +
		" goc_startTimer((goc_timer *)&t->r); return t;",
	"time.After": "$R c = goc_maketimerchan($ChanTime); goc_timer *t = goc_alloc(sizeof *t, true);" +
		" t->when = goc__time_when(a0); t->f = goc__time_sendTime; t->arg = goc_alloc(sizeof c, true);" +
		" *(goc_hchan **)t->arg = c; goc_startTimer(t); return c;",
	"time.Timer.Stop": "if (r->r.f == NULL) goc__time_panic(\"time: Stop called on uninitialized Timer\");" +
		" bool p = goc_stopTimer((goc_timer *)&r->r); goc_selectnbrecv(r->C, NULL, NULL); return p;",
	"time.Timer.Reset": "if (r->r.f == NULL) goc__time_panic(\"time: Reset called on uninitialized Timer\");" +
		" bool p = goc_stopTimer((goc_timer *)&r->r); goc_selectnbrecv(r->C, NULL, NULL);" +
		" goc_resetTimer((goc_timer *)&r->r, goc__time_when(a0), 0); return p;",
	"time.NewTicker": "if (a0 <= 0) goc__time_panic(\"non-positive interval for NewTicker\");" +
		" $R t = goc_alloc(sizeof *t, true); t->C = goc_maketimerchan($ChanTime);" +
		" t->r.when = goc__time_when(a0); t->r.period = a0; t->r.f = (void *)goc__time_sendTime; t->r.arg = t;" +
		" goc_startTimer((goc_timer *)&t->r); return t;",
	"time.Ticker.Stop": "if (r->r.f != NULL) { goc_stopTimer((goc_timer *)&r->r); goc_selectnbrecv(r->C, NULL, NULL); }",
	"time.Ticker.Reset": "if (a0 <= 0) goc__time_panic(\"non-positive interval for Ticker.Reset\");" +
		" if (r->r.f == NULL) goc__time_panic(\"time: Reset called on uninitialized Ticker\");" +
		" goc_stopTimer((goc_timer *)&r->r); goc_selectnbrecv(r->C, NULL, NULL);" +
		" goc_resetTimer((goc_timer *)&r->r, goc__time_when(a0), a0);",
	"time.Tick": "if (a0 <= 0) return NULL; $R c = goc_maketimerchan($ChanTime); goc_timer *t = goc_alloc(sizeof *t, true);" +
		" t->when = goc__time_when(a0); t->period = a0; t->f = goc__time_sendTime; t->arg = goc_alloc(sizeof c, true);" +
		" *(goc_hchan **)t->arg = c; goc_startTimer(t); return c;",
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
	if obj.Pkg().Path() == "time" {
		tt := obj.Pkg().Scope().Lookup("Time").Type()
		repl = append(repl, "$Time", t.reg.ctype(tt), "$ChanTime", t.descs.ref(types.NewChan(types.SendRecv, tt)))
		t.timeSupport(obj.Pkg())
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

// timeSupport emits the helpers behind package time's library functions.
func (t *Translator) timeSupport(pkg *types.Package) {
	if t.helperOK["time support"] {
		return
	}
	tt := pkg.Scope().Lookup("Time").Type()
	tc := t.reg.ctype(tt)
	timer := t.reg.ctype(pkg.Scope().Lookup("Timer").Type())
	src := `/* package time: Time{sec since year 1, nsec, monotonic + 1}, durations, timer callbacks */
#define GOC__UNIX_TO_ABS 62135596800LL
static _Noreturn void goc__time_panic(const char *msg) {
    goc_string *s = goc_alloc(sizeof *s, true);
    *s = goc_gostring(msg);
    goc_gopanic((goc_eface){&goc_type_string, s});
}
static $Time goc__time_at(int64_t mono) {
    int64_t sec;
    int32_t nsec;
    goc_walltime(&sec, &nsec);
    return ($Time){sec + GOC__UNIX_TO_ABS, nsec, mono + 1};
}
static $Time goc__time_now(void) { return goc__time_at(goc_nanotime()); }
static goc_int64 goc__time_sub($Time t, $Time u) {
    if (t.mono != 0 && u.mono != 0) {
        goc_int64 d;
        if (__builtin_sub_overflow(t.mono, u.mono, &d))
            return t.mono > u.mono ? INT64_MAX : INT64_MIN;
        return d;
    }
    goc_int64 d;
    if (__builtin_mul_overflow(t.sec - u.sec, (goc_int64)1000000000, &d) ||
        __builtin_add_overflow(d, t.nsec - u.nsec, &d))
        return t.sec > u.sec ? INT64_MAX : INT64_MIN;
    return d;
}
static $Time goc__time_add($Time t, goc_int64 d) {
    t.sec += d / 1000000000;
    t.nsec += d % 1000000000;
    if (t.nsec >= 1000000000) { t.sec++; t.nsec -= 1000000000; }
    if (t.nsec < 0) { t.sec--; t.nsec += 1000000000; }
    if (t.mono != 0)
        t.mono += d;
    return t;
}
static goc_int goc__time_cmp($Time t, $Time u) {
    if (t.mono != 0 && u.mono != 0)
        return t.mono < u.mono ? -1 : t.mono > u.mono;
    if (t.sec != u.sec)
        return t.sec < u.sec ? -1 : 1;
    return t.nsec < u.nsec ? -1 : t.nsec > u.nsec;
}
/* the goc_nanotime deadline d from now, saturated */
static int64_t goc__time_when(goc_int64 d) {
    int64_t now = goc_nanotime(), w;
    if (d <= 0)
        return now;
    if (__builtin_add_overflow(now, d, &w))
        return INT64_MAX;
    return w;
}
/* timer callback: a non-blocking send of the time on the channel at *arg */
static void goc__time_sendTime(void *arg, int64_t now) {
    $Time v = goc__time_at(now);
    goc_selectnbsend(*(goc_hchan **)arg, &v);
}
/* AfterFunc's callback: start its function on a new goroutine */
static void goc__time_goFunc(void *arg, int64_t now) {
    (void)now;
    goc_newproc(((` + timer + ` *)arg)->fn);
}
/* Duration.String: "1h2m3.5s", "1.5ms", "0s" */
static char *goc__time_fmtFrac(char *w, uint64_t *v, int prec) {
    bool print = false;
    for (int i = 0; i < prec; i++) {
        int digit = (int)(*v % 10);
        print = print || digit != 0;
        if (print)
            *--w = (char)('0' + digit);
        *v /= 10;
    }
    if (print)
        *--w = '.';
    return w;
}
static char *goc__time_fmtInt(char *w, uint64_t v) {
    do {
        *--w = (char)('0' + v % 10);
        v /= 10;
    } while (v > 0);
    return w;
}
static goc_string goc__time_durationString(goc_int64 d) {
    char buf[32], *end = buf + sizeof buf, *w = end;
    uint64_t u = (uint64_t)d;
    bool neg = d < 0;
    if (neg)
        u = -u;
    if (u < 1000000000) {
        int prec;
        *--w = 's';
        if (u == 0) {
            *--w = '0';
            return goc_slicebytetostring((const uint8_t *)w, end - w);
        } else if (u < 1000) {
            prec = 0;
            *--w = 'n';
        } else if (u < 1000000) {
            prec = 3;
            *--w = (char)0xB5; /* U+00B5 micro sign */
            *--w = (char)0xC2;
        } else {
            prec = 6;
            *--w = 'm';
        }
        w = goc__time_fmtFrac(w, &u, prec);
        w = goc__time_fmtInt(w, u);
    } else {
        *--w = 's';
        w = goc__time_fmtFrac(w, &u, 9);
        w = goc__time_fmtInt(w, u % 60);
        u /= 60;
        if (u > 0) {
            *--w = 'm';
            w = goc__time_fmtInt(w, u % 60);
            u /= 60;
            if (u > 0) {
                *--w = 'h';
                w = goc__time_fmtInt(w, u);
            }
        }
    }
    if (neg)
        *--w = '-';
    return goc_slicebytetostring((const uint8_t *)w, end - w);
}
/* ParseDuration's quoting of the input in its errors: non-ASCII and control bytes as \\xNN */
static goc_string goc__time_quote(goc_string s) {
    uint8_t *b = goc_alloc(4 * (size_t)s.len + 2, false);
    goc_int n = 0;
    b[n++] = '"';
    for (goc_int i = 0; i < s.len;) {
        goc_int next;
        int32_t c = goc_decoderune(s, i, &next);
        if (c >= 0x80 || c < ' ') {
            for (goc_int j = i; j < next; j++) {
                b[n++] = '\\';
                b[n++] = 'x';
                b[n++] = "0123456789abcdef"[s.str[j] >> 4];
                b[n++] = "0123456789abcdef"[s.str[j] & 15];
            }
        } else {
            if (c == '"' || c == '\\')
                b[n++] = '\\';
            b[n++] = (uint8_t)c;
        }
        i = next;
    }
    b[n++] = '"';
    return goc_slicebytetostring(b, n);
}
static bool goc__time_parseFail(goc_string orig, goc_string *msg) {
    *msg = goc_concatstring2(GOC_STR("time: invalid duration "), goc__time_quote(orig));
    return false;
}
/* time.ParseDuration: "1h2m", "1.5s", "-300ms", "2h45m30.5us"; false and *msg on error */
static bool goc__time_parseDuration(goc_string orig, goc_int64 *out, goc_string *msg) {
    static const struct { const char *name; uint64_t ns; } units[] = {
        {"ns", 1}, {"us", 1000}, {"\xc2\xb5s", 1000}, {"\xce\xbcs", 1000},
        {"ms", 1000000}, {"s", 1000000000}, {"m", 60000000000ULL}, {"h", 3600000000000ULL}};
    const uint64_t lim = (uint64_t)1 << 63;
    const uint8_t *p = orig.str, *end = orig.str + orig.len;
    uint64_t d = 0;
    bool neg = false;
    if (p < end && (*p == '-' || *p == '+')) {
        neg = *p == '-';
        p++;
    }
    if (end - p == 1 && *p == '0') {
        *out = 0;
        return true;
    }
    if (p == end)
        return goc__time_parseFail(orig, msg);
    while (p < end) {
        uint64_t v = 0, f = 0;
        double scale = 1;
        if (!(*p == '.' || (*p >= '0' && *p <= '9')))
            return goc__time_parseFail(orig, msg);
        const uint8_t *q = p;
        for (; p < end && *p >= '0' && *p <= '9'; p++) {
            if (v > lim / 10)
                return goc__time_parseFail(orig, msg);
            v = v * 10 + (uint64_t)(*p - '0');
            if (v > lim)
                return goc__time_parseFail(orig, msg);
        }
        bool pre = p != q, post = false;
        if (p < end && *p == '.') {
            p++;
            q = p;
            bool overflow = false;
            for (; p < end && *p >= '0' && *p <= '9'; p++) {
                if (overflow)
                    continue;
                if (f > (lim - 1) / 10) {
                    overflow = true;
                    continue;
                }
                uint64_t y = f * 10 + (uint64_t)(*p - '0');
                if (y > lim) {
                    overflow = true;
                    continue;
                }
                f = y;
                scale *= 10;
            }
            post = p != q;
        }
        if (!pre && !post)
            return goc__time_parseFail(orig, msg);
        q = p;
        while (p < end && !(*p == '.' || (*p >= '0' && *p <= '9')))
            p++;
        if (p == q) {
            *msg = goc_concatstring2(GOC_STR("time: missing unit in duration "), goc__time_quote(orig));
            return false;
        }
        uint64_t unit = 0;
        for (size_t k = 0; k < sizeof units / sizeof units[0]; k++)
            if (strlen(units[k].name) == (size_t)(p - q) && memcmp(units[k].name, q, (size_t)(p - q)) == 0)
                unit = units[k].ns;
        if (unit == 0) {
            goc_string u = {q, p - q};
            goc_string parts[4] = {GOC_STR("time: unknown unit "), goc__time_quote(u), GOC_STR(" in duration "),
                                   goc__time_quote(orig)};
            *msg = goc_concatstrings(parts, 4);
            return false;
        }
        if (v > lim / unit)
            return goc__time_parseFail(orig, msg);
        v *= unit;
        if (f > 0) {
            v += (uint64_t)((double)f * ((double)unit / scale));
            if (v > lim)
                return goc__time_parseFail(orig, msg);
        }
        d += v;
        if (d > lim)
            return goc__time_parseFail(orig, msg);
    }
    if (neg) {
        *out = (goc_int64)-d;
        return true;
    }
    if (d > lim - 1)
        return goc__time_parseFail(orig, msg);
    *out = (goc_int64)d;
    return true;
}
/* Duration.Round: halfway values round away from zero; saturates */
static goc_int64 goc__time_durationRound(goc_int64 d, goc_int64 m) {
    if (m <= 0)
        return d;
    goc_int64 r = d % m;
    if (d < 0) {
        r = -r;
        if ((uint64_t)r + (uint64_t)r < (uint64_t)m)
            return d + r;
        goc_int64 d1 = (goc_int64)((uint64_t)d - (uint64_t)m + (uint64_t)r);
        return d1 < d ? d1 : INT64_MIN;
    }
    if ((uint64_t)r + (uint64_t)r < (uint64_t)m)
        return d - r;
    goc_int64 d1 = (goc_int64)((uint64_t)d + (uint64_t)m - (uint64_t)r);
    return d1 > d ? d1 : INT64_MAX;
}`
	t.addHelper("time support", "", strings.ReplaceAll(src, "$Time", tc))
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
