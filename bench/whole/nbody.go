// Whole program: n-body simulation of the Jovian planets around the sun.
//
// Five bodies (sun, Jupiter, Saturn, Uranus, Neptune; positions in AU,
// velocities in AU per year, masses in solar masses times 4π²) advance by
// symplectic Euler steps of 0.01 years; the total energy is printed before
// and after.  The hot loop reads and writes bodies through pointers to the
// elements of a local array and calls pointer-receiver methods on local
// vectors, the shapes escape analysis must keep off the heap, and takes
// one math.Sqrt per pair.  Usage: run <scale> (scale 1000: 1.5·10⁷ steps).
//
// bench: run
package main

import (
	"fmt"
	"math"
	"os"
	"strconv"
)

const (
	solarMass   = 4 * math.Pi * math.Pi
	daysPerYear = 365.24
)

type vec struct{ x, y, z float64 }

func (v *vec) addScaled(w vec, k float64) {
	v.x += w.x * k
	v.y += w.y * k
	v.z += w.z * k
}

func (v vec) dot(w vec) float64 { return v.x*w.x + v.y*w.y + v.z*w.z }

func (v vec) sub(w vec) vec { return vec{v.x - w.x, v.y - w.y, v.z - w.z} }

type body struct {
	pos, vel vec
	mass     float64
}

type system struct {
	bodies [5]body
}

func newSystem() *system {
	s := &system{bodies: [5]body{
		{mass: solarMass},
		{ // Jupiter
			pos:  vec{4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01},
			vel:  vec{1.66007664274403694e-03 * daysPerYear, 7.69901118419740425e-03 * daysPerYear, -6.90460016972063023e-05 * daysPerYear},
			mass: 9.54791938424326609e-04 * solarMass,
		},
		{ // Saturn
			pos:  vec{8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01},
			vel:  vec{-2.76742510726862411e-03 * daysPerYear, 4.99852801234917238e-03 * daysPerYear, 2.30417297573763929e-05 * daysPerYear},
			mass: 2.85885980666130812e-04 * solarMass,
		},
		{ // Uranus
			pos:  vec{1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01},
			vel:  vec{2.96460137564761618e-03 * daysPerYear, 2.37847173959480950e-03 * daysPerYear, -2.96589568540237556e-05 * daysPerYear},
			mass: 4.36624404335156298e-05 * solarMass,
		},
		{ // Neptune
			pos:  vec{1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01},
			vel:  vec{2.68067772490389322e-03 * daysPerYear, 1.62824170038242295e-03 * daysPerYear, -9.51592254519715870e-05 * daysPerYear},
			mass: 5.15138902046611451e-05 * solarMass,
		},
	}}
	// Give the sun the momentum that makes the system's total zero.
	var p vec
	for i := range s.bodies {
		b := &s.bodies[i]
		p.addScaled(b.vel, b.mass)
	}
	s.bodies[0].vel = vec{-p.x / solarMass, -p.y / solarMass, -p.z / solarMass}
	return s
}

func (s *system) energy() float64 {
	e := 0.0
	for i := range s.bodies {
		b := &s.bodies[i]
		e += 0.5 * b.mass * b.vel.dot(b.vel)
		for j := i + 1; j < len(s.bodies); j++ {
			d := b.pos.sub(s.bodies[j].pos)
			e -= b.mass * s.bodies[j].mass / math.Sqrt(d.dot(d))
		}
	}
	return e
}

func (s *system) advance(dt float64) {
	for i := 0; i < len(s.bodies); i++ {
		bi := &s.bodies[i]
		for j := i + 1; j < len(s.bodies); j++ {
			bj := &s.bodies[j]
			d := bi.pos.sub(bj.pos)
			d2 := d.dot(d)
			mag := dt / (d2 * math.Sqrt(d2))
			bi.vel.addScaled(d, -bj.mass*mag)
			bj.vel.addScaled(d, bi.mass*mag)
		}
	}
	for i := range s.bodies {
		b := &s.bodies[i]
		b.pos.addScaled(b.vel, dt)
	}
}

func main() {
	scale, _ := strconv.Atoi(os.Args[2])
	steps := 15000 * scale
	s := newSystem()
	fmt.Printf("%.9f\n", s.energy())
	for i := 0; i < steps; i++ {
		s.advance(0.01)
	}
	fmt.Printf("%.9f\n", s.energy())
}
