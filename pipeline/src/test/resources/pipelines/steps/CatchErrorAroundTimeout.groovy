catchError(buildResult: 'UNSTABLE', catchInterruptions: false) {
    timeout(time: 5, unit: 'SECONDS') {
        sh 'sleep 10'
    }
}
