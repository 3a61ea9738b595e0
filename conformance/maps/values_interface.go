// Interface-typed map values hold any dynamic type; a missing key yields a nil interface,
// and a type switch on stored values sees the dynamic types.
package main

import "fmt"

type shape interface{ area() float64 }
type sq struct{ s float64 }
type rect struct{ w, h float64 }

func (q sq) area() float64    { return q.s * q.s }
func (r *rect) area() float64 { return r.w * r.h }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprint("int ", x)
	case string:
		return "string " + x
	case []int:
		return fmt.Sprint("slice ", len(x))
	case map[string]any:
		return fmt.Sprint("map ", len(x))
	case error:
		return "error " + x.Error()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	m := map[string]any{
		"i":   1,
		"s":   "str",
		"sl":  []int{1, 2},
		"m":   map[string]any{"x": 1},
		"nil": nil,
		"e":   fmt.Errorf("bad %d", 7),
		"f":   2.5,
	}
	for _, k := range []string{"i", "s", "sl", "m", "nil", "e", "f", "absent"} {
		fmt.Println(k, describe(m[k]))
	}
	m["m"].(map[string]any)["y"] = 2
	fmt.Println(len(m["m"].(map[string]any)))
	shapes := map[string]shape{"sq": sq{3}, "rect": &rect{2, 5}}
	fmt.Println(shapes["sq"].area(), shapes["rect"].area(), shapes["none"] == nil)
	shapes["rect"].(*rect).w = 10
	fmt.Println(shapes["rect"].area())
	_, isSq := shapes["rect"].(sq)
	fmt.Println(isSq)
}
