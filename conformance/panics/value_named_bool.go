// panic with a named bool prints main.Flag(true).
package main

type Flag bool

func main() {
	panic(Flag(true))
}
