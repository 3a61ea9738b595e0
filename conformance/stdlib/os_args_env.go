// os.Args holds the program name and no arguments here; Getenv of an unset variable is
// empty, LookupEnv tells unset from empty, Setenv/Unsetenv change the environment.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args), os.Args[0] != "")
	const name = "GOC_CONFORMANCE_SURELY_UNSET_VARIABLE"
	fmt.Printf("%q\n", os.Getenv(name))
	v, ok := os.LookupEnv(name)
	fmt.Printf("%q %v\n", v, ok)
	os.Setenv(name, "")
	v, ok = os.LookupEnv(name)
	fmt.Printf("%q %v\n", v, ok)
	os.Setenv(name, "value=with=equals")
	fmt.Println(os.Getenv(name))
	os.Unsetenv(name)
	_, ok = os.LookupEnv(name)
	fmt.Println(ok)
	fmt.Println(os.ExpandEnv("[$"+name+"]"), os.Expand("${x}-${y}", func(k string) string { return k + k }))
}
