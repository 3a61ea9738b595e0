// panic with a string prints it raw after "panic: ".
package main

func main() {
	panic("something went wrong")
}
