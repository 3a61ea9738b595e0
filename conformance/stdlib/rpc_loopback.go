// net/rpc over loopback: a registered service served on a 127.0.0.1 listener,
// synchronous and asynchronous calls from several goroutines, errors, jsonrpc.
package main

import (
	"errors"
	"fmt"
	"net"
	"net/rpc"
	"net/rpc/jsonrpc"
	"sort"
	"strings"
	"sync"
)

type Args struct{ A, B int }

type Quotient struct{ Quo, Rem int }

type Arith int

func (t *Arith) Multiply(args *Args, reply *int) error {
	*reply = args.A * args.B
	return nil
}

func (t *Arith) Divide(args *Args, quo *Quotient) error {
	if args.B == 0 {
		return errors.New("divide by zero")
	}
	quo.Quo = args.A / args.B
	quo.Rem = args.A % args.B
	return nil
}

type Text struct{}

func (Text) Upper(s string, reply *string) error {
	*reply = strings.ToUpper(s)
	return nil
}

func main() {
	srv := rpc.NewServer()
	if err := srv.Register(new(Arith)); err != nil {
		fmt.Println("register:", err)
	}
	if err := srv.RegisterName("Text", Text{}); err != nil {
		fmt.Println("register:", err)
	}

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println("listen:", err)
		return
	}
	go srv.Accept(ln) // never closed: Accept would log its error on the way out

	client, err := rpc.Dial("tcp", ln.Addr().String())
	if err != nil {
		fmt.Println("dial:", err)
		return
	}
	defer client.Close()

	var product int
	err = client.Call("Arith.Multiply", &Args{7, 8}, &product)
	fmt.Println("7*8 =", product, err)
	var q Quotient
	err = client.Call("Arith.Divide", &Args{17, 5}, &q)
	fmt.Printf("17/5 = %+v %v\n", q, err)
	err = client.Call("Arith.Divide", &Args{1, 0}, &q)
	fmt.Printf("1/0: %v (ServerError %T)\n", err, err)
	err = client.Call("Arith.Add", &Args{1, 2}, &product)
	fmt.Println("unknown method:", err)
	var s string
	err = client.Call("Text.Upper", "shout", &s)
	fmt.Println("upper:", s, err)

	// Calls from several goroutines share one connection.
	var wg sync.WaitGroup
	results := make([]string, 8)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var r int
			if err := client.Call("Arith.Multiply", &Args{i, i + 1}, &r); err != nil {
				results[i] = err.Error()
				return
			}
			results[i] = fmt.Sprint(r)
		}()
	}
	wg.Wait()
	fmt.Println("concurrent:", strings.Join(results, " "))

	// Asynchronous calls with Go, collected through one channel.
	done := make(chan *rpc.Call, 4)
	for i := 1; i <= 4; i++ {
		var r = new(int)
		client.Go("Arith.Multiply", &Args{i, 100}, r, done)
	}
	var got []int
	for i := 0; i < 4; i++ {
		c := <-done
		if c.Error != nil {
			fmt.Println("async:", c.Error)
			continue
		}
		got = append(got, *c.Reply.(*int))
	}
	sort.Ints(got)
	fmt.Println("async:", got)

	// The JSON-RPC codec over a connection of its own listener.
	jln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println("listen:", err)
		return
	}
	go func() {
		c, err := jln.Accept()
		if err == nil {
			srv.ServeCodec(jsonrpc.NewServerCodec(c))
		}
	}()
	jc, err := jsonrpc.Dial("tcp", jln.Addr().String())
	if err != nil {
		fmt.Println("jsonrpc dial:", err)
		return
	}
	err = jc.Call("Arith.Divide", &Args{100, 7}, &q)
	fmt.Printf("jsonrpc 100/7 = %+v %v\n", q, err)
	err = jc.Call("Arith.Divide", &Args{1, 0}, &q)
	fmt.Println("jsonrpc 1/0:", err)
	jc.Close()

	client.Close()
	err = client.Call("Arith.Multiply", &Args{1, 1}, &product)
	fmt.Println("after close:", err, err == rpc.ErrShutdown)
}
