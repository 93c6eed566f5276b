// Walks the list by index, so only the list and an int are held while the steps run.
def commands = ['make', 'make test']
for (int i = 0; i < commands.size(); i++) {
    sh commands[i]
}
