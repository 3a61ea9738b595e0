// %% prints a literal percent sign without consuming an argument, with or without flags,
// and a trailing lone % reports %!(NOVERB).
package main

import "fmt"

func main() {
	fmt.Printf("100%%\n")
	fmt.Printf("%d%% of %d%%\n", 50, 100)
	fmt.Printf("%%d %%s %%%%\n")
	fmt.Printf("[%5%] [%-5%]\n")
	fmt.Printf("%")
	fmt.Println()
	fmt.Printf("end %d%")
	fmt.Println()
	s := fmt.Sprintf("%%%d%%", 3)
	fmt.Println(s, len(s))
}
