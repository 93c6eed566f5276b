// Uses an iterator only between steps; it is gone before any step pauses the program.
def targets = []
for (String target : ['build', 'test']) {
    targets << 'make ' + target
}
sh targets.join(' && ')
