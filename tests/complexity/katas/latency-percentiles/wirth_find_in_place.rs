// learner: optimal
// idiom: Tcl/Tk tools engineer: Wirth's FIND from the old Algorithms book, two scanning indices meeting in the middle, signed indices like a Tcl `expr`
//! Latency percentiles by selection: see README.md.

/// The usual latency report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn index_for(n: usize, p: u32) -> usize {
    let r = (n * p as usize + 99) / 100;
    if r == 0 { 0 } else { r - 1 }
}

/// Wirth's FIND: rearranges `a` so that `a[k]` holds the k-th smallest, with smaller-or-equal
/// items on its left and greater-or-equal on its right.
fn find<T: Ord + Copy>(a: &mut [T], k: usize) -> T {
    let k = k as isize;
    let mut left: isize = 0;
    let mut right: isize = a.len() as isize - 1;
    while left < right {
        let x = a[k as usize];
        let mut i = left;
        let mut j = right;
        loop {
            while a[i as usize] < x {
                i += 1;
            }
            while x < a[j as usize] {
                j -= 1;
            }
            if i <= j {
                a.swap(i as usize, j as usize);
                i += 1;
                j -= 1;
            }
            if i > j {
                break;
            }
        }
        if j < k {
            left = i;
        }
        if k < i {
            right = j;
        }
    }
    a[k as usize]
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if p > 100 || samples.is_empty() {
        return None;
    }
    let k = index_for(samples.len(), p);
    Some(find(samples, k))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    if samples.is_empty() {
        return None;
    }
    let n = samples.len();
    let i99 = index_for(n, 99);
    let i95 = index_for(n, 95);
    let i50 = index_for(n, 50);
    let p99 = find(samples, i99);
    let p95 = find(&mut samples[..i99 + 1], i95);
    let p50 = find(&mut samples[..i95 + 1], i50);
    Some(Summary { p50, p95, p99 })
}
