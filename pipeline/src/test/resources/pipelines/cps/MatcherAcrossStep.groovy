// Keeps a regex matcher, which is not serializable, in a local across a step.
def version = 'release-1.2' =~ /(\d+)\.(\d+)/
sh 'make'
echo version[0][1]
