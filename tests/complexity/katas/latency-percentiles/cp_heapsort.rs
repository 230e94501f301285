// learner: slow
// why: percentile is O(n log n) time, target O(n): sorting is banned, so it heapsorts the whole slice by hand and reads one index
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn hs<T: Ord + Copy>(a: &mut [T]) {
    let n = a.len();
    for s in (0..n / 2).rev() {
        let mut i = s;
        loop {
            let mut c = 2 * i + 1;
            if c >= n { break; }
            if c + 1 < n && a[c + 1] > a[c] { c += 1; }
            if a[c] <= a[i] { break; }
            a.swap(i, c);
            i = c;
        }
    }
    for e in (1..n).rev() {
        a.swap(0, e);
        let mut i = 0;
        loop {
            let mut c = 2 * i + 1;
            if c >= e { break; }
            if c + 1 < e && a[c + 1] > a[c] { c += 1; }
            if a[c] <= a[i] { break; }
            a.swap(i, c);
            i = c;
        }
    }
}

pub fn percentile<T: Ord + Copy>(a: &mut [T], p: u32) -> Option<T> {
    let n = a.len();
    if n == 0 || p > 100 { return None; }
    hs(a);
    let k = ((p as usize * n + 99) / 100).max(1) - 1;
    Some(a[k])
}

pub fn summary<T: Ord + Copy>(a: &mut [T]) -> Option<Summary<T>> {
    let n = a.len();
    if n == 0 { return None; }
    hs(a);
    let r = |p: usize| a[((p * n + 99) / 100).max(1) - 1];
    Some(Summary { p50: r(50), p95: r(95), p99: r(99) })
}
