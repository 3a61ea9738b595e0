package main

import (
	"errors"
	"fmt"
	"os"
)

type Cache[K comparable, V any] struct {
	cap   int
	items map[K]*entry[K, V]
	head  *entry[K, V]
	tail  *entry[K, V]
}

type entry[K comparable, V any] struct {
	key        K
	val        V
	prev, next *entry[K, V]
}

func NewCache[K comparable, V any](n int) *Cache[K, V] {
	return &Cache[K, V]{cap: n, items: make(map[K]*entry[K, V])}
}

func (c *Cache[K, V]) unlink(e *entry[K, V]) {
	if e.prev != nil {
		e.prev.next = e.next
	} else {
		c.head = e.next
	}
	if e.next != nil {
		e.next.prev = e.prev
	} else {
		c.tail = e.prev
	}
	e.prev, e.next = nil, nil
}

func (c *Cache[K, V]) pushFront(e *entry[K, V]) {
	e.next = c.head
	if c.head != nil {
		c.head.prev = e
	}
	c.head = e
	if c.tail == nil {
		c.tail = e
	}
}

func (c *Cache[K, V]) Get(k K) (v V, ok bool) {
	e, found := c.items[k]
	if !found {
		return v, false
	}
	c.unlink(e)
	c.pushFront(e)
	return e.val, true
}

func (c *Cache[K, V]) Put(k K, v V) {
	if e, ok := c.items[k]; ok {
		e.val = v
		c.unlink(e)
		c.pushFront(e)
		return
	}
	if len(c.items) >= c.cap {
		old := c.tail
		c.unlink(old)
		delete(c.items, old.key)
	}
	e := &entry[K, V]{key: k, val: v}
	c.items[k] = e
	c.pushFront(e)
}

func (c *Cache[K, V]) Keys() []K {
	var ks []K
	for e := c.head; e != nil; e = e.next {
		ks = append(ks, e.key)
	}
	return ks
}

type Account struct {
	ID      string
	Balance float64
	History []string
}

var ErrInsufficient = errors.New("insufficient funds")

type TxError struct {
	Op  string
	Err error
}

func (e *TxError) Error() string { return e.Op + ": " + e.Err.Error() }
func (e *TxError) Unwrap() error { return e.Err }

func (a *Account) Withdraw(x float64) error {
	if x > a.Balance {
		return &TxError{"withdraw", ErrInsufficient}
	}
	a.Balance -= x
	a.History = append(a.History, fmt.Sprintf("-%.2f", x))
	return nil
}

type Visitor interface {
	Visit(n Node) string
}
type Node interface {
	Accept(v Visitor) string
}
type Num struct{ V int }
type Add struct{ L, R Node }

func (n Num) Accept(v Visitor) string { return v.Visit(n) }
func (a Add) Accept(v Visitor) string { return v.Visit(a) }

type Printer struct{}

func (p Printer) Visit(n Node) string {
	switch n := n.(type) {
	case Num:
		return fmt.Sprint(n.V)
	case Add:
		return "(" + n.L.Accept(p) + " + " + n.R.Accept(p) + ")"
	}
	return "?"
}

func eval(n Node) int {
	switch n := n.(type) {
	case Num:
		return n.V
	case Add:
		return eval(n.L) + eval(n.R)
	default:
		panic(fmt.Sprintf("unknown node %T", n))
	}
}

func main() {
	c := NewCache[string, int](3)
	for i, k := range []string{"a", "b", "c", "a", "d", "b", "e"} {
		if _, ok := c.Get(k); !ok {
			c.Put(k, i)
		}
	}
	fmt.Println(c.Keys(), len(c.items))
	acc := &Account{ID: "x", Balance: 100}
	for _, amt := range []float64{30, 50, 40} {
		if err := acc.Withdraw(amt); err != nil {
			var te *TxError
			fmt.Println("error:", err, errors.Is(err, ErrInsufficient), errors.As(err, &te))
		}
	}
	fmt.Printf("%+v\n", *acc)
	tree := Add{Num{1}, Add{Num{2}, Num{3}}}
	fmt.Println(tree.Accept(Printer{}), "=", eval(tree))
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintln(os.Stderr, "panic:", r)
			os.Exit(4)
		}
	}()
	eval(nil)
}
