package lower

import (
	"strings"
	"testing"
)

// TestParseDef: the file-scope "static ..." lines the lowering writes, and
// the declarations the other C units get for them.
func TestParseDef(t *testing.T) {
	for _, c := range []struct {
		line, name, decl string
		def, ok          bool
	}{
		{"static goc_int main__f(goc_int x, goc_string s) {", "main__f", "goc_int main__f(goc_int x, goc_string s);", true, true},
		{"static goc_func *o_inner_new(o *p, void (*fn)(goc_func *)) {", "o_inner_new", "goc_func *o_inner_new(o *p, void (*fn)(goc_func *));", true, true},
		{"static goc_string goc__now(void) { return x(); }", "goc__now", "goc_string goc__now(void);", true, true},
		{"static bool goc_eq__T(const void *p, const void *q);", "goc_eq__T", "bool goc_eq__T(const void *p, const void *q);", false, true},
		{"static const goc_type goc_type__main__T = {", "goc_type__main__T", "extern const goc_type goc_type__main__T;", true, true},
		{"static const goc_structfield goc_fields__main__T[] = {", "goc_fields__main__T", "extern const goc_structfield goc_fields__main__T[];", true, true},
		{"static const goc_func main__f__closure = {(void (*)(void))main__f__fv};", "main__f__closure", "extern const goc_func main__f__closure;", true, true},
		{"static goc_hmap * strings__m;", "strings__m", "extern goc_hmap * strings__m;", true, true},
		{"static main__Größe main__g;", "main__g", "extern main__Größe main__g;", true, true},
		{"static inline double goc__fmin(double a, double b) {", "", "", false, false},
		{"    static const int x = 1;", "", "", false, false},
		{"_ret:", "", "", false, false},
	} {
		d, def, ok := parseDef(c.line)
		if ok != c.ok || def != c.def || d.name != c.name || d.decl != c.decl {
			t.Errorf("parseDef(%q) = %q %q def=%v ok=%v, want %q %q def=%v ok=%v", c.line, d.name, d.decl, def, ok, c.name, c.decl, c.def, c.ok)
		}
	}
}

// TestIdents: identifiers of C text, not those in comments or literals.
func TestIdents(t *testing.T) {
	var got []string
	idents(`/* main__A */ x = main__B("main__C", 'm', 1e5) + größe; // main__D
#line 3 "f.go"
y_2`, func(s string) { got = append(got, s) })
	want := "x main__B größe line y_2"
	if g := strings.Join(got, " "); g != want {
		t.Errorf("idents = %q, want %q", g, want)
	}
}
