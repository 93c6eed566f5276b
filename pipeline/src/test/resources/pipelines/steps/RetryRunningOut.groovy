retry(2) {
    sh 'make'
}
