parallel(first: { sh 'exit 1' }, second: { sh 'true' })
