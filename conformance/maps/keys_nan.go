// NaN keys: every insert adds a new entry, a NaN is never found by lookup or delete,
// range produces every NaN entry, and only clear removes them.
package main

import "fmt"

func main() {
	zero := 0.0
	nan := zero / zero
	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 1
	m[nan] = 1
	m[2] = 2
	fmt.Println(len(m))
	v, ok := m[nan]
	fmt.Println(v, ok)
	delete(m, nan)
	fmt.Println(len(m))
	nans, sum := 0, 0
	for k, v := range m {
		if k != k {
			nans++
		}
		sum += v
	}
	fmt.Println(nans, sum)
	fmt.Println(m)
	m[nan] += 5 // reads zero, inserts a new NaN entry with 5
	fmt.Println(len(m))
	// the delete-every-key loop cannot remove NaN entries
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m))
	clear(m)
	fmt.Println(len(m), m)
	f32 := map[float32]string{}
	n32 := float32(nan)
	f32[n32] = "a"
	f32[n32] = "a"
	_, ok = f32[n32]
	fmt.Println(len(f32), ok, f32)
	clear(f32)
	fmt.Println(len(f32))
	// NaN inside composite keys
	type pair struct{ a, b float64 }
	pm := map[pair]int{}
	pm[pair{1, nan}] = 1
	pm[pair{1, nan}] = 2
	pm[pair{1, 2}] = 3
	pm[pair{1, 2}] = 4
	_, ok = pm[pair{1, nan}]
	fmt.Println(len(pm), ok, pm[pair{1, 2}])
	am := map[[2]float64]int{}
	am[[2]float64{nan, 0}] = 1
	am[[2]float64{nan, 0}] = 1
	fmt.Println(len(am))
}
