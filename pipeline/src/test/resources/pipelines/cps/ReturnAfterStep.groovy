// Returns a value that was held across a step, so the test can see the program resumed from a copy.
def kept = arguments
sh 'make'
return kept
