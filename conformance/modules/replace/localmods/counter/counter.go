// Package counter is the module example.com/counter, replaced by this directory.
package counter

type Counter struct{ n int }

func (c *Counter) Inc()   { c.n++ }
func (c *Counter) N() int { return c.n }

// Closures collects one func per loop iteration: this module says go 1.21,
// so the loop has one variable i shared by every iteration.
func Closures() []func() int {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	return fs
}
