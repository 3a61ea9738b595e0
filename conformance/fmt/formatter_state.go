// fmt.Formatter gets the verb and a State with the flags, width and
// precision; FormatString rebuilds the directive; GoStringer serves %#v;
// Errorf's %w wraps one or several errors.
package main

import (
	"errors"
	"fmt"
)

type money struct {
	cents int64
	cur   string
}

func (m money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		if f.Flag('+') {
			fmt.Fprintf(f, "%s ", m.cur)
		}
		w, hasW := f.Width()
		s := fmt.Sprintf("%d.%02d", m.cents/100, m.cents%100)
		if hasW && len(s) < w {
			for i := len(s); i < w; i++ {
				f.Write([]byte{'_'})
			}
		}
		f.Write([]byte(s))
	case 'd':
		fmt.Fprintf(f, "%d", m.cents)
	default:
		fmt.Fprintf(f, "%%!%c(money=%s)", verb, fmt.FormatString(f, verb))
	}
}

type point struct{ x, y int }

func (p point) GoString() string { return fmt.Sprintf("pt(%d,%d)", p.x, p.y) }

type directive struct{}

func (directive) Format(f fmt.State, verb rune) { f.Write([]byte(fmt.FormatString(f, verb))) }

func main() {
	m := money{12345, "EUR"}
	fmt.Printf("[%v] [%+v] [%10v] [%d] [%x]\n", m, m, m, m, m)
	fmt.Println(m, []money{{1, "USD"}, {250, "USD"}})
	fmt.Printf("%v %#v %+v\n", point{1, 2}, point{1, 2}, []point{{3, 4}})
	fmt.Printf("%v|%-+#08.3x|%[1]*.*[2]d\n", directive{}, directive{}, 5, 3)

	base := errors.New("base")
	other := errors.New("other")
	one := fmt.Errorf("ctx: %w", base)
	two := fmt.Errorf("both: %w and %w", base, other)
	fmt.Println(one, errors.Is(one, base), errors.Unwrap(one) == base)
	fmt.Println(two, errors.Is(two, other), errors.Unwrap(two) == nil)
	fmt.Printf("%T %T %T\n", one, two, fmt.Errorf("plain"))
	fmt.Println(fmt.Errorf("bad: %w", "not an error"))
	fmt.Println(fmt.Append([]byte("x="), 1, 2), string(fmt.Appendf(nil, "%03d", 7)), string(fmt.Appendln(nil, "a", 1)))
}
