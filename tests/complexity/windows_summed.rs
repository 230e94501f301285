// Windows overlap: summing each one walks k elements per window, n × k.
// Reading only a window's two ends is O(1) per window.
// expect best_sum: time O(n^2), space O(1)
// expect best_by_ends: time O(n), space O(1)
// target best_sum: time O(n), space O(1)
// target best_by_ends: time O(n), space O(1)
pub fn best_sum(v: &[i64], k: usize) -> i64 {
    v.windows(k).map(|w| w.iter().sum::<i64>()).max().unwrap_or(0)
}
pub fn best_by_ends(v: &[i64], k: usize) -> i64 {
    let first: i64 = v[..k].iter().sum();
    v.windows(k + 1)
        .map(|w| (w[0], w[k]))
        .fold((first, first), |(run, best), (out, inn)| {
            let run = run - out + inn;
            (run, best.max(run))
        })
        .1
}
