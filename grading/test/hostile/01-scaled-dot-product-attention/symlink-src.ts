// @attack Hands in src/ as a symbolic link to the teacher's own packages/<stage>/src.
// @symlink
