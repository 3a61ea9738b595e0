// panic with a named string type prints main.Msg("text") with quotes.
package main

type Msg string

func main() {
	panic(Msg("bad input"))
}
