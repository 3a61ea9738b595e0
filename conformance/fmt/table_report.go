// A realistic report built with Printf: aligned columns via width and '-', totals with
// precision, percentages, and a map printed in sorted key order by hand and by fmt.
package main

import "fmt"

type item struct {
	name  string
	qty   int
	price float64
}

func main() {
	items := []item{{"apple", 3, 0.5}, {"banana", 12, 0.25}, {"cherry", 100, 0.1}, {"kiwi", 0, 1.75}}
	fmt.Printf("%-8s %5s %8s %9s\n", "name", "qty", "price", "total")
	fmt.Printf("%s\n", "-----------------------------------")
	sum := 0.0
	byName := map[string]float64{}
	for _, it := range items {
		t := float64(it.qty) * it.price
		sum += t
		byName[it.name] = t
		fmt.Printf("%-8s %5d %8.2f %9.3f\n", it.name, it.qty, it.price, t)
	}
	fmt.Printf("%-8s %5s %8s %9.3f\n", "sum", "", "", sum)
	for _, it := range items {
		fmt.Printf("%-8s %6.2f%%\n", it.name, 100*float64(it.qty)*it.price/sum)
	}
	fmt.Println(byName)
	fmt.Printf("%+v\n", items[0])
	fmt.Printf("%v\n", items)
}
