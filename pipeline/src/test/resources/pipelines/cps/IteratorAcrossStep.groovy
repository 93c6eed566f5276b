// Holds an iterator in a local while a step runs, so the program cannot be saved at that step.
def commands = ['make', 'make test']
def pending = commands.iterator()
while (pending.hasNext()) {
    sh pending.next()
}
