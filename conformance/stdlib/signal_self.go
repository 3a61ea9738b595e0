// os/signal: a signal the program sends itself reaches the channel given to
// Notify; Stop ends delivery; Ignore and Ignored; a signal nobody is
// notified of and that is ignored does not end the program; Reset gives
// SIGUSR2's default back only when asked to (not exercised: it would kill).
package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGUSR1, syscall.SIGHUP)
	syscall.Kill(os.Getpid(), syscall.SIGUSR1)
	fmt.Println("got", <-c)
	syscall.Kill(os.Getpid(), syscall.SIGHUP)
	s := <-c
	fmt.Println("got", s, s == syscall.SIGHUP)

	signal.Ignore(syscall.SIGUSR2)
	fmt.Println("ignored:", signal.Ignored(syscall.SIGUSR2), signal.Ignored(syscall.SIGUSR1))
	syscall.Kill(os.Getpid(), syscall.SIGUSR2)

	d := make(chan os.Signal, 4)
	signal.Notify(d, syscall.SIGUSR1)
	syscall.Kill(os.Getpid(), syscall.SIGUSR1)
	fmt.Println("both:", <-c, <-d)
	signal.Stop(c)
	syscall.Kill(os.Getpid(), syscall.SIGUSR1)
	fmt.Println("d still:", <-d)
	select {
	case s := <-c:
		fmt.Println("stopped channel got", s)
	case <-time.After(50 * time.Millisecond):
		fmt.Println("stopped channel got nothing")
	}
	signal.Reset(syscall.SIGUSR1)
	signal.Notify(d, syscall.SIGUSR1)
	syscall.Kill(os.Getpid(), syscall.SIGUSR1)
	fmt.Println("again:", <-d)
	fmt.Println("alive")
}
