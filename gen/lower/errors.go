// This file implements errors.Is, errors.As and errors.Unwrap for
// translated programs as C helpers over the ABI: methods are found by name
// and signature in the dynamic type's method table (goc_findmethod), so the
// runtime's own error types (fmt.Errorf's %w wrappers) take part too.
// Go: errors/wrap.go.
package lower

const errorsHelpers = `/* errors.Unwrap, errors.Is, errors.As (Go: errors/wrap.go) */
static goc_iface goc__errors_Unwrap(goc_iface err) {
    if (err.tab == NULL) return (goc_iface){0};
    const goc_method *m = goc_findmethod(err.tab->type, "Unwrap", "func() error");
    if (m == NULL) return (goc_iface){0};
    return ((goc_iface (*)(void *))m->ifn)(err.data);
}
static bool goc__errors_Is(goc_iface err, goc_iface target) {
    if (err.tab == NULL || target.tab == NULL) return err.tab == target.tab;
    bool comparable = target.tab->type->equal != NULL;
    for (;;) {
        const goc_type *t = err.tab->type;
        if (comparable && t->equal != NULL && goc_ifaceeq(err, target)) return true;
        const goc_method *m = goc_findmethod(t, "Is", "func(error) bool");
        if (m && ((bool (*)(void *, goc_iface))m->ifn)(err.data, target)) return true;
        if ((m = goc_findmethod(t, "Unwrap", "func() error")) != NULL) {
            err = ((goc_iface (*)(void *))m->ifn)(err.data);
            if (err.tab == NULL) return false;
            continue;
        }
        if ((m = goc_findmethod(t, "Unwrap", "func() []error")) != NULL) {
            goc_slice errs = ((goc_slice (*)(void *))m->ifn)(err.data);
            for (goc_int i = 0; i < errs.len; i++)
                if (goc__errors_Is(((goc_iface *)errs.ptr)[i], target)) return true;
        }
        return false;
    }
}
static _Noreturn void goc__errors_panic(const char *msg) {
    goc_string s = goc_gostring(msg);
    goc_gopanic(goc_toeface(&goc_type_string, &s));
}
static bool goc__errors_As(goc_iface err, goc_eface target) {
    if (target.type == NULL) goc__errors_panic("errors: target cannot be nil");
    if (target.type->kind != GOC_POINTER || target.data == NULL) goc__errors_panic("errors: target must be a non-nil pointer");
    const goc_type *et = target.type->elem;
    if (et->kind != GOC_INTERFACE && goc_getitab(&goc_type_error, et, true) == NULL)
        goc__errors_panic("errors: *target must be interface or implement error");
    while (err.tab != NULL) {
        const goc_type *t = err.tab->type;
        if (goc_typeidentical(t, et)) {
            if (t->tflag & GOC_TFLAG_DIRECTIFACE) *(void **)target.data = err.data;
            else memcpy(target.data, err.data, t->size);
            return true;
        }
        if (et->kind == GOC_INTERFACE) {
            if (et->nmethods == 0) { *(goc_eface *)target.data = (goc_eface){t, err.data}; return true; }
            const goc_itab *tab = goc_getitab(et, t, true);
            if (tab != NULL) { *(goc_iface *)target.data = (goc_iface){tab, err.data}; return true; }
        }
        const goc_method *m = goc_findmethod(t, "As", "func(interface {}) bool");
        if (m && ((bool (*)(void *, goc_eface))m->ifn)(err.data, target)) return true;
        if ((m = goc_findmethod(t, "Unwrap", "func() error")) != NULL) {
            err = ((goc_iface (*)(void *))m->ifn)(err.data);
            continue;
        }
        if ((m = goc_findmethod(t, "Unwrap", "func() []error")) != NULL) {
            goc_slice errs = ((goc_slice (*)(void *))m->ifn)(err.data);
            for (goc_int i = 0; i < errs.len; i++)
                if (goc__errors_As(((goc_iface *)errs.ptr)[i], target)) return true;
        }
        return false;
    }
    return false;
}`

// useErrorsHelpers adds the helpers to the translation unit once.
func (t *Translator) useErrorsHelpers() {
	t.addHelper("goc__errors", "static goc_iface goc__errors_Unwrap(goc_iface err);\nstatic bool goc__errors_Is(goc_iface err, goc_iface target);\nstatic bool goc__errors_As(goc_iface err, goc_eface target);", errorsHelpers)
}
