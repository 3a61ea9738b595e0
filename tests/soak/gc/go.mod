module soakgc

go 1.23
