module example.com/greet

go 1.22

require example.com/counter v1.2.0
